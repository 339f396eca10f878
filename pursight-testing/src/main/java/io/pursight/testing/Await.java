package io.pursight.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waiting in tests for what happens after a response (events delivered, schedules run): Awaitility
 * with this project's defaults, a check at once and then every 50 ms, for at most {@link #PATIENCE}.
 * Never {@code Thread.sleep}: a sleep is either too short on a busy machine or wasted on an idle one.
 */
public final class Await {

	/** How long a condition may take; generous, because the build machines are shared. */
	public static final Duration PATIENCE = Duration.ofSeconds(20);
	private static final Duration POLL = Duration.ofMillis(50);

	private Await() {
	}

	/** An Awaitility condition factory with the defaults; {@code what} names the wait in a timeout's message. */
	public static ConditionFactory await(String what) {
		return Awaitility.await(what).pollDelay(Duration.ZERO).pollInterval(POLL).atMost(PATIENCE);
	}

	/** Returns once {@code condition} holds; fails naming {@code what} when it does not in time. */
	public static void until(String what, Callable<Boolean> condition) {
		await(what).until(condition);
	}

	/** The first value of {@code supplier} that {@code accepted} takes; fails naming {@code what} when none comes in time. */
	public static <T> T until(String what, Callable<T> supplier, Predicate<? super T> accepted) {
		return await(what).until(supplier, accepted);
	}
}
