package io.pursight.datasource.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.pursight.common.Problem;
import org.h2.engine.ConnectionInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link H2FileResolver} finds the file H2 itself opens: each spelling an attacker used (or might) is
 * resolved by the resolver and by H2's own {@link ConnectionInfo}, and both must agree.
 */
class H2FileResolverTests {

	@TempDir
	Path temp;

	Path sources;
	Path workspace;
	Path store;
	H2FileResolver resolver = H2FileResolver.ofThisProcess();

	@BeforeEach
	void layout() throws Exception {
		temp = temp.toRealPath();
		sources = Files.createDirectories(temp.resolve("data/sources"));
		workspace = Files.createDirectories(sources.resolve("ws"));
		store = Files.createFile(temp.resolve("data/pursight.mv.db"));
	}

	@Test
	void resolvesEverySpellingOfTheStoreAsH2Does() throws Exception {
		Path cwd = Path.of("").toAbsolutePath();
		Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
		String relativeFromCwd = cwd.relativize(workspace).toString();
		String relativeFromHome = home.relativize(workspace).toString();
		Files.createSymbolicLink(workspace.resolve("up"), temp.resolve("data"));
		Files.createSymbolicLink(workspace.resolve("linked.mv.db"), store);
		Files.createDirectories(temp.resolve("elsewhere/deeper"));
		Files.createSymbolicLink(workspace.resolve("jump"), temp.resolve("elsewhere/deeper"));

		List<String> spellings = List.of(
				"file:" + sources + "/..\\pursight",
				"file:" + workspace + "/..\\..\\pursight",
				"file:" + workspace.toString().replace('/', '\\') + "\\..\\..\\pursight",
				"file:" + workspace + "/../../pursight",
				"file:" + workspace + "/missing/../../../pursight",
				"file:" + workspace + "//..//..//pursight",
				"file:" + workspace + "/./../.././pursight",
				"file:./" + relativeFromCwd + "/../../pursight",
				"file:.\\" + relativeFromCwd.replace('/', '\\') + "\\..\\..\\pursight",
				"file:~/" + relativeFromHome + "/../../pursight",
				"file:~\\" + relativeFromHome.replace('/', '\\') + "\\..\\..\\pursight",
				"file:" + workspace + "/up/pursight",
				"file:" + workspace + "/linked",
				// the OS resolves '..' after the link: jump/.. is 'elsewhere', not the workspace
				"file:" + workspace + "/jump/../../data/pursight",
				sources + "/..\\pursight");
		for (String spelling : spellings) {
			assertThat(resolver.dataFile(spelling)).as(spelling).isEqualTo(h2Opens(spelling)).isEqualTo(store);
		}
	}

	@Test
	void resolvesFilesThatDoNotExistYetAsH2Does() {
		for (String spelling : List.of("file:" + workspace + "/new", "file:" + workspace + "/a/b/../c",
				"file:" + workspace + "/..\\other\\x")) {
			assertThat(resolver.dataFile(spelling)).as(spelling).isEqualTo(h2Opens(spelling));
		}
		assertThat(resolver.dataFile("file:" + workspace + "/..\\other\\x"))
			.isEqualTo(sources.resolve("other/x.mv.db"));
	}

	@Test
	void refusesFileSystemPrefixesThatH2WouldHonour() {
		List<String> refused = new ArrayList<>();
		for (String prefix : List.of("zip:", "split:", "nio:", "nioMapped:", "memFS:", "memLZF:", "nioMemFS:",
				"nioMemLZF:", "async:", "retry:", "rec:", "encrypt:", "split:16:")) {
			refused.add("file:" + prefix + workspace + "/db");
			refused.add(prefix + workspace + "/db");
		}
		refused.add("file:file:" + workspace + "/db");
		refused.add("file:" + workspace + "/zip:x");
		for (String spelling : refused) {
			assertThatThrownBy(() -> resolver.dataFile(spelling)).as(spelling)
				.isInstanceOf(Problem.class)
				.hasMessageContaining(":");
		}
	}

	@Test
	void refusesPercentEscapesControlCharactersAndSemicolons() {
		assertThatThrownBy(() -> resolver.dataFile("file:" + workspace + "/%2e%2e/%2E%2E/pursight"))
			.isInstanceOf(Problem.class)
			.hasMessageContaining("percent escape");
		assertThatThrownBy(() -> resolver.dataFile("file:" + workspace + "/x;INIT=1")).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> resolver.dataFile("file:" + workspace + "/x\u0000y")).isInstanceOf(Problem.class);
		// a plain '%' is a character like any other, for H2 and for the resolver
		assertThat(resolver.dataFile("file:" + workspace + "/50%off")).isEqualTo(workspace.resolve("50%off.mv.db"));
	}

	@Test
	void refusesRelativeNamesAndBareDirectoriesAsH2Does() {
		for (String spelling : List.of("file:pursight", "file:data/pursight", "file:~user/x", "file:" + workspace + "/")) {
			assertThatThrownBy(() -> resolver.dataFile(spelling)).as(spelling).isInstanceOf(Problem.class);
		}
	}

	@Test
	void honoursH2sBaseDirectoryForRelativeNames() {
		Path home = temp.resolve("home");
		H2FileResolver withBase = new H2FileResolver(temp, home.toString(), sources.toString());
		assertThat(withBase.dataFile("file:./ws/db")).isEqualTo(workspace.resolve("db.mv.db"));
		assertThat(withBase.dataFile("file:~/db")).isEqualTo(home.resolve("db.mv.db"));
	}

	@Test
	void givesH2OnlyNamesItReadsAsWritten() throws Exception {
		assertThat(resolver.databaseName(workspace.resolve("db.mv.db"))).isEqualTo(workspace + "/db");
		assertThat(resolver.databaseName(workspace.resolve("a\\b.mv.db"))).isNull();
		assertThat(resolver.databaseName(workspace.resolve("a;INIT=x.mv.db"))).isNull();
		assertThat(resolver.databaseName(workspace.resolve("zip:x.mv.db"))).isNull();
		assertThat(resolver.databaseName(Path.of("relative.mv.db"))).isNull();
	}

	/** The data file H2 2.x opens for a name: its own normalisation plus the suffix. */
	private static Path h2Opens(String name) {
		return Path.of(new ConnectionInfo("jdbc:h2:" + name, null, null, null).getName() + ".mv.db");
	}
}
