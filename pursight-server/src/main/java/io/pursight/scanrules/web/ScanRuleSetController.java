package io.pursight.scanrules.web;

import java.net.URI;

import io.pursight.access.Requires;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.Versions;
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanPreview;
import io.pursight.scanrules.ScanRulePermissions;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/scan-rule-sets")
@Tag(name = "Scan rule sets", description = "What scans read and how: patterns, kinds, sampling, types, limits; "
		+ "versioned, with built-in templates")
class ScanRuleSetController {

	private static final String RULES = "`rules` may leave fields out: they take the template's values (with "
			+ "`template`, the id of any rule set, built-in or yours) or the defaults (every schema, table, view and "
			+ "materialized view; every type and the custom rules on 1,000 random rows; profiled; 60 s per table; "
			+ "4 tables at once; failing beyond half the objects failed). Patterns are `{\"syntax\": \"GLOB\"|\"REGEX\", "
			+ "\"pattern\": …}`, matched case-insensitively against the whole name (`table` or `schema.table`; "
			+ "`column` or `table.column`).";

	private final ScanRuleSets ruleSets;
	private final JsonMapper json;

	ScanRuleSetController(ScanRuleSets ruleSets, JsonMapper json) {
		this.ruleSets = ruleSets;
		this.json = json;
	}

	/** A rule set as written: {@code rules} may be partial, {@code template} names the rule set to start from. */
	record RuleSetRequest(String name, String description,
			@Schema(description = "Start from this rule set's rules (POST only)", type = "string", format = "uuid")
			ScanRuleSetId template,
			@Schema(implementation = ScanRules.class) JsonNode rules) {
	}

	@GetMapping
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "List rule sets: the built-in templates first, then the workspace's own by name")
	PageResult<ScanRuleSet> list(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return ruleSets.list(workspaceId, new PageQuery(page, size));
	}

	@PostMapping
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Create a rule set, from scratch or from a template",
			description = RULES + " Names are unique in a workspace, ignoring case (409).")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
			implementation = RuleSetRequest.class), examples = @ExampleObject(name = "from the PCI template",
					value = ScanRulesExamples.CREATE_FROM_TEMPLATE)))
	@ApiResponse(responseCode = "201", description = "Created, at version 1", content = @Content(schema = @Schema(
			implementation = ScanRuleSet.class), examples = @ExampleObject(name = "rule set", value = ScanRulesExamples.RULE_SET)))
	ResponseEntity<ScanRuleSet> create(@PathVariable WorkspaceId workspaceId, @RequestBody RuleSetRequest request) {
		ScanRules base = request.template() == null ? ScanRules.defaults()
				: ruleSets.get(workspaceId, request.template()).rules();
		ScanRuleSet created = ruleSets.create(workspaceId, request.name(), request.description(),
				rules(base, request.rules()));
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/scan-rule-sets/" + created.id()))
				.eTag(etag(created)).body(created);
	}

	@GetMapping("/{ruleSetId}")
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "Get the current version of a rule set (a built-in too)")
	@ApiResponse(responseCode = "200", description = "The rule set; its version is the ETag", content = @Content(
			schema = @Schema(implementation = ScanRuleSet.class), examples = @ExampleObject(name = "rule set",
					value = ScanRulesExamples.RULE_SET)))
	ResponseEntity<ScanRuleSet> get(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRuleSetId ruleSetId) {
		ScanRuleSet set = ruleSets.get(workspaceId, ruleSetId);
		return ResponseEntity.ok().eTag(etag(set)).body(set);
	}

	@PutMapping("/{ruleSetId}")
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Change a rule set: adds a version, the earlier ones stay readable",
			description = "Send the version you read in `If-Match` (as returned in `ETag`); 409 if it changed since, "
					+ "428 without it. Built-in rule sets are read-only (409). " + RULES)
	ResponseEntity<ScanRuleSet> update(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRuleSetId ruleSetId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RuleSetRequest request) {
		long expected = Versions.fromIfMatch(ifMatch);
		if (request.template() != null) {
			throw Problem.invalid("template applies when creating a rule set only; send the rules themselves.");
		}
		ScanRuleSet changed = ruleSets.update(workspaceId, ruleSetId, (int) Math.min(expected, Integer.MAX_VALUE),
				request.name(), request.description(), rules(ScanRules.defaults(), request.rules()));
		return ResponseEntity.ok().eTag(etag(changed)).body(changed);
	}

	@DeleteMapping("/{ruleSetId}")
	@Requires(ScanRulePermissions.SCAN_RULES_MANAGE)
	@Operation(summary = "Delete a rule set",
			description = "Its versions stay readable for the runs that used them. Refused (409) for a built-in and "
					+ "while a schedule uses it.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRuleSetId ruleSetId) {
		ruleSets.delete(workspaceId, ruleSetId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{ruleSetId}/versions/{version}")
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "Get one version of a rule set, as a run used it (also of a deleted rule set)")
	ScanRuleSet version(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRuleSetId ruleSetId,
			@PathVariable int version) {
		return ruleSets.version(workspaceId, ruleSetId, version);
	}

	@GetMapping("/{ruleSetId}/preview")
	@Requires(ScanRulePermissions.SCAN_RULES_READ)
	@Operation(summary = "Preview what a rule set would read of a source",
			description = "From the source's catalog, without connecting to it: the totals, then the first `limit` "
					+ "objects read (with the columns left out) and the first `limit` left out (with the reason). 409 "
					+ "while the source has never been discovered.")
	@ApiResponse(responseCode = "200", description = "The preview", content = @Content(schema = @Schema(
			implementation = ScanPreview.class), examples = @ExampleObject(name = "preview", value = ScanRulesExamples.PREVIEW)))
	ScanPreview preview(@PathVariable WorkspaceId workspaceId, @PathVariable ScanRuleSetId ruleSetId,
			@RequestParam DataSourceId sourceId,
			@RequestParam(defaultValue = "100") @Parameter(description = "Objects per list, 1..1000") int limit) {
		return ruleSets.preview(workspaceId, ruleSetId, sourceId, limit);
	}

	/** {@code base} with the fields {@code written} names replaced; 400 naming what cannot be read. */
	private ScanRules rules(ScanRules base, JsonNode written) {
		if (written == null || written.isNull()) {
			return base;
		}
		if (!written.isObject()) {
			throw Problem.invalid("rules must be a JSON object such as {\"sampleSize\": 500}.");
		}
		ObjectNode merged = json.valueToTree(base);
		for (String field : written.propertyNames()) {
			if (!merged.has(field)) {
				throw Problem.invalid("rules has no field '" + field + "'; see ScanRules in the API document.");
			}
			merged.set(field, written.get(field));
		}
		try {
			return json.treeToValue(merged, ScanRules.class);
		}
		catch (JacksonException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof Problem problem) {
					throw problem;
				}
			}
			throw Problem.invalid("rules cannot be read: " + e.getOriginalMessage());
		}
	}

	private static String etag(ScanRuleSet set) {
		return "\"" + set.version() + "\"";
	}
}
