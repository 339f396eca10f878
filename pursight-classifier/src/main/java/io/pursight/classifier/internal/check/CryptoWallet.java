package io.pursight.classifier.internal.check;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Cryptocurrency addresses: Bitcoin base58check (P2PKH "1…", P2SH "3…") with its double
 * SHA-256 checksum, Bitcoin bech32/bech32m ("bc1…") with its BCH checksum, and Ethereum
 * "0x" + 40 hex digits.
 */
public final class CryptoWallet {
	private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
	private static final int[] BASE58_VALUES = new int[128];
	/** MessageDigest is not thread-safe; one per thread, reset after every digest. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK ships SHA-256", e);
		}
	});

	static {
		java.util.Arrays.fill(BASE58_VALUES, -1);
		for (int i = 0; i < BASE58.length(); i++) {
			BASE58_VALUES[BASE58.charAt(i)] = i;
		}
	}

	private CryptoWallet() {
	}

	public static boolean isValid(CharSequence s) {
		return isEthereum(s) || isBitcoinBase58(s) || isBitcoinBech32(s);
	}

	public static boolean isEthereum(CharSequence s) {
		if (s.length() != 42 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
			return false;
		}
		for (int i = 2; i < 42; i++) {
			if (!IpAddress.isHex(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public static boolean isBitcoinBase58(CharSequence s) {
		int len = s.length();
		if (len < 26 || len > 35 || (s.charAt(0) != '1' && s.charAt(0) != '3')) {
			return false;
		}
		// decode into a 25-byte big-endian number: version, 20-byte hash, 4-byte checksum
		byte[] decoded = new byte[25];
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			int carry = c < 128 ? BASE58_VALUES[c] : -1;
			if (carry < 0) {
				return false;
			}
			for (int k = 24; k >= 0; k--) {
				carry += 58 * (decoded[k] & 0xff);
				decoded[k] = (byte) carry;
				carry >>>= 8;
			}
			if (carry != 0) {
				return false; // more than 25 bytes
			}
		}
		// each leading '1' encodes a leading zero byte; the number itself must not have more
		int leadingOnes = 0;
		while (leadingOnes < len && s.charAt(leadingOnes) == '1') {
			leadingOnes++;
		}
		int leadingZeros = 0;
		while (leadingZeros < 25 && decoded[leadingZeros] == 0) {
			leadingZeros++;
		}
		if (leadingZeros != leadingOnes) {
			return false;
		}
		MessageDigest sha = SHA256.get();
		sha.update(decoded, 0, 21);
		byte[] first = sha.digest();
		byte[] hash = sha.digest(first);
		for (int i = 0; i < 4; i++) {
			if (hash[i] != decoded[21 + i]) {
				return false;
			}
		}
		return true;
	}

	public static boolean isBitcoinBech32(CharSequence s) {
		int len = s.length();
		if (len < 14 || len > 90) {
			return false;
		}
		String lower = s.toString().toLowerCase(java.util.Locale.ROOT);
		if (!lower.equals(s.toString()) && !s.toString().toUpperCase(java.util.Locale.ROOT).equals(s.toString())) {
			return false; // mixed case is invalid in bech32
		}
		if (!lower.startsWith("bc1")) {
			return false;
		}
		int[] values = new int[len - 3 + 5];
		// expanded human-readable part "bc": high bits, 0, low bits
		values[0] = 'b' >> 5;
		values[1] = 'c' >> 5;
		values[2] = 0;
		values[3] = 'b' & 31;
		values[4] = 'c' & 31;
		for (int i = 3; i < len; i++) {
			int v = BECH32.indexOf(lower.charAt(i));
			if (v < 0) {
				return false;
			}
			values[5 + i - 3] = v;
		}
		int checksum = polymod(values);
		return checksum == 1 || checksum == 0x2bc830a3;
	}

	private static int polymod(int[] values) {
		int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
		int chk = 1;
		for (int v : values) {
			int top = chk >>> 25;
			chk = ((chk & 0x1ffffff) << 5) ^ v;
			for (int i = 0; i < 5; i++) {
				if (((top >>> i) & 1) != 0) {
					chk ^= generator[i];
				}
			}
		}
		return chk;
	}
}
