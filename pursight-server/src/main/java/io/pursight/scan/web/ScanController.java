package io.pursight.scan.web;

import java.net.URI;

import io.pursight.access.Actor;
import io.pursight.access.Requires;
import io.pursight.classification.ClassificationPermissions;
import io.pursight.datasource.DataSourcePermissions;
import io.pursight.classification.ClassifyReport;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.scan.ScanObject;
import io.pursight.scan.ScanPermissions;
import io.pursight.scan.ScanRun;
import io.pursight.scan.ScanRunId;
import io.pursight.scan.ScanRunState;
import io.pursight.scan.ScanRuns;
import io.pursight.scan.ScanStep;
import io.pursight.scan.ScanTrigger;
import io.pursight.scanrules.ScanRuleSetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discovery and classification over HTTP, as scan runs: a request queues a run and answers 202 with
 * its location; {@code ?wait=true} keeps the synchronous form for scripts (the step's report, or the
 * step's problem, as before runs existed).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Scan runs", description = "Discover and classify sources as runs off the request thread; follow the runs")
class ScanController {

	private static final String ASYNC = "Answers **202 Accepted** with the queued run and its `Location` "
			+ "(`/api/v1/workspaces/{workspaceId}/scan-runs/{runId}`): poll it until its state is COMPLETED (the "
			+ "report is in `reports`) or FAILED (the problem is in `error`). With `wait=true` the request waits for "
			+ "the run, at most `pursight.scan.wait-timeout` (5 minutes by default), and answers as the synchronous "
			+ "API did: 200 with the report, or the step's problem document (404, 409, 422 …); a run still going "
			+ "when the wait ends is answered 202 as without `wait`.";
	private static final String WAIT = "Wait for the run to finish and answer with its report (or its problem)";

	private final ScanRuns runs;

	ScanController(ScanRuns runs) {
		this.runs = runs;
	}

	/** Options of a classification run; every field is optional. */
	record ClassifyRequest(Integer sampleSize) {
	}

	@PostMapping("/sources/{sourceId}/discover")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Discover the source's schemas into the catalog",
			description = "Reads schemas, tables, views, columns, keys and indexes, then updates the catalog: new assets "
					+ "are added, changed ones updated, vanished ones marked deleted; ids stay stable. " + ASYNC)
	@ApiResponse(responseCode = "202", description = "Queued: follow the run at Location",
			headers = @Header(name = "Location", description = "The run", schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ScanRun.class),
					examples = @ExampleObject(name = "queued", value = ScanExamples.QUEUED_DISCOVERY)))
	@ApiResponse(responseCode = "200", description = "With wait=true: the discovery's report",
			content = @Content(schema = @Schema(implementation = DiscoveryReport.class),
					examples = @ExampleObject(name = "discovered", value = ScanExamples.DISCOVERY_REPORT)))
	ResponseEntity<?> discover(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestParam(defaultValue = "false") @Parameter(description = WAIT) boolean wait) {
		ScanRun run = runs.discover(workspaceId, sourceId, Actor.require().id());
		return answer(workspaceId, run, wait, ScanStep.DISCOVER);
	}

	@PostMapping("/sources/{sourceId}/classify")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@Operation(summary = "Classify every cataloged table of a source",
			description = "Samples each table once (sampleSize rows, default from the settings, at most 10,000), "
					+ "classifies its columns and reconciles the labels: decisions of stewards are kept. " + ASYNC)
	@ApiResponse(responseCode = "202", description = "Queued: follow the run at Location",
			headers = @Header(name = "Location", description = "The run", schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ScanRun.class),
					examples = @ExampleObject(name = "queued", value = ScanExamples.QUEUED_CLASSIFICATION)))
	@ApiResponse(responseCode = "200", description = "With wait=true: the classification's report",
			content = @Content(schema = @Schema(implementation = ClassifyReport.class),
					examples = @ExampleObject(name = "classified", value = ScanExamples.CLASSIFY_REPORT)))
	ResponseEntity<?> classifySource(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestParam(defaultValue = "false") @Parameter(description = WAIT) boolean wait,
			@RequestBody(required = false) ClassifyRequest request) {
		ScanRun run = runs.classify(workspaceId, sourceId, request == null ? null : request.sampleSize(),
				Actor.require().id());
		return answer(workspaceId, run, wait, ScanStep.CLASSIFY);
	}

	@PostMapping("/assets/{tableAssetId}/classify")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@Operation(summary = "Classify the columns of one cataloged table", description = ASYNC)
	@ApiResponse(responseCode = "202", description = "Queued: follow the run at Location",
			headers = @Header(name = "Location", description = "The run", schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ScanRun.class)))
	@ApiResponse(responseCode = "200", description = "With wait=true: the classification's report",
			content = @Content(schema = @Schema(implementation = ClassifyReport.class),
					examples = @ExampleObject(name = "classified", value = ScanExamples.CLASSIFY_REPORT)))
	ResponseEntity<?> classifyTable(@PathVariable WorkspaceId workspaceId, @PathVariable AssetId tableAssetId,
			@RequestParam(defaultValue = "false") @Parameter(description = WAIT) boolean wait,
			@RequestBody(required = false) ClassifyRequest request) {
		ScanRun run = runs.classifyTable(workspaceId, tableAssetId, request == null ? null : request.sampleSize(),
				Actor.require().id());
		return answer(workspaceId, run, wait, ScanStep.CLASSIFY);
	}

	/**
	 * What to scan with: a rule set and, optionally, one of its versions (the current one otherwise).
	 */
	record StartScan(@Schema(description = "The rule set: one of the workspace's or a built-in template",
			example = "7b1f3f5e-8a1c-3c5e-9a43-2f0e3c7d9b10") ScanRuleSetId ruleSetId,
			@Schema(description = "A version of the rule set; the current one when absent") Integer version) {
	}

	@PostMapping("/sources/{sourceId}/scans")
	@Requires(ScanPermissions.SCAN_RUN)
	@Operation(summary = "Scan a source under a rule set",
			description = "Discovers the source (recording how its schemas changed), then reads each object the rule "
					+ "set selects once, in parallel up to its maxParallelism, classifying and profiling its columns and "
					+ "storing each object's results in one transaction. An object that cannot be read costs that object "
					+ "(see the run's objects); the run fails only past the rule set's maxErrorShare. Answers 202 with "
					+ "the queued run and its Location; follow its progress there or over the WebSocket topic of the "
					+ "workspace.")
	@ApiResponse(responseCode = "202", description = "Queued: follow the run at Location",
			headers = @Header(name = "Location", description = "The run", schema = @Schema(type = "string")),
			content = @Content(schema = @Schema(implementation = ScanRun.class),
					examples = @ExampleObject(name = "queued", value = ScanExamples.QUEUED_SCAN)))
	ResponseEntity<ScanRun> scan(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestBody StartScan request) {
		if (request == null || request.ruleSetId() == null) {
			throw Problem.invalid("ruleSetId is required: the rule set to scan with (GET /scan-rule-sets lists them).");
		}
		ScanRun run = runs.scan(workspaceId, sourceId, request.ruleSetId(), request.version(), Actor.require().id(),
				ScanTrigger.MANUAL, null);
		return accepted(workspaceId, run);
	}

	@PostMapping("/scan-runs/{runId}/pause")
	@Requires(ScanPermissions.SCAN_RUN)
	@Operation(summary = "Pause a run that is reading its objects",
			description = "Its workers stop after the object each is reading (within seconds); 409 unless RUNNING.")
	ScanRun pause(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRunId runId) {
		return runs.pause(workspaceId, runId);
	}

	@PostMapping("/scan-runs/{runId}/resume")
	@Requires(ScanPermissions.SCAN_RUN)
	@Operation(summary = "Resume a paused run where it stood", description = "409 unless PAUSED.")
	ScanRun resume(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRunId runId) {
		return runs.resume(workspaceId, runId);
	}

	@PostMapping("/scan-runs/{runId}/cancel")
	@Requires(ScanPermissions.SCAN_RUN)
	@Operation(summary = "Cancel a run that has not finished",
			description = "Nothing more is read or stored; the objects already stored stay; the source is handed back "
					+ "at once. 409 for a finished run or one already settling its results (VALIDATING, CATALOGING).")
	ScanRun cancel(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRunId runId) {
		return runs.cancel(workspaceId, runId);
	}

	@GetMapping("/scan-runs/{runId}/objects")
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "The objects of a run and what became of each",
			description = "By name; filter by state (FAILED lists what could not be scanned, with step, SQL state and "
					+ "what to do).")
	PageResult<ScanObject> objects(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRunId runId,
			@RequestParam(required = false) ScanObject.State state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return runs.objects(workspaceId, runId, state, new PageQuery(page, size));
	}

	@GetMapping("/scan-runs/{runId}")
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "Get a scan run: its state, the report of each finished step, or why it failed")
	@ApiResponse(responseCode = "200", description = "The run",
			content = @Content(schema = @Schema(implementation = ScanRun.class), examples = {
					@ExampleObject(name = "completed", value = ScanExamples.COMPLETED_DISCOVERY),
					@ExampleObject(name = "failed", value = ScanExamples.FAILED_DISCOVERY) }))
	ScanRun get(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRunId runId) {
		return runs.get(workspaceId, runId);
	}

	@GetMapping("/scan-runs")
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "List scan runs, newest first, filtered by source and state")
	PageResult<ScanRun> list(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(required = false) ScanRunState state,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return runs.list(workspaceId, sourceId, state, new PageQuery(page, size));
	}

	private ResponseEntity<?> answer(WorkspaceId workspace, ScanRun queued, boolean wait, ScanStep step) {
		if (!wait) {
			return accepted(workspace, queued);
		}
		ScanRun run = runs.awaitEnd(workspace, queued.id());
		return switch (run.state()) {
			case COMPLETED -> ResponseEntity.ok(run.reports().of(step));
			case FAILED -> throw run.error().toProblem();
			case CANCELLED -> throw Problem.conflict("The scan run was cancelled before it finished; start a new run.");
			default -> accepted(workspace, run);
		};
	}

	private static ResponseEntity<ScanRun> accepted(WorkspaceId workspace, ScanRun run) {
		return ResponseEntity.accepted()
				.location(URI.create("/api/v1/workspaces/" + workspace + "/scan-runs/" + run.id())).body(run);
	}
}
