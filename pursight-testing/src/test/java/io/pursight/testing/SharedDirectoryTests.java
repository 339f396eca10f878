package io.pursight.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedDirectoryTests {

	@TempDir
	Path root;

	@Test
	void findsTheSharedFolderBesideTheReactorFromAModuleDirectory() throws IOException {
		Path project = reactor("checkout");
		Path module = Files.createDirectories(project.resolve("pursight-server"));
		Files.writeString(module.resolve("pom.xml"), "<project><artifactId>pursight-server</artifactId></project>");
		Path shared = Files.createDirectories(root.resolve("shared"));

		assertThat(SharedDirectory.locate(module, Map.<String, String>of()::get)).isEqualTo(shared);
		assertThat(SharedDirectory.locate(project, Map.<String, String>of()::get)).isEqualTo(shared);
	}

	@Test
	void theOverrideWinsOverTheProjectLayout() throws IOException {
		Path project = reactor("checkout");
		Files.createDirectories(root.resolve("shared"));
		Path elsewhere = Files.createDirectories(root.resolve("data/pursight-shared"));

		assertThat(SharedDirectory.locate(project, Map.of(SharedDirectory.OVERRIDE, elsewhere.toString())::get))
				.isEqualTo(elsewhere);
	}

	@Test
	void saysWhatToDoWhenTheSharedFolderIsMissing() throws IOException {
		Path project = reactor("lonely");

		assertThatThrownBy(() -> SharedDirectory.locate(project, Map.<String, String>of()::get))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining(root.resolve("shared").toString())
				.hasMessageContaining("PURSIGHT_SHARED_DIR");
		assertThatThrownBy(() -> SharedDirectory.locate(project, Map.of(SharedDirectory.OVERRIDE, "/no/such/dir")::get))
				.hasMessageContaining("/no/such/dir").hasMessageContaining("not a directory");
		assertThatThrownBy(() -> SharedDirectory.locate(root, Map.<String, String>of()::get))
				.hasMessageContaining("No PurSight project above");
	}

	@Test
	void thisProjectsDatasetsAreFound() {
		Path chinook = SharedDirectory.dataset("chinook/chinook-postgresql.sql");
		assertThat(chinook).isRegularFile();
		assertThat(chinook.getParent().getParent().getParent()).isEqualTo(SharedDirectory.path());
		assertThatThrownBy(() -> SharedDirectory.dataset("no-such/dataset.sql")).hasMessageContaining("no-such/dataset.sql")
				.hasMessageContaining(SharedDirectory.OVERRIDE);
	}

	private Path reactor(String name) throws IOException {
		Path project = Files.createDirectories(root.resolve(name));
		Files.writeString(project.resolve("pom.xml"), "<project><modules><module>pursight-server</module></modules></project>");
		return project;
	}
}
