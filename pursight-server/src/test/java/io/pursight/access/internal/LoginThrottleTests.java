package io.pursight.access.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Ticker;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.testing.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private final AtomicInteger checks = new AtomicInteger();
	private final TestClock time = TestClock.at("2026-01-15T09:00:00Z");
	private final Ticker clock = time::nanoTime;

	@Test
	void anAttackerFailingForAnAccountDoesNotLockItsOwnerOutFromTheirAddress() {
		LoginThrottle throttle = new LoginThrottle(5, 30, 100, WINDOW, clock);
		for (int i = 0; i < 20; i++) {
			attempt(throttle, "admin", "203.0.113.66");
		}
		assertThat(checks).as("the attacker's address is refused after 5 failures").hasValue(5);
		assertThatThrownBy(() -> succeed(throttle, "admin", "203.0.113.66")).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
			assertThat(p.getMessage()).contains("for this account from your address");
			assertThat((Long) p.properties().get(Problem.RETRY_AFTER_SECONDS)).isBetween(1L, 15 * 60L);
		});

		assertThat(succeed(throttle, "admin", "198.51.100.7")).as("the owner, from their own address").isEqualTo("tokens");
		assertThat(succeed(throttle, "ADMIN", "198.51.100.7")).as("in any spelling of the name").isEqualTo("tokens");
	}

	@Test
	void aSprayFromManyAddressesAtOneAccountHitsTheAccountCeiling() {
		LoginThrottle throttle = new LoginThrottle(5, 30, 100, WINDOW, clock);
		for (int address = 0; address < 25; address++) {
			for (int i = 0; i < 4; i++) {
				fail(throttle, "dana", "198.18.0." + address);
			}
		}
		assertThat(checks).hasValue(100);

		assertThatThrownBy(() -> succeed(throttle, "Dana", "198.18.1.1")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("Too many failed logins for this account."));
		assertThat(checks).as("refused before the password is checked").hasValue(100);
		assertThat(succeed(throttle, "erin", "198.18.1.1")).as("other accounts").isEqualTo("tokens");
	}

	@Test
	void refusesAnAddressThatFailsForManyAccounts() {
		LoginThrottle throttle = new LoginThrottle(5, 3, 100, WINDOW, clock);
		fail(throttle, "a", "10.0.0.9");
		fail(throttle, "b", "10.0.0.9");
		fail(throttle, "c", "10.0.0.9");
		assertThatThrownBy(() -> succeed(throttle, "d", "10.0.0.9")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("from your address"));
		assertThat(succeed(throttle, "d", "10.0.0.10")).isEqualTo("tokens");
	}

	@Test
	void aRefusalTakesNothingFromTheOtherBuckets() {
		LoginThrottle throttle = new LoginThrottle(2, 100, 3, WINDOW, clock);
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		for (int i = 0; i < 10; i++) {
			attempt(throttle, "alice", "10.0.0.1");
		}
		// refusals of the pair gave back what they took from the ceiling: one failure remains elsewhere
		fail(throttle, "alice", "10.0.0.2");
		assertThatThrownBy(() -> succeed(throttle, "alice", "10.0.0.3")).isInstanceOf(Problem.class);
	}

	@Test
	void aSuccessfulLoginForgivesEarlierFailuresFromItsAddress() {
		LoginThrottle throttle = new LoginThrottle(3, 100, 100, WINDOW, clock);
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		succeed(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void wrongCurrentPasswordsCountLikeFailedLogins() {
		LoginThrottle throttle = new LoginThrottle(2, 100, 100, WINDOW, clock);
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> throttle.attempt("alice", "10.0.0.1", () -> {
				throw new WrongPassword(ProblemKind.FORBIDDEN, "The current password is wrong.");
			})).isInstanceOf(WrongPassword.class);
		}
		assertThatThrownBy(() -> succeed(throttle, "alice", "10.0.0.1")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS));
	}

	@Test
	void failuresThatAreNotWrongPasswordsDoNotCount() {
		LoginThrottle throttle = new LoginThrottle(1, 1, 1, WINDOW, clock);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> throttle.attempt("alice", "10.0.0.1", () -> {
				throw new IllegalStateException("store down");
			})).isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> throttle.attempt("alice", "10.0.0.1", () -> {
				throw Problem.invalid("The password is too easy to guess.");
			})).isInstanceOf(Problem.class);
		}
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void failuresAreForgottenAsTheWindowPasses() {
		LoginThrottle throttle = new LoginThrottle(2, 100, 100, WINDOW, clock);
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		assertThatThrownBy(() -> succeed(throttle, "alice", "10.0.0.1")).isInstanceOf(Problem.class);

		time.advance(WINDOW.dividedBy(2).plusNanos(1));
		fail(throttle, "alice", "10.0.0.1");
		assertThatThrownBy(() -> succeed(throttle, "alice", "10.0.0.1")).as("half the window gave back one failure")
				.isInstanceOf(Problem.class);

		time.advance(WINDOW);
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void refusesSettingsThatWouldLockEveryoneOutOrNobody() {
		assertThatThrownBy(() -> new LoginThrottle(0, 30, 100, WINDOW, clock)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottle(5, 30, 100, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottle(5, 30, 4, WINDOW, clock)).as("a ceiling below the per-address allowance")
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account-ceiling");
	}

	/** A wrong password, whether or not the throttle lets it be checked. */
	private void attempt(LoginThrottle throttle, String username, String address) {
		assertThatThrownBy(() -> throttle.attempt(username, address, () -> {
			checks.incrementAndGet();
			throw new WrongPassword(ProblemKind.UNAUTHENTICATED, "Wrong user name or password.");
		})).isInstanceOf(Problem.class);
	}

	private void fail(LoginThrottle throttle, String username, String address) {
		assertThatThrownBy(() -> throttle.attempt(username, address, () -> {
			checks.incrementAndGet();
			throw new Problem(ProblemKind.UNAUTHENTICATED, "Wrong user name or password.");
		})).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED));
	}

	private String succeed(LoginThrottle throttle, String username, String address) {
		return throttle.attempt(username, address, () -> {
			checks.incrementAndGet();
			return "tokens";
		});
	}
}
