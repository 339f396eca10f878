package io.pursight.datasource.internal.jdbc;

import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens JDBC connections to data sources. It calls the engine's driver directly (never
 * {@link java.sql.DriverManager}, where another driver could claim the URL), builds the URL itself from the
 * validated {@link ConnectionSpec.Target}, passes every option as a property, and forces the settings a user
 * must not change: no local-file loading or Java deserialization for MySQL/MariaDB, no multi-statement
 * queries, read-only sessions, and connect and socket time limits. Before every connection its
 * {@link ConnectionPolicy} decides whether the target may be reached at all. Thread-safe.
 */
public final class ConnectionFactory {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
	public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(5);

	private static final Map<Engine, String> DRIVER_CLASSES = Map.of(
			Engine.POSTGRESQL, "org.postgresql.Driver",
			Engine.MYSQL, "com.mysql.cj.jdbc.Driver",
			Engine.MARIADB, "org.mariadb.jdbc.Driver",
			Engine.H2, "org.h2.Driver");
	private static final Map<Engine, Driver> DRIVERS = new ConcurrentHashMap<>();

	private final Duration connectTimeout;
	private final Duration socketTimeout;
	private final ConnectionPolicy policy;

	/** A factory with default time limits that opens whatever it is given ({@link ConnectionPolicy#NONE}). */
	public ConnectionFactory() {
		this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT);
	}

	/** A factory that opens whatever it is given ({@link ConnectionPolicy#NONE}): for tests and tools. */
	public ConnectionFactory(Duration connectTimeout, Duration socketTimeout) {
		this(connectTimeout, socketTimeout, ConnectionPolicy.NONE);
	}

	/**
	 * @param connectTimeout how long connecting and logging in may take; positive
	 * @param socketTimeout how long one read from the server may block; positive
	 * @param policy asked before every connection; not null
	 */
	public ConnectionFactory(Duration connectTimeout, Duration socketTimeout, ConnectionPolicy policy) {
		this.connectTimeout = positive(connectTimeout, "connectTimeout");
		this.socketTimeout = positive(socketTimeout, "socketTimeout");
		this.policy = Objects.requireNonNull(policy, "policy");
	}

	public Duration connectTimeout() {
		return connectTimeout;
	}

	/**
	 * Opens a read-only connection for a workspace's source; the caller closes it. The policy is asked first
	 * and may refuse with a 400 {@link io.pursight.common.Problem}. Throws the driver's exception when the
	 * server cannot be reached or refuses the login ({@link ConnectionFailures} explains those).
	 *
	 * @param workspace the workspace whose source this is; null only where the caller does not know it, and
	 * then the policy refuses what needs one (embedded H2 files)
	 */
	public Connection open(WorkspaceId workspace, ConnectionSpec spec) throws SQLException {
		ConnectionSpec.Target target = Objects.requireNonNull(policy.admit(workspace, spec), "target");
		Connection connection = driver(spec.engine()).connect(url(target), properties(spec, target));
		if (connection == null) {
			throw new SQLException("The " + spec.engine() + " driver did not accept the URL PurSight built.", "08001");
		}
		try {
			makeReadOnly(spec.engine(), connection);
		}
		catch (SQLException | RuntimeException e) {
			closeQuietly(connection, e);
			throw e;
		}
		return connection;
	}

	/**
	 * Opens a connection without naming the workspace: the policy then refuses what it cannot decide without
	 * one. Prefer {@link #open(WorkspaceId, ConnectionSpec)}.
	 */
	public Connection open(ConnectionSpec spec) throws SQLException {
		return open(null, spec);
	}

	/** The URL PurSight hands to the driver for a spec as given; it never holds credentials. */
	public String url(ConnectionSpec spec) {
		return url(spec.target());
	}

	static String url(ConnectionSpec.Target target) {
		return switch (target.engine()) {
			case POSTGRESQL, MYSQL -> target.engine().urlPrefix() + "//" + target.address() + "/"
					+ (target.database() == null ? "" : encode(target.database()));
			// MariaDB Connector/J does not percent-decode the path: the database goes in as a property.
			case MARIADB -> target.engine().urlPrefix() + "//" + target.address() + "/";
			case H2 -> h2Url(target);
		};
	}

	private static String h2Url(ConnectionSpec.Target target) {
		StringBuilder url = new StringBuilder(Engine.H2.urlPrefix());
		if (target.host() != null) {
			url.append("tcp://").append(target.address()).append('/');
		}
		url.append(target.database());
		target.options().forEach((name, value) -> url.append(';').append(name).append('=').append(value));
		return url.append(";IFEXISTS=TRUE;ACCESS_MODE_DATA=r").toString();
	}

	/** The driver properties: user options first, then the forced settings, which therefore win. */
	Properties properties(ConnectionSpec spec, ConnectionSpec.Target target) {
		Properties props = new Properties();
		props.putAll(target.options());
		if (spec.username() != null) {
			props.setProperty("user", spec.username());
		}
		// Always set, even empty: PgJDBC would otherwise look the password up in this server's own .pgpass.
		props.setProperty("password", spec.password() == null ? "" : spec.password());
		switch (spec.engine()) {
			case POSTGRESQL -> {
				props.putIfAbsent("ApplicationName", "PurSight");
				props.setProperty("connectTimeout", Long.toString(seconds(connectTimeout)));
				props.setProperty("loginTimeout", Long.toString(seconds(connectTimeout)));
				props.setProperty("socketTimeout", Long.toString(seconds(socketTimeout)));
				props.setProperty("readOnly", "true");
				props.setProperty("readOnlyMode", "always");
			}
			case MYSQL -> {
				props.setProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
				props.setProperty("socketTimeout", Long.toString(socketTimeout.toMillis()));
				props.setProperty("allowLoadLocalInfile", "false");
				props.setProperty("allowUrlInLocalInfile", "false");
				props.setProperty("autoDeserialize", "false");
				props.setProperty("allowMultiQueries", "false");
				props.setProperty("readOnlyPropagatesToServer", "true");
			}
			case MARIADB -> {
				if (target.database() != null) {
					props.setProperty("database", target.database());
				}
				props.setProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
				props.setProperty("socketTimeout", Long.toString(socketTimeout.toMillis()));
				props.setProperty("allowLocalInfile", "false");
				props.setProperty("allowMultiQueries", "false");
				props.setProperty("permitRedirect", "false");
			}
			case H2 -> {
				// Settings travel in the URL (see h2Url); H2 has no socket timeout of its own.
			}
		}
		return props;
	}

	private static void makeReadOnly(Engine engine, Connection connection) throws SQLException {
		switch (engine) {
			case POSTGRESQL, MYSQL -> connection.setReadOnly(true);
			case MARIADB -> {
				// MariaDB Connector/J only records the flag; ask the server to enforce it for the session.
				connection.setReadOnly(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET SESSION TRANSACTION READ ONLY");
				}
			}
			case H2 -> {
				// ACCESS_MODE_DATA=r in the URL; it takes effect when this connection opens the database.
			}
		}
	}

	private static Driver driver(Engine engine) throws SQLException {
		try {
			return DRIVERS.computeIfAbsent(engine, e -> {
				try {
					return (Driver) Class.forName(DRIVER_CLASSES.get(e), true, ConnectionFactory.class.getClassLoader())
						.getDeclaredConstructor()
						.newInstance();
				}
				catch (ReflectiveOperationException | LinkageError ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (IllegalStateException e) {
			throw new SQLException("The JDBC driver for " + engine + " (" + DRIVER_CLASSES.get(engine)
					+ ") is not installed in this PurSight server.", "08001", e.getCause());
		}
	}

	private static String encode(String pathSegment) {
		return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

	private static Duration positive(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
		return duration;
	}

	private static void closeQuietly(Connection connection, Exception primary) {
		try {
			connection.close();
		}
		catch (SQLException e) {
			primary.addSuppressed(e);
		}
	}
}
