package io.pursight.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A metadata store on the real PostgreSQL, in a throw-away database dropped when the test JVM
 * exits. Test classes call {@link #use} from a {@code @DynamicPropertySource} method to run
 * the server on it instead of the embedded H2 store.
 */
public final class PostgresStore {

	/** Not closed: contexts cached by Spring use it until the JVM exits, when it is dropped. */
	private static final ThrowawayDatabase DATABASE = DatabaseServer.POSTGRESQL.create("pursight_store");

	private PostgresStore() {
	}

	public static void use(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", DATABASE::url);
		registry.add("spring.datasource.username", DatabaseServer.POSTGRESQL::user);
		registry.add("spring.datasource.password", DatabaseServer.POSTGRESQL::password);
		// the database may be dropped while a context still closes: fail fast instead of waiting 30 s
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
	}

	public static String database() {
		return DATABASE.name();
	}
}
