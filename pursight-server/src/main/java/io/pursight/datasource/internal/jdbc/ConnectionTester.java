package io.pursight.datasource.internal.jdbc;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionErrorCode;
import io.pursight.datasource.ConnectionSpec;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tests whether PurSight can log in to a source and reports how, in a {@link ConnectionCheck}. The attempt
 * runs on its own virtual thread and is given up after the time limit even when a driver ignores its own
 * timeouts; a connection that arrives late is closed by that thread. Thread-safe; never throws for an
 * unreachable or misconfigured source.
 */
public final class ConnectionTester {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final Duration timeout;
	private final ConnectionFactory factory;

	public ConnectionTester() {
		this(DEFAULT_TIMEOUT);
	}

	/** @param timeout the limit for the whole test: resolving, connecting, logging in; positive */
	public ConnectionTester(Duration timeout) {
		this(new ConnectionFactory(timeout, timeout));
	}

	/** Tests through the given factory, with its connect timeout as the limit for the whole test. */
	public ConnectionTester(ConnectionFactory factory) {
		this(factory, factory.connectTimeout());
	}

	/** Tests through the factory but gives up after {@code timeout}, whatever the factory's own limits. */
	ConnectionTester(ConnectionFactory factory, Duration timeout) {
		this.factory = Objects.requireNonNull(factory, "factory");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive");
		}
	}

	/**
	 * Connects once, reads the server version and disconnects; the factory does not know the workspace, so its
	 * policy refuses what needs one. Prefer {@link #test(WorkspaceId, ConnectionSpec)}. Never returns null.
	 */
	public ConnectionCheck test(ConnectionSpec spec) {
		return test(null, spec);
	}

	/**
	 * Connects once for a workspace's source, reads the server version and disconnects. Never returns null.
	 *
	 * @throws Problem (400) when the factory's policy refuses the connection: that is not a property of the
	 * source's health but a rule the user has to hear about, and it says nothing about the server
	 */
	public ConnectionCheck test(WorkspaceId workspace, ConnectionSpec spec) {
		Objects.requireNonNull(spec, "spec");
		long started = System.nanoTime();
		CompletableFuture<String> attempt = new CompletableFuture<>();
		Thread worker = Thread.ofVirtual().name("pursight-connection-test").start(() -> {
			try (Connection connection = factory.open(workspace, spec)) {
				DatabaseMetaData metaData = connection.getMetaData();
				attempt.complete(metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion());
			}
			catch (Throwable e) {
				attempt.completeExceptionally(e);
			}
		});
		try {
			String version = attempt.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return ConnectionCheck.succeeded(elapsedMillis(started), version);
		}
		catch (TimeoutException e) {
			worker.interrupt();
			return failed(started, ConnectionFailures.timeout(spec, timeout));
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof Problem refused) {
				throw refused;
			}
			return failed(started, ConnectionFailures.explain(spec, e.getCause()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			worker.interrupt();
			return ConnectionCheck.failed(elapsedMillis(started), ConnectionErrorCode.TIMEOUT,
					"The connection test was cancelled before it finished; run it again.");
		}
	}

	/**
	 * The failed check for an exception met while connecting or reading elsewhere (for example during
	 * discovery), classified like a test failure. Never returns null.
	 */
	public ConnectionCheck explain(ConnectionSpec spec, Throwable error, long latencyMillis) {
		ConnectionFailures.Failure failure = ConnectionFailures.explain(spec, error);
		return ConnectionCheck.failed(latencyMillis, failure.code(), failure.message());
	}

	private static ConnectionCheck failed(long started, ConnectionFailures.Failure failure) {
		return ConnectionCheck.failed(elapsedMillis(started), failure.code(), failure.message());
	}

	private static long elapsedMillis(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}
}
