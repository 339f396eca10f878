package io.pursight.datasource.internal.jdbc;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Objects;

/**
 * A {@link Connection} that counts the statements executed through it and through the statements it creates
 * (every {@code execute…} call, a batch counting as one). Discovery reports the number, and tests use it to
 * prove that reading a schema costs a fixed number of round trips. Queries a driver runs internally (for
 * example behind {@link java.sql.DatabaseMetaData}) are not counted.
 */
public interface CountingConnection extends Connection {

	/** How many statements were executed through this connection so far. */
	long statementsExecuted();

	/** Wraps a connection; closing the wrapper closes it. */
	static CountingConnection wrap(Connection connection) {
		Objects.requireNonNull(connection, "connection");
		return (CountingConnection) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(),
				new Class<?>[] { CountingConnection.class }, new CountingHandlers.ConnectionHandler(connection));
	}
}
