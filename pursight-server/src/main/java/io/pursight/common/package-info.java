/**
 * Shared kernel: typed ids, paging and the problem types every module reports errors with.
 * Kept small on purpose; anything with behaviour belongs to a capability module.
 */
@ApplicationModule(allowedDependencies = {})
package io.pursight.common;

import org.springframework.modulith.ApplicationModule;
