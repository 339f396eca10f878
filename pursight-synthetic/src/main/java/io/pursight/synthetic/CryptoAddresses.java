package io.pursight.synthetic;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Cryptocurrency addresses with their checksums. */
public final class CryptoAddresses {

	private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

	private CryptoAddresses() {
	}

	/** A Bitcoin pay-to-public-key-hash address ("1…"): version 0, a 20-byte hash, a double SHA-256 checksum, in base58. */
	public static String bitcoin(SeededRandom random) {
		byte[] payload = new byte[25];
		for (int i = 1; i < 21; i++) {
			payload[i] = (byte) random.between(0, 255);
		}
		byte[] checksum = sha256(sha256(Arrays.copyOf(payload, 21)));
		System.arraycopy(checksum, 0, payload, 21, 4);
		return base58(payload);
	}

	private static String base58(byte[] data) {
		var out = new StringBuilder();
		for (BigInteger n = new BigInteger(1, data); n.signum() > 0; n = n.divide(FIFTY_EIGHT)) {
			out.append(BASE58.charAt(n.mod(FIFTY_EIGHT).intValue()));
		}
		for (int i = 0; i < data.length && data[i] == 0; i++) {
			out.append('1'); // each leading zero byte is written as a leading 1
		}
		return out.reverse().toString();
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK ships SHA-256", e);
		}
	}
}
