package io.pursight.datasource.internal.jdbc;

import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import io.pursight.testing.DatabaseServer;

/**
 * Connection specs that reach the machine's PostgreSQL (user postgres, trust) and MariaDB (root, no
 * password), for PurSight's own connection code under test. The databases themselves come from
 * {@link io.pursight.testing.Databases}, set up over plain driver connections.
 */
final class TestServers {

	static final String HOST = DatabaseServer.POSTGRESQL.host();

	private TestServers() {
	}

	static ConnectionSpec postgresSpec(String database) {
		DatabaseServer server = DatabaseServer.POSTGRESQL;
		return ConnectionSpec.forHost(Engine.POSTGRESQL, server.host(), server.port(), database, server.user(), null);
	}

	static ConnectionSpec mariaDbSpec(String database) {
		DatabaseServer server = DatabaseServer.MARIADB;
		return ConnectionSpec.forHost(Engine.MARIADB, server.host(), server.port(), database, server.user(), null);
	}

	/** MySQL Connector/J talking to the MariaDB server: the MySQL code paths without a MySQL server. */
	static ConnectionSpec mySqlSpec(String database) {
		DatabaseServer server = DatabaseServer.MARIADB;
		return ConnectionSpec.forHost(Engine.MYSQL, server.host(), server.port(), database, server.user(), null);
	}
}
