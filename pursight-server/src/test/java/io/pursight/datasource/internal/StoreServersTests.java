package io.pursight.datasource.internal;

import java.net.InetAddress;
import java.nio.file.Path;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A steward registering PurSight's own metadata store (every workspace's data) as a source, however the
 * operator wrote the store's URL. Addresses are literals, so nothing here waits on DNS.
 */
class StoreServersTests {

	@TempDir
	Path sources;

	final WorkspaceId workspace = WorkspaceId.random();

	SourceGuard guardOfStore(String storeUrl) {
		return new SourceGuard(sources, storeUrl, true, NetworkRules.parse("", NetworkRules.DEFAULT_DENIED),
				H2FileResolver.ofThisProcess(), host -> new InetAddress[] { InetAddress.getByName(host) });
	}

	void assertRefused(String storeUrl, ConnectionSpec source) {
		SourceGuard guard = guardOfStore(storeUrl);
		assertThatThrownBy(() -> guard.check(workspace, source)).as(storeUrl + " ← " + source)
			.isInstanceOf(Problem.class)
			.hasMessageContaining("PurSight's own metadata store");
		assertThatThrownBy(() -> guard.admit(workspace, source)).as("at connection time")
			.hasMessageContaining("PurSight's own metadata store");
	}

	static ConnectionSpec postgres(String host, Integer port, String database) {
		return ConnectionSpec.forHost(Engine.POSTGRESQL, host, port, database, "postgres", null);
	}

	@Test
	void findsTheStoreWrittenInThePostgresShortForm() {
		// jdbc:postgresql:<database> is localhost:5432; the store once slipped through in this spelling.
		assertRefused("jdbc:postgresql:pursight", postgres("127.0.0.1", 5432, "pursight"));
		assertRefused("jdbc:postgresql:pursight?sslmode=disable", postgres("localhost", null, "PURSIGHT"));
	}

	@Test
	void findsTheStoreBehindAPercentEncodedNameOrUpperCasePrefix() {
		assertRefused("jdbc:postgresql://10.1.2.3/pursight%5Fstore?reWriteBatchedInserts=true",
				postgres("10.1.2.3", 5432, "pursight_store"));
		assertRefused("JDBC:POSTGRESQL://10.1.2.3:6543/store", postgres("10.1.2.3", 6543, "store"));
	}

	@Test
	void findsEveryHostOfAMultiHostStore() {
		String store = "jdbc:postgresql://10.1.2.3:5432,[fd00::7]:5433/store?targetServerType=primary";
		assertRefused(store, postgres("10.1.2.3", null, "store"));
		assertRefused(store, postgres("fd00::7", 5433, "store"));
	}

	@Test
	void leavesTheOtherDatabasesOfAPostgresStoreServerAlone() {
		SourceGuard guard = guardOfStore("jdbc:postgresql://10.1.2.3:5432/store");
		assertThatCode(() -> guard.check(workspace, postgres("10.1.2.3", 5432, "sales"))).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(workspace, postgres("10.1.2.3", 5433, "store"))).doesNotThrowAnyException();
	}

	@Test
	void refusesAnyDatabaseOfAMariaDbStoreServerUnderEitherEngine() {
		// One MariaDB login can reach every database of its server, and MySQL clients talk to MariaDB servers.
		String store = "jdbc:mariadb://10.1.2.3:3306/pursight";
		assertRefused(store, ConnectionSpec.forHost(Engine.MARIADB, "10.1.2.3", null, null, "root", null));
		assertRefused(store, ConnectionSpec.forHost(Engine.MYSQL, "10.1.2.3", 3306, "sales", "root", null));
		assertRefused("jdbc:mysql:loadbalance://10.1.2.4,10.1.2.3/pursight",
				ConnectionSpec.forHost(Engine.MYSQL, "10.1.2.3", null, "pursight", "root", null));
	}

	@Test
	void refusesEveryDatabaseOfAnH2StoreServer() {
		assertRefused("jdbc:h2:tcp://10.1.2.3/~/pursight;MODE=PostgreSQL",
				ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:tcp://10.1.2.3:9092/~/other", "sa", ""));
		assertRefused("jdbc:h2:ssl://10.1.2.3:9101/pursight",
				ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:tcp://10.1.2.3:9101/x", "sa", ""));
	}

	@Test
	void anEmbeddedStoreHasNoServer() {
		assertThat(StoreServers.of("jdbc:h2:file:./data/pursight;MODE=PostgreSQL").servers()).isEmpty();
		assertThat(StoreServers.of("jdbc:h2:mem:test").servers()).isEmpty();
	}
}
