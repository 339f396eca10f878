package io.pursight.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Loads a secret key from configuration, or from a key file generated once with owner-only
 * permissions. Replicas must share keys, so production sets them through the environment.
 */
public final class KeyMaterial {

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyMaterial() {
	}

	/**
	 * @param configured base64 key from configuration; blank means "use the key file"
	 * @param keyFile where the generated key lives
	 * @param bytes key length in bytes (minimum for a configured key)
	 * @param name what the key is for, used in error messages (never the key itself)
	 */
	public static byte[] loadOrCreate(String configured, Path keyFile, int bytes, String name) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.trim(), bytes, name + " (configured)");
		}
		try {
			if (Files.exists(keyFile)) {
				return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), bytes, name + " in " + keyFile);
			}
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			byte[] key = new byte[bytes];
			RANDOM.nextBytes(key);
			write(keyFile, Base64.getEncoder().encodeToString(key));
			return key;
		}
		catch (FileAlreadyExistsException raced) {
			return loadOrCreate(configured, keyFile, bytes, name);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the " + name + " file " + keyFile
					+ ": check that the data directory is writable", e);
		}
	}

	private static void write(Path keyFile, String content) throws IOException {
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		try {
			Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(keyFile);
		}
		Files.writeString(keyFile, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static byte[] decode(String base64, int bytes, String name) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The " + name + " is not valid base64");
		}
		if (key.length < bytes) {
			throw new IllegalStateException("The " + name + " must be at least " + bytes + " bytes (base64 of "
					+ bytes + " random bytes, e.g. `openssl rand -base64 " + bytes + "`)");
		}
		return key;
	}
}
