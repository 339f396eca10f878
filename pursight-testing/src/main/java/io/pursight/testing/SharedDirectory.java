package io.pursight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The {@code shared} folder beside the project ({@code ../shared} from the directory of the reactor
 * pom), which holds the sample datasets and the benchmark labels. Found from the working directory,
 * so the tests run wherever the project is checked out; {@code PURSIGHT_SHARED_DIR} (a system
 * property or an environment variable) points elsewhere.
 */
public final class SharedDirectory {

	/** The system property or environment variable naming the shared folder. */
	public static final String OVERRIDE = "PURSIGHT_SHARED_DIR";

	private SharedDirectory() {
	}

	/** The shared folder; throws with what to do when it does not exist. */
	public static Path path() {
		return locate(Path.of("").toAbsolutePath(), name -> System.getProperty(name, System.getenv(name)));
	}

	/** A file or folder of the shared folder, e.g. {@code benchmarks/classification}; throws when missing. */
	public static Path resolve(String relative) {
		Path shared = path();
		Path found = shared.resolve(relative);
		if (!Files.exists(found)) {
			throw new IllegalStateException(relative + " is not in the shared folder " + shared + ". Tests read it from there: "
					+ "copy it in, or point " + OVERRIDE + " at a shared folder that holds it.");
		}
		return found;
	}

	/** A file of {@code shared/datasets}, e.g. {@code chinook/chinook-postgresql.sql}. */
	public static Path dataset(String relative) {
		return resolve("datasets/" + relative);
	}

	/** The shared folder seen from {@code workingDirectory}, with {@code settings} read for the override. */
	static Path locate(Path workingDirectory, Function<String, String> settings) {
		String override = settings.apply(OVERRIDE);
		if (override != null && !override.isBlank()) {
			Path chosen = Path.of(override).toAbsolutePath().normalize();
			if (!Files.isDirectory(chosen)) {
				throw new IllegalStateException(OVERRIDE + " names " + chosen + ", which is not a directory. Point it at the "
						+ "shared folder (the one holding datasets/), or unset it to use ../shared beside the project.");
			}
			return chosen;
		}
		Path project = projectRoot(workingDirectory);
		if (project == null) {
			throw new IllegalStateException("No PurSight project above " + workingDirectory + " (no pom.xml with <modules>), "
					+ "so ../shared cannot be found from it. Run from inside the project, or set " + OVERRIDE
					+ " (system property or environment variable) to the shared folder.");
		}
		Path shared = project.resolveSibling("shared").normalize();
		if (!Files.isDirectory(shared)) {
			throw new IllegalStateException("The shared folder " + shared + " does not exist. PurSight's tests read datasets "
					+ "from ../shared beside the project (" + project + "): put it there, or set " + OVERRIDE
					+ " (system property or environment variable) to where it is.");
		}
		return shared;
	}

	/** The nearest directory at or above {@code start} whose pom.xml lists modules: the reactor's. */
	static Path projectRoot(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			Path pom = dir.resolve("pom.xml");
			if (Files.isRegularFile(pom) && declaresModules(pom)) {
				return dir;
			}
		}
		return null;
	}

	private static boolean declaresModules(Path pom) {
		try {
			return Files.readString(pom).contains("<modules>");
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + pom, e);
		}
	}
}
