package io.pursight.datasource.internal.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The proxy handlers behind {@link CountingConnection}: one counter shared by a connection and its statements. */
final class CountingHandlers {

	private CountingHandlers() {
	}

	/** Delegates to the real connection, wrapping the statements it hands out. */
	static final class ConnectionHandler implements InvocationHandler {

		private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
				"prepareCall");

		private final Connection delegate;
		private final AtomicLong executed = new AtomicLong();

		ConnectionHandler(Connection delegate) {
			this.delegate = delegate;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			int arity = method.getParameterCount();
			switch (method.getName()) {
				case "statementsExecuted" -> {
					if (arity == 0) {
						return executed.get();
					}
				}
				case "equals" -> {
					if (arity == 1) {
						return proxy == args[0];
					}
				}
				case "hashCode" -> {
					if (arity == 0) {
						return System.identityHashCode(proxy);
					}
				}
				case "toString" -> {
					if (arity == 0) {
						return "CountingConnection[" + executed.get() + " statements, " + delegate + "]";
					}
				}
				default -> {
				}
			}
			Object result = call(delegate, method, args);
			if (result instanceof Statement statement && STATEMENT_FACTORIES.contains(method.getName())) {
				Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
						: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
				return Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] { type },
						new StatementHandler(statement, (Connection) proxy, executed));
			}
			return result;
		}
	}

	/** Counts the executions of one statement; {@code getConnection()} answers the counting connection. */
	static final class StatementHandler implements InvocationHandler {

		private final Statement delegate;
		private final Connection connection;
		private final AtomicLong executed;

		StatementHandler(Statement delegate, Connection connection, AtomicLong executed) {
			this.delegate = delegate;
			this.connection = connection;
			this.executed = executed;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			int arity = method.getParameterCount();
			if (name.equals("getConnection") && arity == 0) {
				return connection;
			}
			if (name.equals("equals") && arity == 1) {
				return proxy == args[0];
			}
			if (name.equals("hashCode") && arity == 0) {
				return System.identityHashCode(proxy);
			}
			if (name.startsWith("execute")) {
				executed.incrementAndGet();
			}
			return call(delegate, method, args);
		}
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
