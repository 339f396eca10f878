/** The data catalog: discovered assets (schemas, tables, views, columns) with their keys, browsable and filterable. */
package io.pursight.catalog;
