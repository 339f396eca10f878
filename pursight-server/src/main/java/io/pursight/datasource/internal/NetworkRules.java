package io.pursight.datasource.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.pursight.datasource.DataSourceSettings;

/**
 * Which network addresses PurSight may connect to as a data source: an address in a denied network is
 * refused; when allowed networks are listed, an address in none of them is refused too (denied wins).
 * An IPv6 address that carries an IPv4 address (IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged by both. Immutable and thread-safe.
 */
final class NetworkRules {

	/** Link-local and cloud metadata endpoints, and the unspecified addresses ("this host" on many systems). */
	static final String DEFAULT_DENIED = DataSourceSettings.Network.DEFAULT_DENIED;

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	/** A network in CIDR notation. */
	record Network(byte[] prefix, int bits, String text) {

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			int whole = bits / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != prefix[i]) {
					return false;
				}
			}
			int rest = bits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = 0xff << (8 - rest) & 0xff;
			return (address[whole] & mask) == (prefix[whole] & mask);
		}

		@Override
		public String toString() {
			return text;
		}
	}

	/** Why an address is refused: the network it is in (or null when it is outside all allowed ones). */
	record Refusal(InetAddress address, Network deniedBy) {
	}

	private final List<Network> allowed;
	private final List<Network> denied;

	NetworkRules(List<Network> allowed, List<Network> denied) {
		this.allowed = List.copyOf(allowed);
		this.denied = List.copyOf(denied);
	}

	/**
	 * @param allowed comma- or space-separated CIDRs (or single addresses); empty allows all that is not denied
	 * @param denied comma- or space-separated CIDRs (or single addresses)
	 * @throws IllegalArgumentException naming the setting when an entry is not a network
	 */
	static NetworkRules parse(String allowed, String denied) {
		return new NetworkRules(networks(allowed, "pursight.sources.network.allowed"),
				networks(denied, "pursight.sources.network.denied"));
	}

	boolean restrictsToAllowed() {
		return !allowed.isEmpty();
	}

	/** Why the address may not be connected to, or empty when it may. */
	Optional<Refusal> refusal(InetAddress address) {
		List<byte[]> forms = forms(address);
		for (Network network : denied) {
			for (byte[] form : forms) {
				if (network.contains(form)) {
					return Optional.of(new Refusal(address, network));
				}
			}
		}
		if (allowed.isEmpty()) {
			return Optional.empty();
		}
		for (Network network : allowed) {
			for (byte[] form : forms) {
				if (network.contains(form)) {
					return Optional.empty();
				}
			}
		}
		return Optional.of(new Refusal(address, null));
	}

	/** The address itself and, for IPv6 addresses that carry one, the embedded IPv4 address. */
	private static List<byte[]> forms(InetAddress address) {
		byte[] bytes = address.getAddress();
		List<byte[]> forms = new ArrayList<>(2);
		forms.add(bytes);
		if (address instanceof Inet6Address) {
			boolean compatible = allZero(bytes, 0, 12) && !allZero(bytes, 12, 15);
			boolean mapped = allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
			boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
					&& (bytes[3] & 0xff) == 0x9b && allZero(bytes, 4, 12);
			if (compatible || mapped || nat64) {
				forms.add(Arrays.copyOfRange(bytes, 12, 16));
			}
			else if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
				forms.add(Arrays.copyOfRange(bytes, 2, 6)); // 6to4: 2002:AABB:CCDD::/48
			}
		}
		return forms;
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static List<Network> networks(String text, String setting) {
		List<Network> networks = new ArrayList<>();
		if (text == null) {
			return networks;
		}
		for (String entry : text.split("[,\\s]+")) {
			if (!entry.isEmpty()) {
				networks.add(network(entry, setting));
			}
		}
		return networks;
	}

	static Network network(String entry, String setting) {
		int slash = entry.indexOf('/');
		String address = slash < 0 ? entry : entry.substring(0, slash);
		String problem = setting + ": '" + entry + "' is not a network; write it as an address and prefix length, "
				+ "for example 10.0.0.0/8 or fd00::/8.";
		// Literals only: parsing must never look a name up in DNS.
		if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
			throw new IllegalArgumentException(problem);
		}
		byte[] bytes;
		try {
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet4Address && address.indexOf(':') >= 0) {
				throw new IllegalArgumentException(setting + ": write the IPv4 network '" + entry
						+ "' in IPv4 form (a.b.c.d/n); PurSight checks IPv4-mapped addresses against it as well.");
			}
			bytes = parsed.getAddress();
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException(problem);
		}
		int bits = bytes.length * 8;
		if (slash >= 0) {
			String length = entry.substring(slash + 1);
			if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bytes.length * 8) {
				throw new IllegalArgumentException(problem);
			}
			bits = Integer.parseInt(length);
		}
		byte[] prefix = bytes.clone();
		for (int bit = bits; bit < prefix.length * 8; bit++) {
			prefix[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		return new Network(prefix, bits, entry);
	}
}
