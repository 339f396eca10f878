package io.pursight.datasource.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import io.pursight.common.Problem;

/**
 * Finds the file H2 will open for an embedded database name, taking the same steps as H2 2.x
 * ({@code ConnectionInfo.parseName}/{@code getName}, {@code FilePath.get}, {@code FilePathDisk}): '\' becomes
 * '/', a leading {@code ~} is the user's home, a relative name is taken against {@code h2.baseDir} or the
 * working directory, the {@code .mv.db} suffix is added, and the real path is that of the file if it exists,
 * otherwise of its deepest existing ancestor plus the rest (so symbolic links count, {@code ..} too).
 * Checks must look at this path, never at the name as written: {@code ..\store} is one file name to
 * {@link Path} on Linux but two steps up to H2.
 * <p>
 * Names H2 would read differently from a plain path are refused rather than resolved: file system prefixes
 * ({@code zip:}, {@code split:}, {@code nio:}, {@code memFS:}, {@code async:} …, anything with a ':'),
 * percent escapes (H2 does not decode them), ';' and control characters. Immutable and thread-safe.
 */
final class H2FileResolver {

	/** The file H2 2.x keeps a database in: the name plus this suffix. */
	static final String DATA_FILE_SUFFIX = ".mv.db";

	private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
	private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");

	private final Path workingDirectory;
	private final String userHome;
	private final String baseDir;
	private final boolean windows;

	/**
	 * @param workingDirectory absolute; what relative names are taken against when no base directory is set
	 * @param userHome what {@code ~} stands for
	 * @param baseDir H2's {@code h2.baseDir}, or null when not set
	 */
	H2FileResolver(Path workingDirectory, String userHome, String baseDir) {
		if (!workingDirectory.isAbsolute()) {
			throw new IllegalArgumentException("workingDirectory must be absolute: " + workingDirectory);
		}
		this.workingDirectory = workingDirectory;
		this.userHome = userHome;
		this.baseDir = baseDir;
		this.windows = workingDirectory.getFileSystem().getSeparator().equals("\\");
	}

	/** Resolves as H2 does in this process: its working directory, {@code user.home} and {@code h2.baseDir}. */
	static H2FileResolver ofThisProcess() {
		return new H2FileResolver(Path.of("").toAbsolutePath(), System.getProperty("user.home", ""),
				System.getProperty("h2.baseDir"));
	}

	/**
	 * The real path of the data file ({@code <name>.mv.db}) H2 opens for an embedded database name.
	 *
	 * @param name what follows {@code jdbc:h2:}, with or without {@code file:}, without settings; not null
	 * @throws Problem (400) when the name is one H2 would read as something other than a plain file path
	 */
	Path dataFile(String name) {
		String path = name.startsWith("file:") ? name.substring("file:".length()) : name;
		if (path.isEmpty()) {
			throw Problem.invalid("Give the path of the H2 database file after jdbc:h2:file:.");
		}
		if (CONTROL.matcher(path).find() || path.indexOf(';') >= 0) {
			throw Problem.invalid("The H2 database path contains control characters or ';'.");
		}
		if (PERCENT_ESCAPE.matcher(path).find()) {
			throw Problem.invalid("The H2 database path contains a percent escape such as %2e; H2 does not decode "
					+ "them, so write the characters themselves.");
		}
		// ConnectionInfo.parseName and FilePath.get: '\' is a separator on every platform.
		path = path.replace('\\', '/');
		int colon = path.indexOf(':');
		if (colon >= 0 && !(windows && colon == 1 && WINDOWS_DRIVE.matcher(path).matches())) {
			// FilePath.get picks a file system by the text before ':' (zip:, split:, nioMapped:, memFS: …).
			throw Problem.invalid("The H2 database path must be a plain file path without ':'; H2 file system "
					+ "prefixes such as zip:, split:, nio: or memFS: are not supported.");
		}
		// FilePathDisk.expandUserHomeDirectory: only a lone '~' or '~/'.
		if (path.equals("~") || path.startsWith("~/")) {
			path = userHome + path.substring(1);
		}
		Path file;
		try {
			file = workingDirectory.getFileSystem().getPath(path + DATA_FILE_SUFFIX);
		}
		catch (InvalidPathException e) {
			throw Problem.invalid("The H2 database path is not a valid file path on this server.");
		}
		if (!file.isAbsolute()) {
			// ConnectionInfo.getName refuses names relative to the working directory unless they say so.
			if (!path.contains("./")) {
				throw Problem.invalid("Give the H2 database as an absolute path (jdbc:h2:file:/path/to/db); "
						+ "H2 does not open bare relative names.");
			}
			// JdbcConnection: with h2.baseDir set, ConnectionInfo.setBaseDir puts relative names under it.
			file = (baseDir == null ? workingDirectory : workingDirectory.resolve(baseDir)).resolve(file);
		}
		Path real = realPath(file);
		Path fileName = real.getFileName();
		if (fileName == null || fileName.toString().length() <= DATA_FILE_SUFFIX.length()) {
			throw Problem.invalid("Give the H2 database a file name, not only a directory.");
		}
		return real;
	}

	/**
	 * The H2 database name for a data file found by {@link #dataFile}: what PurSight hands to H2, so that H2
	 * opens the very file that was checked. Null if H2 would read that name differently than it is written
	 * (a '\\', ':' or ';' that came in through a link target, for example).
	 */
	String databaseName(Path dataFile) {
		String text = dataFile.toString();
		if (!dataFile.isAbsolute() || !text.endsWith(DATA_FILE_SUFFIX) || text.indexOf(';') >= 0
				|| CONTROL.matcher(text).find() || PERCENT_ESCAPE.matcher(text).find()) {
			return null;
		}
		String plain = windows ? text.replace('\\', '/') : text;
		if (!windows && text.indexOf('\\') >= 0 || plain.indexOf(':') != (windows ? 1 : -1)) {
			return null;
		}
		return text.substring(0, text.length() - DATA_FILE_SUFFIX.length());
	}

	/** FilePathDisk.toRealPath: the file's real path, or its deepest existing ancestor's plus the rest. */
	static Path realPath(Path file) {
		try {
			return file.toRealPath();
		}
		catch (IOException e) {
			return ancestorRealPath(file.toAbsolutePath().normalize());
		}
	}

	private static Path ancestorRealPath(Path path) {
		Path parent = path.getParent();
		if (parent == null) {
			return path;
		}
		try {
			parent = parent.toRealPath();
		}
		catch (IOException e) {
			parent = ancestorRealPath(parent);
		}
		return parent.resolve(path.getFileName());
	}
}
