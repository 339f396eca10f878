package io.pursight.bench;

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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PurSight server in a JVM of its own, started from this harness's class path with a heap
 * limit ({@code -Xmx}), so that what the server holds is measured apart from the harness and a
 * server that needs more than its limit fails the run: it exits on its first {@link OutOfMemoryError}
 * rather than limp on with a scan run that will never end. Fresh data directory (deleted on close),
 * administrator password generated for the run, metrics readable without a token so that
 * {@link HeapSampler} can follow the heap, and a GC log whose collections give the heap's peaks.
 */
public final class ServerProcess implements AutoCloseable {

	private static final Pattern GC_PAUSE = Pattern.compile("Pause.*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private final Process process;
	private final Path dataDir;
	private final String baseUrl;
	private final String adminPassword;

	private ServerProcess(Process process, Path dataDir, String baseUrl, String adminPassword) {
		this.process = process;
		this.dataDir = dataDir;
		this.baseUrl = baseUrl;
		this.adminPassword = adminPassword;
	}

	/** Starts the server with at most {@code heap} of heap ({@code 512m}…) and {@code properties} on top of the defaults. */
	public static ServerProcess start(String heap, Map<String, String> properties) throws IOException, InterruptedException {
		Path dataDir = Files.createTempDirectory("pursight-bench-server-");
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		String adminPassword = HexFormat.of().formatHex(secret);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Map<String, String> all = new LinkedHashMap<>();
		all.put("server.port", String.valueOf(port));
		all.put("server.address", "127.0.0.1");
		all.put("pursight.data-dir", dataDir.toString());
		all.put("pursight.demo.enabled", "false");
		all.put("pursight.security.admin-password", adminPassword);
		all.put("pursight.security.access-token-ttl", "4h"); // a long scan outlives the default quarter of an hour
		all.put("pursight.security.public-metrics", "true");
		all.put("pursight.sources.health-check-interval", "1h");
		all.put("spring.main.banner-mode", "off");
		all.put("logging.level.root", "WARN");
		all.putAll(properties);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + dataDir.resolve("gc.log"), "-cp", System.getProperty("java.class.path"),
				"io.pursight.PursightApplication"));
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dataDir.resolve("server.log").toFile()).start();
		var server = new ServerProcess(process, dataDir, "http://127.0.0.1:" + port, adminPassword);
		try {
			server.awaitHealthy(Duration.ofMinutes(3));
		}
		catch (IOException | RuntimeException | InterruptedException e) {
			server.printLog();
			server.close();
			throw e;
		}
		return server;
	}

	private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server exited with status " + process.exitValue() + " while starting");
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
						.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The server did not become healthy within " + timeout);
	}

	public String baseUrl() {
		return baseUrl;
	}

	public String adminPassword() {
		return adminPassword;
	}

	/** A client of this server, logged in as the administrator. */
	public PursightClient adminClient() throws IOException, InterruptedException {
		PursightClient client = new PursightClient(baseUrl);
		client.login(InProcessServer.ADMIN, adminPassword);
		return client;
	}

	/** Whether the server is still running: it exits when it runs out of heap. */
	public boolean alive() {
		return process.isAlive();
	}

	/** Why the server is gone, for the message of a run that failed because of it. */
	public String exitReason() {
		if (process.isAlive()) {
			return "the server is running";
		}
		try {
			boolean outOfHeap = Files.readString(dataDir.resolve("server.log")).contains("OutOfMemoryError");
			return "the server exited with status " + process.exitValue()
					+ (outOfHeap ? ": it ran out of heap (OutOfMemoryError, see its log below)" : "");
		}
		catch (IOException e) {
			return "the server exited with status " + process.exitValue();
		}
	}

	/** The GC log's collections so far: the largest heap in use before one, and after one, in bytes. */
	public GcPeaks gcPeaks() {
		Path log = dataDir.resolve("gc.log");
		try {
			return Files.exists(log) ? peaks(Files.readAllLines(log)) : new GcPeaks(0, 0, 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The peaks of unified GC log lines ({@code -Xlog:gc}): {@code … Pause Young … 300M->120M(512M) 4.2ms}. */
	static GcPeaks peaks(List<String> lines) {
		long before = 0;
		long after = 0;
		int pauses = 0;
		for (String line : lines) {
			Matcher m = GC_PAUSE.matcher(line);
			if (m.find()) {
				pauses++;
				before = Math.max(before, bytes(m.group(1), m.group(2)));
				after = Math.max(after, bytes(m.group(3), m.group(4)));
			}
		}
		return new GcPeaks(pauses, before, after);
	}

	/** From the GC log: how many pauses, the most heap in use before one and left after one. */
	public record GcPeaks(int pauses, long maxBeforeBytes, long maxAfterBytes) {
	}

	static long bytes(String amount, String unit) {
		long value = Long.parseLong(amount);
		return switch (unit) {
			case "K" -> value << 10;
			case "M" -> value << 20;
			default -> value << 30;
		};
	}

	/** Prints the end of the server's log, for a server that failed. */
	public void printLog() {
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve("server.log"));
			System.err.println("--- last lines of the server's log ---");
			lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
		}
		catch (IOException e) {
			System.err.println("no server log: " + e.getMessage());
		}
	}

	@Override
	public void close() {
		process.destroy(); // SIGTERM: a graceful shutdown
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(dataDir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("could not delete " + dataDir + ": " + e.getMessage());
		}
	}
}
