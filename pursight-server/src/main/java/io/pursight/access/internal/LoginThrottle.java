package io.pursight.access.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Each account name and each client address has a bucket of
 * failed logins (by default 5 and 30, refilled evenly over 15 minutes). An attempt takes a
 * token from both before the password is checked and a successful login gives them back, so
 * only failures count. An empty bucket answers 429 with {@code Retry-After}, the same way
 * whether the account exists or not. Buckets live in this process: with several replicas,
 * each one limits on its own.
 */
@Component
public class LoginThrottle {

	/** Bounds the memory a spray of invented account names can take. */
	private static final int MAX_TRACKED = 100_000;

	private final Cache<String, Bucket> accounts;
	private final Cache<String, Bucket> addresses;
	private final int accountFailures;
	private final int addressFailures;
	private final Duration window;

	LoginThrottle(@Value("${pursight.security.login-throttle.account-failures}") int accountFailures,
			@Value("${pursight.security.login-throttle.address-failures}") int addressFailures,
			@Value("${pursight.security.login-throttle.window}") Duration window) {
		if (accountFailures < 1 || addressFailures < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("pursight.security.login-throttle needs failures of at least 1 and a "
					+ "positive window (got " + accountFailures + ", " + addressFailures + ", " + window + ")");
		}
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.accounts = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
		this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).build();
	}

	/** Runs {@code login} unless the account or the address has failed too often lately. */
	public <T> T attempt(String username, String clientAddress, Supplier<T> login) {
		Bucket account = accounts.get(username.toLowerCase(Locale.ROOT), k -> bucket(accountFailures));
		Bucket address = addresses.get(clientAddress, k -> bucket(addressFailures));
		take(account, "this account");
		try {
			take(address, "this address");
		}
		catch (Problem refused) {
			account.addTokens(1);
			throw refused;
		}
		try {
			T result = login.get();
			account.reset();
			address.addTokens(1);
			return result;
		}
		catch (RuntimeException e) {
			if (!(e instanceof Problem problem && problem.kind() == ProblemKind.UNAUTHENTICATED)) {
				// not a wrong password (a store outage, say): it must not count against anyone
				account.addTokens(1);
				address.addTokens(1);
			}
			throw e;
		}
	}

	private Bucket bucket(int failures) {
		return Bucket.builder().addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window)).build();
	}

	private static void take(Bucket bucket, String what) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw Problem.tooManyRequests("Too many failed logins for " + what + ". Try again in " + seconds
					+ " seconds.", Duration.ofSeconds(seconds));
		}
	}
}
