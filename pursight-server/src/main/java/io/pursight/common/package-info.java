/**
 * Shared kernel: typed ids, paging and the problem types every module reports errors with.
 * Kept small on purpose; anything with behaviour belongs to a capability module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.pursight.common;
