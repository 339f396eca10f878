package io.pursight.access.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTests {

	private final AtomicInteger checks = new AtomicInteger();

	@Test
	void refusesAnAccountAfterItsFailuresWithoutCheckingThePassword() {
		LoginThrottle throttle = new LoginThrottle(3, 100, Duration.ofMinutes(15));
		for (int i = 0; i < 3; i++) {
			fail(throttle, "alice", "10.0.0.1");
		}
		assertThatThrownBy(() -> succeed(throttle, "ALICE", "10.0.0.2")).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
			assertThat(p.properties().get(Problem.RETRY_AFTER_SECONDS)).isInstanceOf(Long.class);
			assertThat((Long) p.properties().get(Problem.RETRY_AFTER_SECONDS)).isBetween(1L, 15 * 60L);
		});
		assertThat(checks).as("the password was never checked once refused").hasValue(3);
		assertThat(succeed(throttle, "bob", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void refusesAnAddressThatFailsForManyAccounts() {
		LoginThrottle throttle = new LoginThrottle(100, 3, Duration.ofMinutes(15));
		fail(throttle, "a", "10.0.0.9");
		fail(throttle, "b", "10.0.0.9");
		fail(throttle, "c", "10.0.0.9");
		assertThatThrownBy(() -> succeed(throttle, "d", "10.0.0.9")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("this address"));
		assertThat(succeed(throttle, "d", "10.0.0.10")).isEqualTo("tokens");
	}

	@Test
	void aSuccessfulLoginForgivesEarlierFailures() {
		LoginThrottle throttle = new LoginThrottle(3, 100, Duration.ofMinutes(15));
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		succeed(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void failuresThatAreNotWrongPasswordsDoNotCount() {
		LoginThrottle throttle = new LoginThrottle(1, 1, Duration.ofMinutes(15));
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> throttle.attempt("alice", "10.0.0.1", () -> {
				throw new IllegalStateException("store down");
			})).isInstanceOf(IllegalStateException.class);
		}
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void failuresAreForgottenAsTheWindowPasses() throws InterruptedException {
		LoginThrottle throttle = new LoginThrottle(2, 100, Duration.ofMillis(400));
		fail(throttle, "alice", "10.0.0.1");
		fail(throttle, "alice", "10.0.0.1");
		assertThatThrownBy(() -> succeed(throttle, "alice", "10.0.0.1")).isInstanceOf(Problem.class);
		Thread.sleep(600);
		assertThat(succeed(throttle, "alice", "10.0.0.1")).isEqualTo("tokens");
	}

	@Test
	void refusesSettingsThatWouldLockEveryoneOutOrNobody() {
		assertThatThrownBy(() -> new LoginThrottle(0, 30, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottle(5, 30, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
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
