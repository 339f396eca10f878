/**
 * Plain-Java JDBC access to data sources: opening safe read-only connections, testing them, and reading
 * schemas in a fixed number of bulk queries. No Spring here, so the benchmarks can use it as it is.
 */
package io.pursight.datasource.internal.jdbc;
