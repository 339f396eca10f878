package io.pursight.classification.web;

import java.net.URI;
import java.util.List;

import io.pursight.access.Requires;
import io.pursight.catalog.CatalogPermissions;
import io.pursight.classification.ClassificationPermissions;
import io.pursight.classification.ClassificationRules;
import io.pursight.classification.RuleDefinition;
import io.pursight.classification.RuleId;
import io.pursight.classification.RuleView;
import io.pursight.classification.WorkspaceClassificationSettings;
import io.pursight.classifier.RuleTestReport;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Versions;
import io.pursight.common.WorkspaceId;
import io.pursight.platform.CpuHeavy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Classification rules", description = "Custom classification rules and the workspace's classification settings")
class ClassificationRuleController {

	private final ClassificationRules rules;

	ClassificationRuleController(ClassificationRules rules) {
		this.rules = rules;
	}

	/** A rule definition tried on values a steward supplies. */
	record RuleTest(@NotNull @Valid RuleDefinition rule, @Size(max = 512) String columnName,
			@Size(max = ClassificationRules.MAX_TEST_VALUES) List<String> values) {
	}

	@GetMapping("/classification-settings")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Classification settings: thresholds, per-type overrides, sample size")
	ResponseEntity<WorkspaceClassificationSettings> settings(@PathVariable WorkspaceId workspaceId) {
		WorkspaceClassificationSettings settings = rules.settings(workspaceId);
		return ResponseEntity.ok().eTag(etag(settings.version())).body(settings);
	}

	@PutMapping("/classification-settings")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@Operation(summary = "Change the classification settings",
			description = "Send the ETag of your GET in `If-Match` (\"0\" before the first change).")
	ResponseEntity<WorkspaceClassificationSettings> changeSettings(@PathVariable WorkspaceId workspaceId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody WorkspaceClassificationSettings settings) {
		WorkspaceClassificationSettings changed = rules.changeSettings(workspaceId, Versions.fromIfMatch(ifMatch), settings);
		return ResponseEntity.ok().eTag(etag(changed.version())).body(changed);
	}

	@GetMapping("/classification-rules")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "List custom classification rules")
	PageResult<RuleView> list(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return rules.list(workspaceId, new PageQuery(page, size));
	}

	@PostMapping("/classification-rules")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@CpuHeavy
	@Operation(summary = "Create a custom rule; an invalid regex is a 400 naming the field and position",
			description = "The type id may not be a built-in type's. Compiles the rule's patterns: answers 429 with "
					+ "`Retry-After` while the server is busy with other compute-heavy requests.")
	ResponseEntity<RuleView> create(@PathVariable WorkspaceId workspaceId, @Valid @RequestBody RuleDefinition definition) {
		RuleView created = rules.create(workspaceId, definition);
		return ResponseEntity
				.created(URI.create("/api/v1/workspaces/" + workspaceId + "/classification-rules/" + created.id()))
				.eTag(etag(created.version())).body(created);
	}

	// rule management, not catalog reading: a test spends CPU on a pattern of the caller's choosing
	@PostMapping("/classification-rules/test")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@CpuHeavy
	@Operation(summary = "Try a rule definition on supplied values; nothing is stored",
			description = "The whole test runs within a time budget (2 s by default): a pattern too slow to finish is "
					+ "reported with `stoppedAtBudget`, the number of `untestedValues` and `advice` on simplifying it. "
					+ "Answers 429 with `Retry-After` while the server is busy with other compute-heavy requests.")
	RuleTestReport test(@PathVariable WorkspaceId workspaceId, @Valid @RequestBody RuleTest test) {
		return rules.test(test.rule(), test.columnName(), test.values());
	}

	@GetMapping("/classification-rules/{ruleId}")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Get a custom rule")
	ResponseEntity<RuleView> get(@PathVariable WorkspaceId workspaceId, @PathVariable RuleId ruleId) {
		RuleView rule = rules.get(workspaceId, ruleId);
		return ResponseEntity.ok().eTag(etag(rule.version())).body(rule);
	}

	@PutMapping("/classification-rules/{ruleId}")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@CpuHeavy
	@Operation(summary = "Redefine a custom rule (If-Match required)")
	ResponseEntity<RuleView> redefine(@PathVariable WorkspaceId workspaceId, @PathVariable RuleId ruleId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RuleDefinition definition) {
		RuleView changed = rules.redefine(workspaceId, ruleId, Versions.fromIfMatch(ifMatch), definition);
		return ResponseEntity.ok().eTag(etag(changed.version())).body(changed);
	}

	@DeleteMapping("/classification-rules/{ruleId}")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@Operation(summary = "Delete a custom rule",
			description = "Its automatic labels are withdrawn at once; labels a steward approved or rejected stay.")
	ResponseEntity<Void> delete(@PathVariable WorkspaceId workspaceId, @PathVariable RuleId ruleId) {
		rules.delete(workspaceId, ruleId);
		return ResponseEntity.noContent().build();
	}

	private static String etag(long version) {
		return "\"" + version + "\"";
	}
}
