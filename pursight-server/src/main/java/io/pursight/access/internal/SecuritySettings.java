package io.pursight.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of access control ({@code pursight.security.*}), with their defaults, checked at
 * start. A setting left out or empty takes its default (application.yml maps the short
 * environment variables onto these keys, empty when unset).
 *
 * @param adminUsername    the first platform administrator, created when there are no users
 * @param adminPassword    its password; empty: generated and printed once
 * @param jwtSecret        base64 HMAC key (at least 32 bytes) signing access tokens; empty: generated into the data directory
 * @param accessTokenTtl   how long an access token is accepted
 * @param refreshTokenTtl  how long a refresh token, and so a session without activity, lives
 * @param publicMetrics    whether anyone may read /actuator/prometheus (otherwise platform administrators only)
 * @param sessionCheckCache how long a replica remembers that a session is alive
 * @param loginThrottle    the allowances of failed logins
 */
@ConfigurationProperties("pursight.security")
record SecuritySettings(String adminUsername, String adminPassword, String jwtSecret, Duration accessTokenTtl,
		Duration refreshTokenTtl, Boolean publicMetrics, Duration sessionCheckCache, Throttle loginThrottle) {

	SecuritySettings {
		adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername.strip();
		adminPassword = adminPassword == null ? "" : adminPassword;
		jwtSecret = jwtSecret == null ? "" : jwtSecret;
		accessTokenTtl = positive("access-token-ttl", accessTokenTtl, Duration.ofMinutes(15));
		refreshTokenTtl = positive("refresh-token-ttl", refreshTokenTtl, Duration.ofDays(14));
		publicMetrics = publicMetrics != null && publicMetrics;
		sessionCheckCache = sessionCheckCache == null ? Duration.ofSeconds(5) : sessionCheckCache;
		if (sessionCheckCache.isNegative()) {
			throw new IllegalArgumentException("pursight.security.session-check-cache must not be negative (got "
					+ sessionCheckCache + "); 0 checks the store on every request");
		}
		loginThrottle = loginThrottle == null ? new Throttle(null, null, null, null, null) : loginThrottle;
	}

	/** The defaults, as if nothing were configured. */
	static SecuritySettings defaults() {
		return new SecuritySettings(null, null, null, null, null, null, null, null);
	}

	/**
	 * Failed logins allowed per account name from one client address, per address over all
	 * accounts, and per account over all addresses, refilled evenly over the window.
	 *
	 * @param accountFailures the old name of {@code accountAddressFailures}: no longer read, only warned about
	 */
	record Throttle(Integer accountAddressFailures, Integer addressFailures, Integer accountCeiling, Duration window,
			String accountFailures) {

		Throttle {
			accountAddressFailures = accountAddressFailures == null ? 5 : accountAddressFailures;
			addressFailures = addressFailures == null ? 30 : addressFailures;
			accountCeiling = accountCeiling == null ? 100 : accountCeiling;
			window = window == null ? Duration.ofMinutes(15) : window;
			accountFailures = accountFailures == null ? "" : accountFailures;
			if (accountAddressFailures < 1 || addressFailures < 1 || accountCeiling < 1 || window.isNegative()
					|| window.isZero()) {
				throw new IllegalArgumentException("pursight.security.login-throttle needs failures of at least 1 and "
						+ "a positive window (got account-address-failures " + accountAddressFailures
						+ ", address-failures " + addressFailures + ", account-ceiling " + accountCeiling + ", window "
						+ window + ")");
			}
			if (accountCeiling < accountAddressFailures) {
				throw new IllegalArgumentException("pursight.security.login-throttle.account-ceiling (" + accountCeiling
						+ ") must be at least account-address-failures (" + accountAddressFailures
						+ "), or one address could lock an account for everyone");
			}
		}

		/** A factory, not a constructor: with a second constructor the binder would not know which one to bind. */
		static Throttle of(int accountAddressFailures, int addressFailures, int accountCeiling, Duration window) {
			return new Throttle(accountAddressFailures, addressFailures, accountCeiling, window, null);
		}
	}

	private static Duration positive(String key, Duration value, Duration fallback) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("pursight.security." + key + " must be a positive duration like 15m or "
					+ "14d (got " + value + ")");
		}
		return value;
	}
}
