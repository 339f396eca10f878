package io.pursight.scanrules.web;

import java.net.URI;

import io.pursight.access.Requires;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Versions;
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanRulePermissions;
import io.pursight.scanrules.ScanSchedule;
import io.pursight.scanrules.ScanScheduleId;
import io.pursight.scanrules.ScanSchedules;
import io.pursight.scanrules.ScanSchedules.ScheduleDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/scan-schedules")
@Tag(name = "Scan schedules", description = "When sources are scanned: a cron per source and rule set, in a time zone")
class ScanScheduleController {

	private static final String DEFINITION = "`cron` has five fields (minute hour day-of-month month day-of-week, "
			+ "Sunday 0 or 7) or is @hourly, @daily, @weekly, @monthly or @yearly, read in `timeZone` (an IANA id, "
			+ "UTC when left out); a slot in a daylight-saving gap runs later by the gap's length (02:30 → 03:30), one in the "
			+ "repeated hour runs once. "
			+ "Schedules may not run more often than `pursight.scan-schedules.min-interval` (5 minutes by default). "
			+ "`nextRunAt` shows the next slot (null while disabled); after downtime a schedule runs once, not once per "
			+ "slot missed.";

	private final ScanSchedules schedules;

	ScanScheduleController(ScanSchedules schedules) {
		this.schedules = schedules;
	}

	@GetMapping
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "List schedules by next run, optionally of one source")
	PageResult<ScanSchedule> list(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return schedules.list(workspaceId, sourceId, new PageQuery(page, size));
	}

	@PostMapping
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Schedule scans of a source with a rule set", description = DEFINITION)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
			implementation = ScheduleDefinition.class), examples = @ExampleObject(name = "weekdays at 02:30 Berlin time",
					value = ScanRulesExamples.CREATE_SCHEDULE)))
	@ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(
			implementation = ScanSchedule.class), examples = @ExampleObject(name = "schedule", value = ScanRulesExamples.SCHEDULE)))
	ResponseEntity<ScanSchedule> create(@PathVariable WorkspaceId workspaceId,
			@RequestBody ScheduleDefinition definition) {
		ScanSchedule created = schedules.create(workspaceId, definition);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/scan-schedules/" + created.id()))
				.eTag(etag(created)).body(created);
	}

	@GetMapping("/{scheduleId}")
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "Get a schedule and its next run")
	@ApiResponse(responseCode = "200", description = "The schedule; its version is the ETag", content = @Content(
			schema = @Schema(implementation = ScanSchedule.class), examples = @ExampleObject(name = "schedule",
					value = ScanRulesExamples.SCHEDULE)))
	ResponseEntity<ScanSchedule> get(@PathVariable WorkspaceId workspaceId, @PathVariable ScanScheduleId scheduleId) {
		ScanSchedule schedule = schedules.get(workspaceId, scheduleId);
		return ResponseEntity.ok().eTag(etag(schedule)).body(schedule);
	}

	@PutMapping("/{scheduleId}")
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Change a schedule; its next run is computed again from now",
			description = "Send the version you read in `If-Match` (as returned in `ETag`); 409 if it changed since, "
					+ "428 without it. " + DEFINITION)
	ResponseEntity<ScanSchedule> update(@PathVariable WorkspaceId workspaceId, @PathVariable ScanScheduleId scheduleId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody ScheduleDefinition definition) {
		ScanSchedule changed = schedules.update(workspaceId, scheduleId, Versions.fromIfMatch(ifMatch), definition);
		return ResponseEntity.ok().eTag(etag(changed)).body(changed);
	}

	@DeleteMapping("/{scheduleId}")
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Delete a schedule; runs it already started go on")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable WorkspaceId workspaceId, @PathVariable ScanScheduleId scheduleId) {
		schedules.delete(workspaceId, scheduleId);
		return ResponseEntity.noContent().build();
	}

	private static String etag(ScanSchedule schedule) {
		return "\"" + schedule.version() + "\"";
	}
}
