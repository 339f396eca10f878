package io.pursight.platform.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.pursight.common.Problem;
import io.pursight.platform.CpuHeavy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits how much CPU-heavy work runs at once: {@code pursight.api.cpu-heavy-concurrency} permits
 * (default one less than the processors, at least one). Requests run on virtual threads, and a
 * virtual thread that computes holds its carrier thread, of which there are as many as
 * processors: without this limit a few heavy requests stall every other request. Work that gets
 * no permit within {@code pursight.api.cpu-heavy-wait} is refused with 429, not queued.
 * Operations declare themselves with {@link CpuHeavy}; other work can use {@link #run}.
 */
@Component
@EnableConfigurationProperties(ApiSettings.class)
public class CpuHeavyBulkhead {

	/** What a refused client is told to wait: about the longest budgeted heavy operation. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final int concurrency;
	private final Duration maxWait;
	private final Semaphore permits;

	CpuHeavyBulkhead(ApiSettings settings) {
		this.concurrency = settings.cpuHeavyPermits();
		this.maxWait = settings.cpuHeavyWait();
		this.permits = new Semaphore(this.concurrency, true);
	}

	/**
	 * Takes a permit, waiting at most the configured time; close it when the work is done.
	 *
	 * @throws Problem 429 with {@code Retry-After} when no permit became free
	 */
	public Permit enter() {
		try {
			if (permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
				return new Permit();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		throw Problem.tooManyRequests("The server is busy with other compute-heavy requests (such as rule tests). Retry in "
				+ RETRY_AFTER.toSeconds() + " seconds.", RETRY_AFTER);
	}

	/** Runs the work under a permit; see {@link #enter()}. */
	public <T> T run(Supplier<T> work) {
		try (Permit permit = enter()) {
			return work.get();
		}
	}

	/** How many permits there are. */
	public int concurrency() {
		return concurrency;
	}

	/** A held permit; closing it more than once releases it once. */
	public final class Permit implements AutoCloseable {
		private final AtomicBoolean held = new AtomicBoolean(true);

		private Permit() {
		}

		@Override
		public void close() {
			if (held.compareAndSet(true, false)) {
				permits.release();
			}
		}
	}
}
