package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Network and credential values of web applications: IP addresses, user agents, tokens, keys and sessions. */
public final class Network {
	private static final List<String> USER_AGENTS = ResourceLists.lines("user-agents.txt");
	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private Network() {
	}

	/** A public-looking IPv4 address. */
	public static String ipv4(SeededRandom random) {
		int first;
		do {
			first = random.between(1, 223);
		}
		while (first == 10 || first == 127 || first == 172 || first == 192 || first == 100);
		return first + "." + random.between(0, 255) + "." + random.between(0, 255) + "." + random.between(1, 254);
	}

	/** A global IPv6 address in its shortened form. */
	public static String ipv6(SeededRandom random) {
		return String.format(Locale.ROOT, "2%03x:%x:%x::%x:%x", random.between(0, 0xfff), random.between(0, 0xffff),
				random.between(0, 0xffff), random.between(1, 0xffff), random.between(1, 0xffff));
	}

	/** IPv4 mostly, IPv6 sometimes, as a login log records them. */
	public static String ip(SeededRandom random) {
		return random.chance(0.8) ? ipv4(random) : ipv6(random);
	}

	public static String userAgent(SeededRandom random) {
		return random.pick(USER_AGENTS);
	}

	/** A signed JSON Web Token of a session: header, claims with the subject and expiry, a random signature. */
	public static String jwt(String subject, long issuedAt, SeededRandom random) {
		String header = "{\"alg\":\"" + random.pick(new String[] {"HS256", "RS256", "ES256"}) + "\",\"typ\":\"JWT\"}";
		String claims = "{\"sub\":\"" + subject + "\",\"iat\":" + issuedAt + ",\"exp\":" + (issuedAt + 3600)
				+ ",\"scope\":\"" + random.pick(new String[] {"read", "read write", "admin"}) + "\"}";
		return encode(header) + "." + encode(claims) + "." + Values.base62(random, 43).replace('A', '-').replace('z', '_');
	}

	/** An API key with a vendor-style prefix: {@code sk_live_…}, {@code pat_…}, or a bare 40-character token. */
	public static String apiKey(SeededRandom random) {
		return switch (random.between(0, 2)) {
			case 0 -> "sk_live_" + Values.base62(random, 32);
			case 1 -> "pat_" + Values.base62(random, 36);
			default -> Values.hex(random, 20);
		};
	}

	/** A MAC address as {@code 3c:22:fb:…} or {@code 3C-22-FB-…}. */
	public static String mac(SeededRandom random) {
		String hex = Values.hex(random, 6);
		StringBuilder out = new StringBuilder();
		boolean dashes = random.chance(0.3);
		for (int i = 0; i < 12; i += 2) {
			out.append(i == 0 ? "" : dashes ? "-" : ":").append(hex, i, i + 2);
		}
		return dashes ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
	}

	private static String encode(String json) {
		return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}
}
