package io.pursight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.pursight.PursightApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PurSight server started inside a harness's JVM on a free port, on a fresh data directory
 * (deleted on close) with an administrator whose password is generated for this run.
 */
public final class InProcessServer implements AutoCloseable {

	public static final String ADMIN = "admin";

	private final ConfigurableApplicationContext context;
	private final Path dataDir;
	private final String adminPassword;

	private InProcessServer(ConfigurableApplicationContext context, Path dataDir, String adminPassword) {
		this.context = context;
		this.dataDir = dataDir;
		this.adminPassword = adminPassword;
	}

	/**
	 * Starts the server, demo off and health checks rare, with {@code properties} on top (they win
	 * over the defaults here and over application.yml).
	 */
	public static InProcessServer start(Map<String, String> properties) throws IOException {
		Path dataDir = Files.createTempDirectory("pursight-bench-");
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		String adminPassword = HexFormat.of().formatHex(secret);
		Map<String, String> all = new LinkedHashMap<>();
		all.put("server.port", "0");
		all.put("pursight.data-dir", dataDir.toString());
		all.put("pursight.demo.enabled", "false");
		all.put("pursight.security.admin-password", adminPassword);
		all.put("pursight.sources.health-check-interval", "1h");
		all.put("spring.main.banner-mode", "off");
		all.put("logging.level.root", "WARN");
		all.putAll(properties);
		var arguments = new ArrayList<String>();
		all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		SpringApplication application = new SpringApplication(PursightApplication.class);
		application.setRegisterShutdownHook(false); // closed by the harness, before its databases are dropped
		try {
			return new InProcessServer(application.run(arguments.toArray(String[]::new)), dataDir, adminPassword);
		}
		catch (RuntimeException e) {
			deleteRecursively(dataDir);
			throw e;
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
	}

	public String adminPassword() {
		return adminPassword;
	}

	public Path dataDir() {
		return dataDir;
	}

	/** A client of this server, logged in as the administrator. */
	public PursightClient adminClient() throws IOException, InterruptedException {
		PursightClient client = new PursightClient(baseUrl());
		client.login(ADMIN, adminPassword);
		return client;
	}

	@Override
	public void close() {
		context.close();
		deleteRecursively(dataDir);
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException | UncheckedIOException e) {
			System.err.println("could not delete " + directory + ": " + e.getMessage());
		}
	}
}
