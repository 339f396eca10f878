package io.pursight.access.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock others out. Three buckets of
 * failed attempts, refilled evenly over the window: per account name and client address (by
 * default 5: the usual guesser), per address over all accounts (30: one address spraying many
 * names), and per account over all addresses (100: a ceiling against guessing spread over many
 * addresses, high enough that one address cannot reach it). So failures from an attacker's
 * address never stop the owner logging in from theirs. An attempt takes a token from each before
 * the password is checked; a success gives them back and forgives its account and address, so
 * only failures count. An empty bucket answers 429 with {@code Retry-After}, the same whether the
 * account exists or not. Buckets live in this process: with several replicas each limits on its own.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
	/** Bounds the memory a spray of invented account names can take. */
	private static final int MAX_TRACKED = 100_000;

	private final Cache<String, Bucket> pairs;
	private final Cache<String, Bucket> addresses;
	private final Cache<String, Bucket> accounts;
	private final int pairFailures;
	private final int addressFailures;
	private final int accountCeiling;
	private final Duration window;
	private final TimeMeter clock;

	@Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings.loginThrottle(), Ticker.systemTicker());
		SecuritySettings.Throttle throttle = settings.loginThrottle();
		if (!throttle.accountFailures().isBlank()) {
			log.warn("pursight.security.login-throttle.account-failures is no longer read: failures per account are now "
					+ "counted per client address (account-address-failures, {}) under a ceiling over all addresses "
					+ "(account-ceiling, {})", throttle.accountAddressFailures(), throttle.accountCeiling());
		}
	}

	/** With a ticker of nanoseconds that tests move by hand. */
	LoginThrottle(int pairFailures, int addressFailures, int accountCeiling, Duration window, Ticker ticker) {
		this(SecuritySettings.Throttle.of(pairFailures, addressFailures, accountCeiling, window), ticker);
	}

	private LoginThrottle(SecuritySettings.Throttle settings, Ticker ticker) {
		this.pairFailures = settings.accountAddressFailures();
		this.addressFailures = settings.addressFailures();
		this.accountCeiling = settings.accountCeiling();
		this.window = settings.window();
		this.clock = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return ticker.read();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}
		};
		this.pairs = cache(ticker);
		this.addresses = cache(ticker);
		this.accounts = cache(ticker);
	}

	/**
	 * Runs {@code login} unless the account from this address, the address, or the account has
	 * failed too often lately. A {@link ProblemKind#UNAUTHENTICATED} problem or a
	 * {@link WrongPassword} from {@code login} counts as a failure; anything else does not.
	 */
	<T> T attempt(String username, String clientAddress, Supplier<T> login) {
		String account = UserName.of(username).key();
		Bucket pair = pairs.get(account + '\u0000' + clientAddress, k -> bucket(pairFailures));
		Bucket address = addresses.get(clientAddress, k -> bucket(addressFailures));
		Bucket ceiling = accounts.get(account, k -> bucket(accountCeiling));
		List<Bucket> taken = new ArrayList<>(3);
		take(pair, "for this account from your address", taken);
		take(address, "from your address", taken);
		take(ceiling, "for this account", taken);
		try {
			T result = login.get();
			pair.reset();
			address.addTokens(1);
			ceiling.addTokens(1);
			return result;
		}
		catch (RuntimeException e) {
			boolean wrongPassword = e instanceof WrongPassword
					|| e instanceof Problem problem && problem.kind() == ProblemKind.UNAUTHENTICATED;
			if (!wrongPassword) {
				// not a wrong password (a store outage, say): it must not count against anyone
				taken.forEach(b -> b.addTokens(1));
			}
			throw e;
		}
	}

	private Cache<String, Bucket> cache(Ticker ticker) {
		return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(window).ticker(ticker).build();
	}

	private Bucket bucket(int failures) {
		return Bucket.builder().withCustomTimePrecision(clock)
				.addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window)).build();
	}

	/** Takes a token, or gives back those taken so far and refuses. */
	private static void take(Bucket bucket, String what, List<Bucket> taken) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			taken.forEach(b -> b.addTokens(1));
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw Problem.tooManyRequests("Too many failed logins " + what + ". Try again in " + seconds
					+ " seconds.", Duration.ofSeconds(seconds));
		}
		taken.add(bucket);
	}
}
