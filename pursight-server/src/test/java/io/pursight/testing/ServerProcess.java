package io.pursight.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The PurSight server as a process of its own, for the tests that must really kill one ({@link #kill}: SIGKILL on
 * Linux, no shutdown hook, no graceful stop) or really run two on one store. It runs the JVM of the tests with
 * their class path minus the test classes (whose nested configurations would otherwise join the server's
 * component scan), on a metadata store on the machine's PostgreSQL, in a data directory of its own, writing to
 * {@code server.log} there (deleted with the directory on {@link #close}). Every process of a {@link Store} shares its keys (the master key that seals source
 * passwords, the token key), as replicas of one installation must. A process left running when the test JVM
 * exits is killed then.
 */
public final class ServerProcess implements AutoCloseable {

	public static final String ADMIN = ServerTestSupport.ADMIN;
	public static final String ADMIN_PASSWORD = ServerTestSupport.ADMIN_PASSWORD;
	private static final Duration STARTUP = Duration.ofMinutes(5);
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	/** Processes not yet ended: what the exit hook kills. */
	private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
				"kill-server-processes"));
	}

	private final String name;
	private final Process process;
	private final int port;
	private final Path log;
	private Api admin;

	private ServerProcess(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * A metadata store for server processes: a throw-away PostgreSQL database and the keys its processes share.
	 * Closing it stops the processes it started, then drops the database.
	 */
	public static final class Store implements AutoCloseable {

		private final ThrowawayDatabase database = DatabaseServer.POSTGRESQL.create("pursight_store");
		private final String masterKey = randomKey();
		private final String jwtSecret = randomKey();
		private final Map<String, String> settings = new TreeMap<>();
		private final List<ServerProcess> started = new ArrayList<>();

		/** A setting every process of this store starts with (on top of the defaults of {@link #start}). */
		public Store with(String key, String value) {
			settings.put(key, value);
			return this;
		}

		/** Starts a server process on this store and waits until it answers its health check. */
		public ServerProcess start(String name) {
			ServerProcess process = ServerProcess.start(name, this);
			started.add(process);
			return process;
		}

		public String url() {
			return database.url();
		}

		public String name() {
			return database.name();
		}

		@Override
		public void close() {
			try {
				started.forEach(ServerProcess::close);
			}
			finally {
				database.close();
			}
		}

		private static String randomKey() {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			return Base64.getEncoder().encodeToString(key);
		}
	}

	private static ServerProcess start(String name, Store store) {
		Path dataDir;
		int port;
		try {
			dataDir = Files.createTempDirectory("pursight-process-" + name);
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> settings = new TreeMap<>();
		settings.put("server.port", Integer.toString(port));
		settings.put("spring.datasource.url", store.url());
		settings.put("spring.datasource.username", DatabaseServer.POSTGRESQL.user());
		settings.put("spring.datasource.password", DatabaseServer.POSTGRESQL.password());
		settings.put("pursight.data-dir", dataDir.toString());
		settings.put("pursight.master-key", store.masterKey);
		settings.put("pursight.security.jwt-secret", store.jwtSecret);
		settings.put("pursight.security.admin-password", ADMIN_PASSWORD);
		settings.put("pursight.security.access-token-ttl", "2h");
		settings.put("pursight.demo.enabled", "false");
		settings.put("pursight.jobs.polling-interval", "500ms");
		settings.put("pursight.jobs.heartbeat-interval", "1s");
		settings.put("pursight.scan.stale-run-check-interval", "1s");
		settings.put("pursight.sources.health-check-interval", "1h");
		settings.putAll(store.settings);

		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException(
				"the command of the test JVM is unknown: cannot start a server process")));
		command.add("-Xmx384m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(serverClassPath());
		settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("io.pursight.PursightApplication");
		Path log = dataDir.resolve("server.log");
		Process process;
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			// the environment's PURSIGHT_* variables must not steer the process under test
			builder.environment().keySet().removeIf(key -> key.startsWith("PURSIGHT_"));
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		LIVE.add(process);
		ServerProcess server = new ServerProcess(name, process, port, log);
		try {
			server.awaitHealthy();
		}
		catch (RuntimeException | AssertionError e) {
			server.kill();
			throw e;
		}
		return server;
	}

	/** The tests' class path without their compiled test classes: what the server itself runs on. */
	private static String serverClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !Path.of(entry).endsWith("test-classes"))
				.collect(Collectors.joining(File.pathSeparator));
	}

	private void awaitHealthy() {
		try {
			await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).until(this::healthy);
		}
		catch (ConditionTimeoutException e) {
			throw new AssertionError("server process " + name + " did not answer within " + STARTUP + ":\n" + tail(80));
		}
	}

	/** Whether the process answers its health check; fails at once when it has exited. */
	private boolean healthy() throws InterruptedException {
		if (!process.isAlive()) {
			throw new AssertionError("server process " + name + " exited with " + process.exitValue()
					+ " while starting:\n" + tail(80));
		}
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
		}
		catch (IOException notYet) {
			return false; // not listening yet
		}
	}

	/** A client logged in as the administrator (once per process). */
	public synchronized Api admin() {
		if (admin == null) {
			admin = Api.at(port).login(ADMIN, ADMIN_PASSWORD);
		}
		return admin;
	}

	/** The same session on this process: tokens are signed with the key every process of the store shares. */
	public Api as(Api session) {
		return Api.at(port).as(session.token());
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	/** How the process names itself in what it records ({@code scan_tasks.processed_by}): {@code pid@host}. */
	public String processPrefix() {
		return pid() + "@";
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Kills the process at once (SIGKILL on Linux: no shutdown hook, nothing finished) and waits until it is gone. */
	public void kill() {
		process.destroyForcibly();
		awaitExit(Duration.ofSeconds(20));
	}

	/** Stops the process gracefully (SIGTERM), killing it if it has not stopped within a minute. */
	public void stop() {
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			kill();
		}
		LIVE.remove(process);
	}

	private void awaitExit(Duration atMost) {
		try {
			if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("server process " + name + " (pid " + pid() + ") survived its kill");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		if (ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false)) {
			throw new AssertionError("server process " + name + " (pid " + pid() + ") is still alive");
		}
		LIVE.remove(process);
	}

	/** The exit code; only for an ended process. On Linux a killed one ends with 137 (128 + SIGKILL). */
	public int exitValue() {
		return process.exitValue();
	}

	/** The last lines of the process's log, for failure messages. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	public Path log() {
		return log;
	}

	public String base() {
		return "http://127.0.0.1:" + port;
	}

	/**
	 * Ends the process if it still runs (killed: tests close what they are done with), writes the end of its log to
	 * the standard output (which the test report keeps) and deletes its data directory.
	 */
	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
		LIVE.remove(process);
		System.out.println(this + ", exit code " + process.exitValue() + ", the end of its log:\n" + tail(60));
		try (Stream<Path> files = Files.walk(log.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			// a leftover temporary directory is no reason to fail a test
		}
	}

	@Override
	public String toString() {
		return "server process " + name + " (pid " + pid() + ", port " + port + ")";
	}
}
