/** Data sources: registered databases, their encrypted credentials, connection tests, health and schema discovery. */
package io.pursight.datasource;
