/** The data catalog: discovered assets (schemas, tables, views, columns) with their keys, browsable and filterable. */
@ApplicationModule(allowedDependencies = {"common", "access"})
package io.pursight.catalog;

import org.springframework.modulith.ApplicationModule;
