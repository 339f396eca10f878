package io.pursight.classification.web;

import java.util.List;

import io.pursight.access.Actor;
import io.pursight.access.Requires;
import io.pursight.catalog.CatalogPermissions;
import io.pursight.classification.BulkDecision;
import io.pursight.classification.ClassificationId;
import io.pursight.classification.ClassificationPermissions;
import io.pursight.classification.ClassificationStatus;
import io.pursight.classification.ClassificationView;
import io.pursight.classification.Classifications;
import io.pursight.classification.LearnedWeight;
import io.pursight.classification.ReviewDecisions;
import io.pursight.classification.SensitivityLevel;
import io.pursight.classification.SensitivityRollUp;
import io.pursight.classification.StoredSamples;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Classification", description = "Classify columns, review suggested labels, learned weights, sensitivity roll-up")
class ClassificationController {

	private final Classifications classifications;
	private final ReviewDecisions decisions;
	private final SensitivityRollUp rollUp;

	ClassificationController(Classifications classifications, ReviewDecisions decisions, SensitivityRollUp rollUp) {
		this.classifications = classifications;
		this.decisions = decisions;
		this.rollUp = rollUp;
	}

	/** A rejection's reason. */
	record Rejection(@Size(max = 2000) String reason) {
	}

	/** What the fields of a label mean, said once for the endpoints that return labels. */
	private static final String LABEL_FIELDS = "`confidence` is calibrated: of the labels given about c, about c are "
			+ "right (docs/classification.md). `occurrence` is WHOLE_VALUE when the column's values are the type "
			+ "and EMBEDDED_IN_TEXT when the type occurs inside longer values (notes, JSON documents); the evidence "
			+ "then counts the values that contain it and says where, never quoting a value.";

	@GetMapping("/classifications")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "List column labels, e.g. the review queue (status=PENDING_REVIEW)",
			description = LABEL_FIELDS)
	@ApiResponse(responseCode = "200", description = "A page of labels", content = @Content(examples = @ExampleObject(
			name = "review queue", value = ClassificationExamples.REVIEW_QUEUE)))
	PageResult<ClassificationView> list(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) ClassificationStatus status, @RequestParam(required = false) String type,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(required = false) AssetId columnId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return classifications.list(workspaceId, status, type, sourceId, columnId, new PageQuery(page, size));
	}

	@GetMapping("/classifications/{classificationId}")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Get one column label with its evidence", description = LABEL_FIELDS)
	@ApiResponse(responseCode = "200", description = "The label", content = @Content(
			schema = @Schema(implementation = ClassificationView.class), examples = @ExampleObject(
					name = "type inside text", value = ClassificationExamples.EMBEDDED)))
	@ApiResponse(responseCode = "404", description = "No such label in this workspace")
	ClassificationView get(@PathVariable WorkspaceId workspaceId, @PathVariable ClassificationId classificationId) {
		return classifications.get(workspaceId, classificationId);
	}

	@GetMapping("/classifications/{classificationId}/samples")
	@Requires(ClassificationPermissions.CLASSIFICATION_REVIEW)
	@Operation(summary = "Sampled values stored for the column of a label (only when the workspace stores samples)",
			description = "Sample values are sensitive: reviewers only. 404 when none are stored for the column.")
	StoredSamples samples(@PathVariable WorkspaceId workspaceId, @PathVariable ClassificationId classificationId) {
		return classifications.samples(workspaceId, classificationId);
	}

	@PostMapping("/classifications/{classificationId}/approve")
	@Requires(ClassificationPermissions.CLASSIFICATION_REVIEW)
	@Operation(summary = "Approve a label: it tags the column for good and raises the type's learned weight")
	ClassificationView approve(@PathVariable WorkspaceId workspaceId, @PathVariable ClassificationId classificationId) {
		return decisions.approve(workspaceId, classificationId, Actor.require());
	}

	@PostMapping("/classifications/{classificationId}/reject")
	@Requires(ClassificationPermissions.CLASSIFICATION_REVIEW)
	@Operation(summary = "Reject a label (reason required): it is not suggested again unless the data changes")
	ClassificationView reject(@PathVariable WorkspaceId workspaceId, @PathVariable ClassificationId classificationId,
			@Valid @RequestBody Rejection rejection) {
		return decisions.reject(workspaceId, classificationId, rejection.reason(), Actor.require());
	}

	@PostMapping("/classifications/bulk")
	@Requires(ClassificationPermissions.CLASSIFICATION_REVIEW)
	@Operation(summary = "Approve or reject up to 500 labels at once")
	BulkDecision.Result bulk(@PathVariable WorkspaceId workspaceId, @Valid @RequestBody BulkDecision decision) {
		return decisions.bulk(workspaceId, decision, Actor.require());
	}

	@GetMapping("/classified-columns")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Columns tagged with a type and/or at least a sensitivity (applied or approved labels)")
	PageResult<ClassificationView> classifiedColumns(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) String type, @RequestParam(required = false) Sensitivity minSensitivity,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return classifications.classifiedColumns(workspaceId, type, minSensitivity, sourceId, new PageQuery(page, size));
	}

	@GetMapping("/sensitivity")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Sensitivity roll-up of a source: the highest level per column, table, schema and source")
	PageResult<SensitivityLevel> sensitivity(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return rollUp.levels(workspaceId, sourceId, level, new PageQuery(page, size));
	}

	@GetMapping("/classification-weights")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Confidence offsets learned from approvals and rejections, per type and custom rule")
	List<LearnedWeight> weights(@PathVariable WorkspaceId workspaceId) {
		return decisions.weights(workspaceId);
	}

	@DeleteMapping("/classification-weights")
	@Requires(ClassificationPermissions.CLASSIFICATION_MANAGE)
	@Operation(summary = "Forget every learned weight of the workspace")
	ResponseEntity<Void> resetWeights(@PathVariable WorkspaceId workspaceId) {
		decisions.resetWeights(workspaceId);
		return ResponseEntity.noContent().build();
	}
}
