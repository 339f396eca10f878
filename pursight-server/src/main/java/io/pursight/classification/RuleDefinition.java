package io.pursight.classification;

import java.util.List;

import io.pursight.classifier.BuiltInValidator;
import io.pursight.classifier.Category;
import io.pursight.classifier.Sensitivity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A custom rule as a steward writes it. Optional fields take the classifier's defaults
 * (min match ratio 0.8, category OTHER, sensitivity CONFIDENTIAL, thresholds 0.80/0.50, enabled).
 */
public record RuleDefinition(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String typeId,
		@Size(max = 2000) String description, @Size(max = 2000) String valuePattern,
		@Size(max = 2000) String columnNamePattern, @Size(max = 10_000) List<String> dictionary,
		BuiltInValidator validator, Double minMatchRatio, Category category, Sensitivity sensitivity,
		Double autoApply, Double review, Boolean enabled) {
}
