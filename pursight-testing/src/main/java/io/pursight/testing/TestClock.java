package io.pursight.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when a test moves it, so that windows, expiries and retries are tested
 * without waiting. It is a {@link Clock} for code that asks the time, and a nanosecond reading
 * ({@link #nanoTime()}, e.g. a Caffeine {@code Ticker} as {@code clock::nanoTime}) for code that
 * measures durations. Safe to read from several threads; copies made by {@link #withZone} move together.
 */
public final class TestClock extends Clock {

	/** Nanoseconds since the epoch; one counter for every zone view. */
	private final AtomicLong nanos;
	private final ZoneId zone;

	private TestClock(AtomicLong nanos, ZoneId zone) {
		this.nanos = nanos;
		this.zone = zone;
	}

	/** A clock reading {@code start} in UTC. */
	public static TestClock at(Instant start) {
		return new TestClock(new AtomicLong(toNanos(start)), ZoneOffset.UTC);
	}

	/** A clock reading {@code start}, an ISO-8601 instant such as {@code 2026-01-15T09:00:00Z}, in UTC. */
	public static TestClock at(String start) {
		return at(Instant.parse(start));
	}

	/** Moves the clock forward; time never goes back. */
	public TestClock advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("a clock only moves forward, not by " + duration);
		}
		nanos.addAndGet(duration.toNanos());
		return this;
	}

	/** A monotonic reading in nanoseconds that moves exactly as {@link #advance} says. */
	public long nanoTime() {
		return nanos.get();
	}

	@Override
	public Instant instant() {
		long now = nanos.get();
		return Instant.ofEpochSecond(Math.floorDiv(now, 1_000_000_000L), Math.floorMod(now, 1_000_000_000L));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public TestClock withZone(ZoneId zone) {
		return new TestClock(nanos, Objects.requireNonNull(zone, "zone"));
	}

	@Override
	public String toString() {
		return "TestClock[" + instant() + ", " + zone + "]";
	}

	private static long toNanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}
}
