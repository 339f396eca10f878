package io.pursight.datasource.internal;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link NetworkRules}: which addresses a source host may have, with the defaults and with settings. */
class NetworkRulesTests {

	private final NetworkRules defaults = NetworkRules.parse("", NetworkRules.DEFAULT_DENIED);

	@Test
	void deniesLinkLocalMetadataAndUnspecifiedAddressesByDefaultInEveryForm() throws Exception {
		for (String address : new String[] { "169.254.169.254", "169.254.0.1", "2852039166", "169.254.43518",
				"169.16689662", "::ffff:169.254.169.254", "::ffff:a9fe:a9fe", "::169.254.169.254",
				"64:ff9b::169.254.169.254", "2002:a9fe:a9fe::1", "fe80::1", "febf::1", "fd00:ec2::254",
				"100.100.100.200", "168.63.129.16", "0.0.0.0", "0", "0.1.2.3", "::" }) {
			assertThat(defaults.refusal(InetAddress.getByName(address))).as(address).isPresent();
		}
	}

	@Test
	void allowsLoopbackPrivateAndPublicAddressesByDefault() throws Exception {
		for (String address : new String[] { "127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.10",
				"100.64.0.1", "fd12::1", "8.8.8.8", "2001:db8::1", "169.253.255.255", "169.255.0.0", "fec0::1" }) {
			assertThat(defaults.refusal(InetAddress.getByName(address))).as(address).isEmpty();
		}
	}

	@Test
	void namesTheDeniedNetwork() throws Exception {
		assertThat(defaults.refusal(InetAddress.getByName("169.254.169.254")).orElseThrow().deniedBy())
			.hasToString("169.254.0.0/16");
	}

	@Test
	void restrictsToAllowedNetworksWhereDeniedWins() throws Exception {
		NetworkRules rules = NetworkRules.parse("10.0.0.0/8 127.0.0.0/8,::1", "127.0.0.2/32");
		assertThat(rules.refusal(InetAddress.getByName("10.9.8.7"))).isEmpty();
		assertThat(rules.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
		assertThat(rules.refusal(InetAddress.getByName("::1"))).isEmpty();
		assertThat(rules.refusal(InetAddress.getByName("192.168.0.1")).orElseThrow().deniedBy()).isNull();
		assertThat(rules.refusal(InetAddress.getByName("127.0.0.2")).orElseThrow().deniedBy()).hasToString("127.0.0.2/32");
		assertThat(rules.refusal(InetAddress.getByName("::ffff:10.0.0.1"))).isEmpty();
	}

	@Test
	void masksHostBitsOfANetwork() throws Exception {
		NetworkRules rules = NetworkRules.parse("", "10.1.2.3/16");
		assertThat(rules.refusal(InetAddress.getByName("10.1.200.200"))).isPresent();
		assertThat(rules.refusal(InetAddress.getByName("10.2.0.1"))).isEmpty();
	}

	@Test
	void refusesSettingsThatAreNotNetworksWithoutLookingThemUp() {
		for (String entry : new String[] { "metadata.google.internal", "10.0.0.0/33", "fe80::/129", "10.0.0.0/x",
				"::ffff:169.254.0.0/112", "10.0.0/8" }) {
			assertThatThrownBy(() -> NetworkRules.parse("", entry)).as(entry)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("pursight.sources.network.denied");
		}
		assertThatThrownBy(() -> NetworkRules.parse("localhost", ""))
			.hasMessageContaining("pursight.sources.network.allowed");
	}
}
