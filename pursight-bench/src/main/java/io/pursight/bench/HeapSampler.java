package io.pursight.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows a server's heap in use by reading its {@code /actuator/prometheus} every
 * {@code interval} (the sum of {@code jvm_memory_used_bytes} over the {@code area="heap"} pools,
 * Micrometer's {@code jvm.memory.used} tagged {@code area:heap}). Keeps the largest value seen
 * overall and since {@link #takeWindowMax()} was last called. A sample misses what comes and goes
 * between two reads: the GC log ({@link ServerProcess#gcPeaks()}) has the peaks.
 */
public final class HeapSampler implements AutoCloseable {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private final HttpRequest request;
	private final Duration interval;
	private final AtomicLong overall = new AtomicLong();
	private final AtomicLong window = new AtomicLong();
	private final Thread thread;
	private volatile boolean running = true;
	private volatile int samples;

	public HeapSampler(String baseUrl, Duration interval) {
		this.request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus")).timeout(Duration.ofSeconds(5))
				.build();
		this.interval = interval;
		this.thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::loop);
	}

	private void loop() {
		while (running) {
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					long used = heapUsed(response.body());
					overall.accumulateAndGet(used, Math::max);
					window.accumulateAndGet(used, Math::max);
					samples++;
				}
				Thread.sleep(interval);
			}
			catch (InterruptedException e) {
				return;
			}
			catch (Exception e) {
				// a busy or stopping server misses a sample; the next one counts
			}
		}
	}

	/** The heap in use in a Prometheus exposition: the sum over the heap pools. */
	static long heapUsed(String exposition) {
		double sum = 0;
		for (String line : exposition.split("\n")) {
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return (long) sum;
	}

	public long overallMax() {
		return overall.get();
	}

	/** The largest heap seen since the last call, and starts a new window. */
	public long takeWindowMax() {
		return window.getAndSet(0);
	}

	public int samples() {
		return samples;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.interrupt();
		thread.join(5_000);
	}
}
