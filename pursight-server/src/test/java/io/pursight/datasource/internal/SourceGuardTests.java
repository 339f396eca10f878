package io.pursight.datasource.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SourceGuard} on its own: embedded H2 files confined to the workspace's directory and kept away
 * from the store, at registration and at every connection; hosts checked by every address they resolve to.
 */
class SourceGuardTests {

	@TempDir
	Path temp;

	final WorkspaceId mine = WorkspaceId.random();
	final WorkspaceId theirs = WorkspaceId.random();
	final Map<String, InetAddress[]> dns = new ConcurrentHashMap<>();

	Path root;
	Path own;
	Path other;
	Path store;
	SourceGuard guard;

	@BeforeEach
	void layout() throws Exception {
		temp = temp.toRealPath();
		root = temp.resolve("data/sources");
		own = Files.createDirectories(root.resolve(mine.toString()));
		other = Files.createDirectories(root.resolve(theirs.toString()));
		store = Files.createFile(temp.resolve("data/pursight.mv.db"));
		guard = guard(true, NetworkRules.parse("", NetworkRules.DEFAULT_DENIED));
	}

	SourceGuard guard(boolean embeddedH2, NetworkRules rules) {
		return new SourceGuard(root, "jdbc:h2:file:" + temp.resolve("data/pursight") + ";MODE=PostgreSQL", embeddedH2,
				rules, H2FileResolver.ofThisProcess(), host -> {
					InetAddress[] addresses = dns.get(host);
					if (addresses == null) {
						return InetAddress.getAllByName(host);
					}
					if (addresses.length == 0) {
						throw new UnknownHostException(host);
					}
					return addresses;
				});
	}

	static ConnectionSpec h2(String location) {
		return ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:" + location, "sa", "");
	}

	@Test
	void letsAWorkspaceUseFilesInItsOwnDirectoryAndHandsH2TheResolvedFile() throws Exception {
		Files.createFile(own.resolve("shop.mv.db"));
		ConnectionSpec spec = h2("file:" + own + "/sub/..\\shop;MODE=MySQL");

		assertThatCode(() -> guard.check(mine, spec)).doesNotThrowAnyException();
		ConnectionSpec.Target target = guard.admit(mine, spec);

		assertThat(target.database()).isEqualTo("file:" + own.resolve("shop"));
		assertThat(target.options()).containsEntry("MODE", "MySQL");
	}

	@Test
	void refusesTheStoreInEverySpelling() throws Exception {
		Files.createSymbolicLink(own.resolve("store.mv.db"), store);
		Files.createLink(own.resolve("hard.mv.db"), store);
		for (String location : new String[] { "file:" + temp.resolve("data/pursight"), "file:" + root + "/..\\pursight",
				"file:" + own + "/..\\..\\pursight", "file:" + own + "/store", "file:" + own + "/hard" }) {
			assertThatThrownBy(() -> guard.check(mine, h2(location))).as(location)
				.isInstanceOf(Problem.class)
				.hasMessageContaining("metadata store");
			assertThatThrownBy(() -> guard.admit(mine, h2(location))).as(location)
				.hasMessageContaining("metadata store");
		}
	}

	@Test
	void refusesAnotherWorkspacesDirectoryTheSharedDirectoryAndEverythingOutside() throws Exception {
		Files.createFile(other.resolve("secret.mv.db"));
		Files.createSymbolicLink(own.resolve("door"), other);
		for (String location : new String[] { "file:" + other + "/secret", "file:" + own + "/..\\" + theirs + "\\secret",
				"file:" + own + "/door/secret", "file:" + root + "/demo-shop", "file:" + root, "file:/etc/passwd",
				"file:" + own }) {
			assertThatThrownBy(() -> guard.check(mine, h2(location))).as(location)
				.isInstanceOf(Problem.class)
				.hasMessageContaining("pursight.sources.h2-directory");
			assertThatThrownBy(() -> guard.admit(mine, h2(location))).as(location).isInstanceOf(Problem.class);
		}
	}

	@Test
	void refusesALinkPlantedAfterTheDefinitionWasAccepted() throws Exception {
		ConnectionSpec spec = h2("file:" + own + "/later");
		guard.check(mine, spec);
		Files.createFile(other.resolve("secret.mv.db"));

		Files.createSymbolicLink(own.resolve("later.mv.db"), other.resolve("secret.mv.db"));

		assertThatThrownBy(() -> guard.admit(mine, spec)).isInstanceOf(Problem.class)
			.hasMessageContaining("own directory");
	}

	@Test
	void refusesLinksThatLeadNowhereYet() throws Exception {
		Files.createSymbolicLink(own.resolve("pending.mv.db"), other.resolve("not-yet.mv.db"));
		Files.createSymbolicLink(own.resolve("pending-dir"), other.resolve("not-yet"));

		for (String location : new String[] { "file:" + own + "/pending", "file:" + own + "/pending-dir/db" }) {
			assertThatThrownBy(() -> guard.check(mine, h2(location))).as(location).hasMessageContaining("symbolic link");
			assertThatThrownBy(() -> guard.admit(mine, h2(location))).as(location).hasMessageContaining("symbolic link");
		}
	}

