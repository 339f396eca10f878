package io.pursight.datasource.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;

import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of {@link ConnectionSpec}, the user-supplied description of a source: unit tests, no servers. */
class ConnectionSpecTests {

	// Host form ------------------------------------------------------------------------------------------

	@Test
	void resolvesHostFormWithTheEnginesDefaultPort() {
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.POSTGRESQL, " db.example.com ", null, "sales", "u", "p");
		assertThat(spec.host()).isEqualTo("db.example.com");
		ConnectionSpec.Target target = spec.target();
		assertThat(target.host()).isEqualTo("db.example.com");
		assertThat(target.port()).isEqualTo(5432);
		assertThat(target.database()).isEqualTo("sales");
		assertThat(target.address()).isEqualTo("db.example.com:5432");
		assertThat(ConnectionSpec.forHost(Engine.MARIADB, "10.0.0.5", null, null, "u", null).target().port())
			.isEqualTo(3306);
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "db-1.internal", "my_db.corp.example", "10.1.2.3", "::1", "[fe80::1]",
			"2001:db8::8a2e:370:7334" })
	void acceptsHostNamesAndIpAddresses(String host) {
		assertThat(ConnectionSpec.forHost(Engine.MYSQL, host, 3306, "db", "u", null).target().host())
			.isEqualTo(host.replace("[", "").replace("]", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "db.example.com/other", "db?x=1", "db;INIT=x", "user@db", "db example", "http://db",
			"db:5432", "-db", "db\tx", "a..b", "db,other" })
	void rejectsAnythingButAHostName(String host) {
		assertInvalid(() -> ConnectionSpec.forHost(Engine.POSTGRESQL, host, 5432, "db", "u", null))
			.hasMessageContaining("host name or IP address");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 65536, 100000 })
	void rejectsPortsOutsideTheTcpRange(int port) {
		assertInvalid(() -> ConnectionSpec.forHost(Engine.POSTGRESQL, "db", port, "db", "u", null))
			.hasMessageContaining("1 to 65535");
	}

	@Test
	void requiresADatabaseForPostgresqlButNotForMySqlFamily() {
		assertInvalid(() -> ConnectionSpec.forHost(Engine.POSTGRESQL, "db", null, null, "u", null))
			.hasMessageContaining("Name the PostgreSQL database");
		assertThat(ConnectionSpec.forHost(Engine.MYSQL, "db", null, null, "u", null).target().database()).isNull();
	}

	@Test
	void acceptsAnyPrintableDatabaseNameButNoControlCharacters() {
		String awkward = "sales data/2024?x=1&y#z%20é";
		assertThat(ConnectionSpec.forHost(Engine.POSTGRESQL, "db", null, awkward, "u", null).target().database())
			.isEqualTo(awkward);
		assertInvalid(() -> ConnectionSpec.forHost(Engine.POSTGRESQL, "db", null, "bad\nname", "u", null))
			.hasMessageContaining("control characters");
	}

	@Test
	void refusesHostAndUrlTogether() {
		assertInvalid(() -> new ConnectionSpec(Engine.POSTGRESQL, "db", null, null, "jdbc:postgresql://db/x", "u", null,
				Map.of())).hasMessageContaining("not both");
	}

	// URL form -------------------------------------------------------------------------------------------

	@Test
	void parsesAJdbcUrlIntoHostPortDatabaseAndOptions() {
		ConnectionSpec spec = ConnectionSpec.forUrl(Engine.POSTGRESQL,
				"jdbc:postgresql://db.example.com:6543/sales%20data?sslmode=REQUIRE&applicationname=Reports", "u", "p");
		ConnectionSpec.Target target = spec.target();
		assertThat(target.host()).isEqualTo("db.example.com");
		assertThat(target.port()).isEqualTo(6543);
		assertThat(target.database()).isEqualTo("sales data");
		assertThat(target.options()).containsExactlyInAnyOrderEntriesOf(
				Map.of("sslmode", "require", "ApplicationName", "Reports"));

		ConnectionSpec.Target ipv6 = ConnectionSpec.forUrl(Engine.MYSQL, "jdbc:mysql://[::1]/", "u", null).target();
		assertThat(ipv6.host()).isEqualTo("::1");
		assertThat(ipv6.port()).isEqualTo(3306);
		assertThat(ipv6.database()).isNull();
		assertThat(ipv6.address()).isEqualTo("[::1]:3306");
	}

	@Test
	void mergesUrlOptionsWithTheOptionsMapAndRefusesConflicts() {
		ConnectionSpec spec = new ConnectionSpec(Engine.MYSQL, null, null, null,
				"jdbc:mysql://db:3307/shop?sslMode=required", "u", null, Map.of("serverTimezone", "UTC"));
		assertThat(spec.target().options()).containsExactlyInAnyOrderEntriesOf(
				Map.of("sslMode", "REQUIRED", "serverTimezone", "UTC"));
		assertInvalid(() -> new ConnectionSpec(Engine.MYSQL, null, null, null,
				"jdbc:mysql://db/shop?sslMode=REQUIRED", "u", null, Map.of("sslMode", "DISABLED")))
			.hasMessageContaining("set it in one place");
	}

	@Test
	void requiresTheEnginesUrlPrefix() {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL, "jdbc:mysql://db/x", "u", null))
			.hasMessageContaining("must start with jdbc:postgresql://");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:mysql:loadbalance://db1,db2/shop", "jdbc:mysql://db1,db2/shop",
			"jdbc:mysql://address=(host=db)(port=3306)(allowLoadLocalInfile=true)/shop",
			"jdbc:mysql://(host=db,allowLoadLocalInfile=true)/shop", "jdbc:mysql:replication://db/shop" })
	void refusesMultiHostAndAddressUrlForms(String url) {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.MYSQL, url, "u", null)).hasMessageContaining("jdbc:mysql://");
	}

	@Test
	void refusesCredentialsInTheUrlWithoutRepeatingThem() {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL, "jdbc:postgresql://admin:Sup3rS3cret@db/x", null,
				null)).hasMessageContaining("own fields").hasMessageNotContaining("Sup3rS3cret");
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL,
				"jdbc:postgresql://db/x?user=admin&password=Sup3rS3cret", null, null))
			.hasMessageContaining("own fields").hasMessageNotContaining("Sup3rS3cret");
	}

	@Test
	void refusesSpacesAndFragmentsInUrls() {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL, "jdbc:postgresql://db/my db", "u", null))
			.hasMessageContaining("percent-encode");
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL, "jdbc:postgresql://db/x%zz", "u", null))
			.hasMessageContaining("two hex digits");
	}

	// Option allowlists ----------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "socketFactory", "socketFactoryArg", "sslfactory", "sslfactoryarg", "sslhostnameverifier",
			"sslpasswordcallback", "authenticationPluginClassName", "loggerFile", "loggerLevel", "options", "service",
			"sslrootcert", "sslkey" })
	void refusesDangerousPostgresqlOptionsInTheMapAndInTheUrl(String option) {
		assertInvalid(() -> new ConnectionSpec(Engine.POSTGRESQL, "db", null, "x", null, "u", null,
				Map.of(option, "org.example.Evil"))).hasMessageContaining("Allowed options");
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.POSTGRESQL, "jdbc:postgresql://db/x?" + option + "=org.Evil",
				"u", null)).hasMessageContaining("Allowed options");
	}

	@ParameterizedTest
	@ValueSource(strings = { "allowLoadLocalInfile", "allowUrlInLocalInfile", "autoDeserialize", "allowMultiQueries",
			"queryInterceptors", "propertiesTransform", "socketFactory", "serverRSAPublicKeyFile",
			"trustCertificateKeyStoreUrl" })
	void refusesDangerousMySqlOptions(String option) {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.MYSQL, "jdbc:mysql://db/x?" + option + "=true", "u", null))
			.hasMessageContaining("Allowed options");
	}

	@Test
	void explainsWhyForcedSettingsCannotBeChanged() {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.MARIADB, "jdbc:mariadb://db/x?allowLocalInfile=true", "u",
				null)).hasMessageContaining("never lets the server read local files")
			.hasMessageContaining("sslMode");
	}

	@Test
	void namesTheAllowedOptionsWhenOneIsUnknown() {
		assertInvalid(() -> new ConnectionSpec(Engine.POSTGRESQL, "db", null, "x", null, "u", null,
				Map.of("fancyThing", "1")))
			.hasMessage("The option fancyThing is not supported for PostgreSQL. Allowed options: ApplicationName, "
					+ "currentSchema, ssl, sslmode, tcpKeepAlive.");
	}

	@Test
	void checksOptionValuesAndCanonicalisesNames() {
		assertInvalid(() -> new ConnectionSpec(Engine.POSTGRESQL, "db", null, "x", null, "u", null,
				Map.of("sslmode", "requir"))).hasMessageContaining(
						"cannot be 'requir'; use one of disable, allow, prefer, require, verify-ca, verify-full");
		ConnectionSpec spec = new ConnectionSpec(Engine.MARIADB, "db", null, "x", null, "u", null,
				Map.of("SSLMODE", "VERIFY-FULL"));
		assertThat(spec.options()).containsExactly(Map.entry("sslMode", "verify-full"));
		assertInvalid(() -> new ConnectionSpec(Engine.MYSQL, "db", null, "x", null, "u", null,
				Map.of("serverTimezone", "UTC;drop"))).hasMessageContaining("time zone id");
	}

	@Test
	void listsEachEnginesAllowedOptions() {
		assertThat(ConnectionSpec.allowedOptions(Engine.MYSQL)).contains("sslMode", "useSSL", "serverTimezone",
				"characterEncoding").doesNotContain("allowLoadLocalInfile");
		assertThat(ConnectionSpec.allowedOptions(Engine.MARIADB)).contains("sslMode").doesNotContain("allowLocalInfile");
	}

	// H2 -------------------------------------------------------------------------------------------------

	@Test
	void acceptsH2FileMemAndTcpUrlsWithAllowlistedSettings() {
		ConnectionSpec.Target file = ConnectionSpec.forUrl(Engine.H2,
				"jdbc:h2:file:/var/data/shop;MODE=PostgreSQL;database_to_lower=true;IFEXISTS=TRUE", "sa", "").target();
		assertThat(file.host()).isNull();
		assertThat(file.database()).isEqualTo("file:/var/data/shop");
		assertThat(file.options()).containsExactlyInAnyOrderEntriesOf(
				Map.of("MODE", "PostgreSQL", "DATABASE_TO_LOWER", "TRUE"));
		assertThat(ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:mem:shop", "sa", "").target().database())
			.isEqualTo("mem:shop");
		ConnectionSpec.Target tcp = ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:tcp://h2.internal:9123/~/shop", "sa", "")
			.target();
		assertThat(tcp.host()).isEqualTo("h2.internal");
		assertThat(tcp.port()).isEqualTo(9123);
		assertThat(tcp.database()).isEqualTo("~/shop");
		assertThat(ConnectionSpec.forHost(Engine.H2, null, null, "/var/data/shop", "sa", "").target().database())
			.isEqualTo("file:/var/data/shop");
		assertThat(ConnectionSpec.forHost(Engine.H2, "h2.internal", null, "~/shop", "sa", "").target().port())
			.isEqualTo(9092);
	}

	@Test
	void refusesH2SettingsThatRunCodeOrCreateDatabases() {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.H2,
				"jdbc:h2:mem:x;INIT=RUNSCRIPT", "sa", ""))
			.hasMessageContaining("never runs scripts");
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:file:/tmp/x;IFEXISTS=FALSE", "sa", ""))
			.hasMessageContaining("IFEXISTS can only be TRUE");
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:file:/tmp/x;ACCESS_MODE_DATA=rw", "sa", ""))
			.hasMessageContaining("read-only");
		for (String setting : new String[] { "AUTO_SERVER=TRUE", "USER=sa", "PASSWORD=x", "CIPHER=AES",
				"FILE_LOCK=NO", "TRACE_LEVEL_FILE=4", "OPEN_NEW=TRUE" }) {
			assertInvalid(() -> ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:file:/tmp/x;" + setting, "sa", ""));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:~/shop", "jdbc:h2:./data/shop", "jdbc:h2:file:zip:/tmp/a.zip!/shop",
			"jdbc:h2:file:split:/tmp/shop", "jdbc:h2:ssl://h/shop", "jdbc:h2:mem:", "jdbc:h2:mem:a/b", "jdbc:h2:file:" })
	void refusesOtherH2LocationForms(String url) {
		assertInvalid(() -> ConnectionSpec.forUrl(Engine.H2, url, "sa", ""));
	}

	@Test
	void refusesDriverOptionsForH2() {
		assertInvalid(() -> new ConnectionSpec(Engine.H2, null, null, null, "jdbc:h2:mem:x", "sa", "",
				Map.of("MODE", "MySQL"))).hasMessageContaining("H2 takes no driver options");
	}

	// Secrets --------------------------------------------------------------------------------------------

	@Test
	void neverPrintsThePassword() {
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.POSTGRESQL, "db", null, "x", "reader", "Sup3rS3cret");
		assertThat(spec.toString()).doesNotContain("Sup3rS3cret").contains("password=(hidden)").contains("reader");
		assertThat(spec.withPassword(null).toString()).contains("password=(none)");
		assertThat(spec.target().toString()).doesNotContain("Sup3rS3cret");
	}

	@Test
	void requiresAnEngine() {
		assertInvalid(() -> ConnectionSpec.forHost(null, "db", null, "x", "u", null))
			.hasMessageContaining("POSTGRESQL, MYSQL, MARIADB or H2");
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Runnable construction) {
		return assertThatThrownBy(construction::run).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_REQUEST));
	}
}
