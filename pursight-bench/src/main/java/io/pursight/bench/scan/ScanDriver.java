package io.pursight.bench.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.pursight.bench.PursightClient;
import io.pursight.bench.ServerProcess;
import io.pursight.bench.scan.ScanOptions.Api;
import tools.jackson.databind.JsonNode;

/**
 * Runs scans of a source through the HTTP API, the way a client would: start a run (202), then
 * poll it every {@link #POLL} until it is COMPLETED, FAILED or CANCELLED. The wall time runs from
 * the first request to the poll that saw the run end, so it includes queueing and at most one
 * polling interval.
 *
 * <p>{@link Api#SCANS}: one run, {@code POST …/sources/{id}/scans} with a rule set.
 * {@link Api#LEGACY}: what the scan replaces, a discovery run ({@code …/discover}) then a
 * classification run ({@code …/classify} with the sample size), timed together.
 */
final class ScanDriver {

	static final Duration POLL = Duration.ofMillis(200);
	/** The built-in rule set of a full scan: {@code ScanRuleSetId.builtIn("full-pii")}. */
	static final String FULL_PII = UUID.nameUUIDFromBytes("pursight:scan-rule-set:full-pii".getBytes(StandardCharsets.UTF_8))
			.toString();

	/** One scan as measured here and as the server reported it; {@code detail} is for the round's line. */
	record Scan(long wallMillis, long serverMillis, int objects, int objectsFailed, long columns, long rowsSampled,
			String detail) {
	}

	private final PursightClient client;
	private final ServerProcess server;
	private final String workspace;
	private final Api api;
	private final int sample;

	ScanDriver(PursightClient client, ServerProcess server, String workspace, Api api, int sample) {
		this.client = client;
		this.server = server;
		this.workspace = workspace;
		this.api = api;
		this.sample = sample;
	}

	/** A scan of everything with the full rule set (legacy: discovery then classification). */
	Scan full(String source) throws IOException, InterruptedException {
		return api == Api.SCANS ? scan(source, FULL_PII) : legacy(source);
	}

	/** A scan with {@code ruleSet}, one made by {@link #createIncrementalRuleSet()}. */
	Scan incremental(String source, String ruleSet) throws IOException, InterruptedException {
		if (api != Api.SCANS) {
			throw new IllegalStateException("The legacy endpoints have no incremental scan");
		}
		return scan(source, ruleSet);
	}

	/** The full rule set with {@code incremental: true}; returns its id. */
	String createIncrementalRuleSet() throws IOException, InterruptedException {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", "bench incremental");
		body.put("template", FULL_PII);
		body.put("rules", Map.of("incremental", true));
		return client.post(base() + "/scan-rule-sets", body, 201).required("id").asString();
	}

	private Scan scan(String source, String ruleSet) throws IOException, InterruptedException {
		long started = System.nanoTime();
		JsonNode queued = client.post(base() + "/sources/" + source + "/scans", Map.of("ruleSetId", ruleSet), 202);
		JsonNode run = await(queued.required("id").asString());
		long wall = millisSince(started);
		JsonNode progress = run.path("progress");
		return new Scan(wall, serverMillis(run), progress.path("objectsTotal").asInt(), progress.path("objectsFailed").asInt(),
				progress.path("columns").asLong(), progress.path("rowsSampled").asLong(),
				"summary " + abbreviate(run.path("summary").toString()));
	}

	private Scan legacy(String source) throws IOException, InterruptedException {
		long started = System.nanoTime();
		JsonNode discovered = await(client.post(base() + "/sources/" + source + "/discover", null, 202).required("id")
				.asString());
		long discoverWall = millisSince(started);
		JsonNode classified = await(client.post(base() + "/sources/" + source + "/classify", Map.of("sampleSize", sample), 202)
				.required("id").asString());
		long wall = millisSince(started);
		JsonNode discovery = discovered.path("reports").path("discover");
		JsonNode classification = classified.path("reports").path("classify");
		String detail = String.format(java.util.Locale.ROOT,
				"discover %d ms (read %d, write %d), classify %d ms (server %d ms, %d applied, %d pending, %d failed)",
				discoverWall, discovery.path("readMillis").asLong(), discovery.path("writeMillis").asLong(),
				wall - discoverWall, classification.path("millis").asLong(), classification.path("applied").asInt(),
				classification.path("pending").asInt(), classification.path("objectsFailed").asInt());
		return new Scan(wall, serverMillis(discovered) + serverMillis(classified), classification.path("tables").asInt(),
				classification.path("objectsFailed").asInt(), classification.path("columnsClassified").asLong(),
				classification.path("rowsSampled").asLong(), detail);
	}

	/** Polls a run until it ends; a run that did not complete, or a server gone, fails the benchmark. */
	private JsonNode await(String runId) throws IOException, InterruptedException {
		while (true) {
			if (!server.alive()) {
				throw new IllegalStateException("Scan run " + runId + " did not end: " + server.exitReason());
			}
			JsonNode run;
			try {
				run = client.get(base() + "/scan-runs/" + runId);
			}
			catch (IOException e) {
				Thread.sleep(1_000); // the server may have just exited: say why rather than how the request failed
				if (server.alive()) {
					throw e;
				}
				throw new IllegalStateException("Scan run " + runId + " did not end: " + server.exitReason(), e);
			}
			switch (run.path("state").asString()) {
				case "COMPLETED" -> {
					return run;
				}
				case "FAILED", "CANCELLED" -> throw new IllegalStateException(
						"Scan run " + runId + " ended " + run.path("state").asString() + ": " + run.path("error"));
				default -> Thread.sleep(POLL);
			}
		}
	}

	/** From the run's creation to its end, as the server recorded them. */
	private static long serverMillis(JsonNode run) {
		if (!run.hasNonNull("createdAt") || !run.hasNonNull("finishedAt")) {
			return -1;
		}
		return Duration.between(Instant.parse(run.path("createdAt").asString()), Instant.parse(run.path("finishedAt")
				.asString())).toMillis();
	}

	private String base() {
		return "/api/v1/workspaces/" + workspace;
	}

	private static String abbreviate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}
}
