package io.pursight.datasource;

/** The database engines PurSight can connect to and discover. */
public enum Engine {
	POSTGRESQL("jdbc:postgresql:", 5432),
	MYSQL("jdbc:mysql:", 3306),
	MARIADB("jdbc:mariadb:", 3306),
	H2("jdbc:h2:", 0);

	private final String urlPrefix;
	private final int defaultPort;

	Engine(String urlPrefix, int defaultPort) {
		this.urlPrefix = urlPrefix;
		this.defaultPort = defaultPort;
	}

	/** The JDBC URL prefix every URL of this engine starts with. */
	public String urlPrefix() {
		return urlPrefix;
	}

	/** The engine's usual TCP port, 0 for embedded engines. */
	public int defaultPort() {
		return defaultPort;
	}
}
