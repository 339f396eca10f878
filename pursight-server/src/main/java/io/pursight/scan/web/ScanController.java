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
import io.pursight.scan.ScanRun;
import io.pursight.scan.ScanRunId;
import io.pursight.scan.ScanRunState;
import io.pursight.scan.ScanRuns;
import io.pursight.scan.ScanStep;
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
