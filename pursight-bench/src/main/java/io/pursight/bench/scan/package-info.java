/** The end-to-end scan benchmark (issue 9): a generated PostgreSQL source, its JDBC floor, full and incremental scans. */
package io.pursight.bench.scan;
