package io.pursight.datasource.web;

import java.net.URI;

import io.pursight.access.Actor;
import io.pursight.access.Requires;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Versions;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.DataSourcePermissions;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.Engine;
import io.pursight.datasource.HealthCheckView;
import io.pursight.datasource.SourceDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/workspaces/{workspaceId}/sources")
@Tag(name = "Data sources", description = "Register databases, test connections, discover their schemas")
class DataSourceController {

	private final DataSources sources;
	private final ConnectionTestThrottle throttle;

	DataSourceController(DataSources sources, ConnectionTestThrottle throttle) {
		this.sources = sources;
		this.throttle = throttle;
	}

	@PostMapping
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Register a data source", description = "The password is encrypted at rest and never returned.")
	ResponseEntity<DataSourceView> register(@PathVariable WorkspaceId workspaceId,
			@Valid @RequestBody SourceDefinition definition) {
		DataSourceView created = sources.register(workspaceId, definition);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/sources/" + created.id()))
				.eTag(etag(created)).body(created);
	}

	@GetMapping
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "List data sources, filtered by state, engine and name")
	PageResult<DataSourceView> list(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) DataSourceState state, @RequestParam(required = false) Engine engine,
			@RequestParam(required = false) @Parameter(description = "Part of the name, case-insensitive") String name,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return sources.list(workspaceId, state, engine, name, new PageQuery(page, size));
	}

	@GetMapping("/{sourceId}")
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "Get a data source")
	ResponseEntity<DataSourceView> get(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId) {
		DataSourceView source = sources.get(workspaceId, sourceId);
		return ResponseEntity.ok().eTag(etag(source)).body(source);
	}

	@PutMapping("/{sourceId}")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Redefine a data source",
			description = "Send the version you read in `If-Match` (as returned in `ETag`); 409 if it changed since, "
					+ "428 without it. Omit the password to keep the stored one, unless the engine, host, port, "
					+ "database, JDBC URL target or user name changes: then send it again (400 otherwise).")
	ResponseEntity<DataSourceView> redefine(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SourceDefinition definition) {
		DataSourceView changed = sources.redefine(workspaceId, sourceId, Versions.fromIfMatch(ifMatch), definition);
		return ResponseEntity.ok().eTag(etag(changed)).body(changed);
	}

	@PostMapping("/{sourceId}/archive")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Archive a data source: no more health checks or discovery until restored")
	DataSourceView archive(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId) {
		return sources.archive(workspaceId, sourceId);
	}

	@PostMapping("/{sourceId}/restore")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Restore an archived data source")
	DataSourceView restore(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId) {
		return sources.restore(workspaceId, sourceId);
	}

	@PostMapping("/test-connection")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Test a connection before registering it; nothing is stored",
			description = "Limited per user and per workspace (429 with Retry-After beyond).")
	ConnectionCheck testUnsaved(@PathVariable WorkspaceId workspaceId, @Valid @RequestBody SourceDefinition definition) {
		throttle.acquire(Actor.require().id(), workspaceId);
		return sources.test(workspaceId, definition);
	}

	@PostMapping("/{sourceId}/test-connection")
	@Requires(DataSourcePermissions.SOURCE_WRITE)
	@Operation(summary = "Test the connection of a registered source and record it as a health check",
			description = "Limited per user and per workspace (429 with Retry-After beyond).")
	ConnectionCheck test(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId) {
		throttle.acquire(Actor.require().id(), workspaceId);
		return sources.test(workspaceId, sourceId);
	}

	@GetMapping("/{sourceId}/health-checks")
	@Requires(DataSourcePermissions.SOURCE_READ)
	@Operation(summary = "Health check history, newest first")
	PageResult<HealthCheckView> healthChecks(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return sources.healthChecks(workspaceId, sourceId, new PageQuery(page, size));
	}

	private static String etag(DataSourceView source) {
		return "\"" + source.version() + "\"";
	}
}
