package io.pursight.bench.classification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The local database servers the harness loads datasets into (trust / password-less accounts of the dev machines). */
enum DatabaseServer {
	POSTGRESQL("postgresql", "jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres", '"'),
	MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/", "root", "", '`');

	final String id;
	private final String urlPrefix;
	private final String user;
	private final String adminDatabase;
	private final char quote;

	DatabaseServer(String id, String urlPrefix, String user, String adminDatabase, char quote) {
		this.id = id;
		this.urlPrefix = urlPrefix;
		this.user = user;
		this.adminDatabase = adminDatabase;
		this.quote = quote;
	}

	Connection connect(String database) throws SQLException {
		String url = urlPrefix + database + (this == MARIADB ? "?useUnicode=true&characterEncoding=utf8" : "");
		return DriverManager.getConnection(url, user, "");
	}

	Connection connectAdmin() throws SQLException {
		return connect(adminDatabase);
	}

	String quote(String identifier) {
		return quote + identifier.replace(String.valueOf(quote), String.valueOf(quote) + quote) + quote;
	}

	String createDatabase(String name) {
		return this == MARIADB ? "CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
				: "CREATE DATABASE " + quote(name) + " ENCODING 'UTF8' TEMPLATE template0";
	}

	String dropDatabase(String name) {
		return this == MARIADB ? "DROP DATABASE IF EXISTS " + quote(name)
				: "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)";
	}

	/** MySQL dumps escape with backslashes inside strings; PostgreSQL dumps with standard strings do not. */
	boolean backslashEscapes() {
		return this == MARIADB;
	}
}