	@Test
	void refusesAWorkspaceDirectoryThatIsItselfALink() throws Exception {
		Files.delete(own);
		Files.createSymbolicLink(own, other);
		Files.createFile(other.resolve("secret.mv.db"));

		assertThatThrownBy(() -> guard.admit(mine, h2("file:" + own + "/secret"))).isInstanceOf(Problem.class);
	}

	@Test
	void opensNothingEmbeddedForAConnectionThatNamesNoWorkspace() {
		ConnectionSpec inOther = h2("file:" + other + "/x");

		assertThatThrownBy(() -> guard.admit(null, inOther)).isInstanceOf(Problem.class)
			.hasMessageContaining("workspace");
	}

	@Test
	void refusesInMemoryDatabasesAndEmbeddedH2WhenDisabled() {
		assertThatThrownBy(() -> guard.check(mine, h2("mem:pursight"))).hasMessageContaining("in-memory");
		SourceGuard noEmbedded = guard(false, NetworkRules.parse("", ""));
		assertThatThrownBy(() -> noEmbedded.check(mine, h2("file:" + own + "/x")))
			.hasMessageContaining("pursight.sources.embedded-h2-enabled");
		assertThatThrownBy(() -> noEmbedded.admit(mine, h2("file:" + own + "/x")))
			.hasMessageContaining("pursight.sources.embedded-h2-enabled");
	}

	@Test
	void refusesAHostNameThatResolvesToADeniedAddressAmongOthers() throws Exception {
		dns.put("db.example.test", new InetAddress[] { InetAddress.getByName("10.0.0.5"),
				InetAddress.getByName("169.254.169.254") });
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.POSTGRESQL, "db.example.test", 5432, "x", "u", null);

		assertThatThrownBy(() -> guard.check(mine, spec)).isInstanceOf(Problem.class)
			.hasMessageContaining("169.254.169.254 (an address of db.example.test)")
			.hasMessageContaining("169.254.0.0/16")
			.hasMessageContaining("pursight.sources.network.denied");
		assertThatThrownBy(() -> guard.admit(mine, spec)).isInstanceOf(Problem.class);
	}

	@Test
	void catchesADnsRecordChangedAfterRegistration() throws Exception {
		dns.put("db.example.test", new InetAddress[] { InetAddress.getByName("10.0.0.5") });
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.MARIADB, "db.example.test", null, "x", "u", null);
		guard.check(mine, spec);
		assertThat(guard.admit(mine, spec).host()).isEqualTo("db.example.test");

		dns.put("db.example.test", new InetAddress[] { InetAddress.getByName("fd00:ec2::254") });

		assertThatThrownBy(() -> guard.admit(mine, spec)).isInstanceOf(Problem.class)
			.hasMessageContaining("fd00:ec2::254");
	}

	@Test
	void refusesH2ServersOnDeniedAddresses() {
		assertThatThrownBy(() -> guard.check(mine, h2("tcp://169.254.169.254:9092/~/db")))
			.hasMessageContaining("169.254.0.0/16");
		assertThatThrownBy(() -> guard.check(mine, ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:tcp://[fe80::1]/~/db", "sa", "")))
			.hasMessageContaining("fe80::/10");
	}

	@Test
	void leavesAnUnresolvableHostToTheConnectionWhichRefusesIt() {
		dns.put("nowhere.example.test", new InetAddress[0]);
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.POSTGRESQL, "nowhere.example.test", null, "x", "u", null);

		assertThatCode(() -> guard.check(mine, spec)).doesNotThrowAnyException();
		assertThatThrownBy(() -> guard.admit(mine, spec)).isInstanceOf(SQLException.class)
			.hasCauseInstanceOf(UnknownHostException.class);
	}

	@Test
	void refusesAPostgresStoreServerButNotItsNeighbours() {
		SourceGuard onPostgres = new SourceGuard(root, "jdbc:postgresql://127.0.0.1:5432/pursight_store", true,
				NetworkRules.parse("", NetworkRules.DEFAULT_DENIED), H2FileResolver.ofThisProcess(), InetAddress::getAllByName);
		assertThatThrownBy(() -> onPostgres.check(mine,
				ConnectionSpec.forHost(Engine.POSTGRESQL, "localhost", null, "pursight_store", "postgres", null)))
			.hasMessageContaining("metadata store");
		assertThatCode(() -> onPostgres.check(mine,
				ConnectionSpec.forHost(Engine.POSTGRESQL, "localhost", null, "sales", "postgres", null)))
			.doesNotThrowAnyException();
	}
}
