package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Email, URL, IP and MAC addresses, coordinates, JWTs, AWS keys, PEM keys, API tokens and wallets. */
class NetworkAndSecretsTests {

	@ParameterizedTest
	@ValueSource(strings = {"a.b@example.com", "LUISG@EMBRAER.COM.BR", "first+tag@sub.example.co.uk", "x_y-z@host.io"})
	void acceptsEmailAddresses(String email) {
		assertThat(EmailAddress.isValid(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"a@b", "a@@b.com", "a..b@example.com", ".a@example.com", "a@example", "a b@example.com",
			"a@example.c0m", "a@-example.com"})
	void rejectsAlmostEmailAddresses(String email) {
		assertThat(EmailAddress.isValid(email)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"https://example.com/path?q=1", "http://localhost:8080/x", "www.example.org",
			"ftp://files.example.com/a.txt", "http://accweb/emmployees/davolio.bmp"})
	void acceptsUrls(String url) {
		assertThat(WebUrl.isValid(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"example.com", "http:/x", "https://exa mple.com", "www.example", "mailto:a@b.com"})
	void rejectsTextThatIsNotAUrl(String url) {
		assertThat(WebUrl.isValid(url)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"192.168.0.1", "8.8.8.8", "10.0.0.0/8", "2001:db8::1", "::1", "fe80::1%eth0",
			"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"})
	void acceptsIpAddresses(String ip) {
		assertThat(IpAddress.isValid(ip)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"256.1.1.1", "1.2.3", "01.2.3.4", "2001:db8:::1", "1.2.3.4.5", "12345::", "abc"})
	void rejectsAlmostIpAddresses(String ip) {
		assertThat(IpAddress.isValid(ip)).isFalse();
	}

	@Test
	void recognisesMacAddressLayouts() {
		assertThat(MacAddress.isFormatted("00:1A:2B:3C:4D:5E")).isTrue();
		assertThat(MacAddress.isFormatted("00-1a-2b-3c-4d-5e")).isTrue();
		assertThat(MacAddress.isFormatted("001a.2b3c.4d5e")).isTrue();
		assertThat(MacAddress.isFormatted("00:1A:2B:3C:4D")).isFalse();
		assertThat(MacAddress.isFormatted("00:1A-2B:3C:4D:5E")).isFalse();
		assertThat(MacAddress.isBare("001A2B3C4D5E")).isTrue();
		assertThat(MacAddress.isBare("001122334455")).isFalse(); // twelve digits are a number
	}

	@Test
	void recognisesCoordinatePairsInRange() {
		assertThat(GeoCoordinates.isPair("40.7128, -74.0060")).isTrue();
		assertThat(GeoCoordinates.isPair("40.7128 N, 74.0060 W")).isTrue();
		assertThat(GeoCoordinates.isPair("POINT(-74.006 40.7128)")).isTrue();
		assertThat(GeoCoordinates.isPair("100.50, 20.10")).isFalse();
		assertThat(GeoCoordinates.isPair("40, 74")).isFalse();
		assertThat(GeoCoordinates.isSingleDegree("-74.0060")).isTrue();
		assertThat(GeoCoordinates.isSingleDegree("1234.567")).isFalse();
	}

	@Test
	void acceptsJwtsWhoseHeaderNamesAnAlgorithm() {
		Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
		String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = enc.encodeToString("{\"sub\":\"42\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(JsonWebToken.isValid(header + "." + payload + ".c2lnbmF0dXJl")).isTrue();
		String noAlg = enc.encodeToString("{\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(JsonWebToken.isValid(noAlg + "." + payload + ".c2ln")).isFalse();
		assertThat(JsonWebToken.isValid("eyJhbGciOiJIUzI1NiJ9.only-two-parts")).isFalse();
	}

	@Test
	void recognisesAwsAccessKeyIdsByPrefixAndLength() {
		assertThat(SecretToken.isAwsAccessKey("AKIAIOSFODNN7EXAMPLE")).isTrue();
		assertThat(SecretToken.isAwsAccessKey("ASIAY34FZKBOKMUTVV7A")).isTrue();
		assertThat(SecretToken.isAwsAccessKey("AKIAIOSFODNN7EXAMPL")).isFalse();
		assertThat(SecretToken.isAwsAccessKey("ABCDIOSFODNN7EXAMPLE")).isFalse();
		assertThat(SecretToken.isAwsAccessKey("AKIAiosfodnn7example")).isFalse();
	}

	@Test
	void recognisesPemPrivateKeysButNotCertificates() {
		assertThat(SecretToken.isPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"))
				.isTrue();
		assertThat(SecretToken.isPrivateKey("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END"))
				.isTrue();
		assertThat(SecretToken.isPrivateKey("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----"))
				.isFalse();
	}

	@Test
	void tellsRandomTokensFromWordsAndIds() {
		assertThat(SecretToken.hasKnownApiKeyPrefix("sk_live_4eC39HqLyjWDarjtT1zdp7dc")).isTrue();
		assertThat(SecretToken.hasKnownApiKeyPrefix("ghp_16C7e42F292c6912E7710c838347Ae178B4a")).isTrue();
		assertThat(SecretToken.looksRandom("9fJ3kLq8ZxP2mN7vT4wR1yB6")).isTrue();
		assertThat(SecretToken.looksRandom("customer_reference_code")).isFalse();
		assertThat(SecretToken.looksRandom("1111111111111111")).isFalse();
	}

	@Test
	void checksBitcoinAndEthereumAddresses() {
		assertThat(CryptoWallet.isValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).isTrue();
		assertThat(CryptoWallet.isValid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isTrue();
		assertThat(CryptoWallet.isValid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).isTrue();
		assertThat(CryptoWallet.isValid("0x52908400098527886E0F7030069857D2E4169EE7")).isTrue();
		assertThat(CryptoWallet.isValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isFalse();
		assertThat(CryptoWallet.isValid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr")).isFalse();
		assertThat(CryptoWallet.isValid("0x52908400098527886E0F7030069857D2E4169EE")).isFalse();
	}
}
