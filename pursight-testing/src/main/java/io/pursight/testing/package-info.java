/**
 * What the modules' tests share: throw-away PostgreSQL, MariaDB and H2 databases, the datasets of
 * the shared folder, waiting with Awaitility, and a clock that moves when told. Test scope only
 * (and the benchmark harness); nothing here reaches production code.
 */
package io.pursight.testing;
