package io.pursight.scan;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Wakes the requests waiting for a run ({@code ?wait=true}) as soon as a worker of this process
 * finishes it. Only a shortcut: a waiter also re-reads the run now and then, since a run may finish
 * on another replica, so a missed signal only costs a little time.
 */
@Component
class RunCompletions {

	private final Map<ScanRunId, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

	/** The signal of the run's end; register it before reading the run, so no end falls between the two. */
	CompletableFuture<Void> watch(ScanRunId run) {
		return waiting.computeIfAbsent(run, id -> new CompletableFuture<>());
	}

	void forget(ScanRunId run) {
		waiting.remove(run);
	}

	/** Called once the run's end is stored. */
	void finished(ScanRunId run) {
		CompletableFuture<Void> signal = waiting.remove(run);
		if (signal != null) {
			signal.complete(null);
		}
	}
}
