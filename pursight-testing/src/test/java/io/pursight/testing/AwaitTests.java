package io.pursight.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwaitTests {

	@Test
	void returnsTheFirstValueThatIsAccepted() {
		AtomicInteger polls = new AtomicInteger();
		assertThat(Await.until("the third poll", polls::incrementAndGet, n -> n >= 3)).isEqualTo(3);
	}

	@Test
	void checksAtOnceWithoutWaitingAPollInterval() {
		long started = System.nanoTime();
		Await.until("something already true", () -> true);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Await.PATIENCE);
	}

	@Test
	void aTimeoutNamesWhatWasAwaited() {
		assertThatThrownBy(() -> Await.await("the audit event").atMost(Duration.ofMillis(200)).until(() -> false))
				.isInstanceOf(ConditionTimeoutException.class).hasMessageContaining("the audit event");
	}
}
