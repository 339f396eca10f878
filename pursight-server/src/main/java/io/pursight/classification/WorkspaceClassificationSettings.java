package io.pursight.classification;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How a workspace classifies, as its stewards set it through the API (the server's own settings
 * are {@link ClassificationSettings}). Without saved settings the classifier's per-type defaults apply.
 *
 * @param defaults       thresholds for every type without an override; null keeps the built-in per-type defaults
 * @param typeThresholds overrides by type id
 * @param sampleSize     rows sampled per table, 1..10,000
 * @param storeSamples   whether scans keep up to 20 distinct sampled values per classified column; turning it
 *                       off deletes every value kept for the workspace
 * @param version        the version the settings were read at (ignored on writes: If-Match carries it)
 */
@Schema(name = "ClassificationSettings") // its name in the API since the first release
public record WorkspaceClassificationSettings(@Valid Levels defaults, Map<String, @Valid Levels> typeThresholds,
		@NotNull @Min(1) @Max(10_000) Integer sampleSize, boolean storeSamples, Long version) {

	public static final int DEFAULT_SAMPLE_SIZE = 500;
	public static final int MAX_SAMPLE_SIZE = 10_000;

	public WorkspaceClassificationSettings {
		typeThresholds = typeThresholds == null ? Map.of() : Map.copyOf(typeThresholds);
	}

	static WorkspaceClassificationSettings initial() {
		return new WorkspaceClassificationSettings(null, Map.of(), DEFAULT_SAMPLE_SIZE, false, 0L);
	}

	/** Confidence levels at which a match is applied or suggested, each in [0,1], review ≤ autoApply. */
	public record Levels(@NotNull @Min(0) @Max(1) Double autoApply, @NotNull @Min(0) @Max(1) Double review) {
	}
}
