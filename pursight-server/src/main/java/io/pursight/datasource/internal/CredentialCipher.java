package io.pursight.datasource.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.pursight.common.DataSourceId;
import io.pursight.platform.KeyMaterial;
import io.pursight.common.WorkspaceId;
import io.pursight.platform.StorageSettings;
import org.springframework.stereotype.Component;

/**
 * Encrypts source credentials at rest with AES-256-GCM under the master key. The workspace and
 * source ids are bound in as associated data, so a ciphertext copied onto another source (or
 * into another workspace) fails to decrypt instead of leaking a password there.
 * Format: base64( 0x01 | 12-byte nonce | ciphertext+tag ).
 */
@Component
class CredentialCipher {

	private static final byte FORMAT = 1;
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	CredentialCipher(MasterKeySettings settings, StorageSettings storage) {
		byte[] bytes = KeyMaterial.loadOrCreate(settings.masterKey(), storage.dataDir().resolve("master.key"), 32,
				"master key");
		this.key = new SecretKeySpec(bytes, 0, 32, "AES");
	}

	String encrypt(String secret, WorkspaceId workspace, DataSourceId source) {
		if (secret == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(workspace, source));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(
					ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt a credential", e);
		}
	}

	/** Throws {@link IllegalStateException} when the value was not sealed with this key for this source. */
	String decrypt(String sealed, WorkspaceId workspace, DataSourceId source) {
		if (sealed == null) {
			return null;
		}
		try {
			ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
			if (in.get() != FORMAT) {
				throw new IllegalStateException("unknown credential format");
			}
			byte[] nonce = new byte[NONCE_BYTES];
			in.get(nonce);
			byte[] body = new byte[in.remaining()];
			in.get(body);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(workspace, source));
			return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
			throw new IllegalStateException("The stored credential of source " + source
					+ " cannot be decrypted: was the master key changed? Re-enter the password.");
		}
	}

	private static byte[] associatedData(WorkspaceId workspace, DataSourceId source) {
		return (workspace + "/" + source).getBytes(StandardCharsets.US_ASCII);
	}
}
