package io.pursight.classifier;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link ColumnClassifier} is built from: thresholds per type, learned weight
 * adjustments per type and per rule, custom rules, disabled types, the regions national
 * phone numbers are parsed in, and the regex budget. Immutable; build with {@link #builder()}.
 */
public final class ClassifierConfig {
	/** Regions tried for phone numbers written without a country code, in this order. */
	public static final List<String> DEFAULT_PHONE_REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "BR", "IN",
			"CA", "AU", "MX", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "PT", "IE", "AR", "JP", "CN");

	private final Thresholds defaultThresholds;
	private final boolean defaultThresholdsSet;
	private final Map<String, Thresholds> thresholdsByType;
	private final Map<String, WeightAdjustment> typeAdjustments;
	private final Map<String, WeightAdjustment> ruleAdjustments;
	private final List<CustomRule> customRules;
	private final Set<SensitiveType> disabledTypes;
	private final List<String> phoneRegions;
	private final int minimumSamples;
	private final long regexStepBudget;
	private final Duration regexTimeBudget;
	private final Clock clock;
	private final Calibration calibration;

	private ClassifierConfig(Builder b) {
		this.defaultThresholds = b.defaultThresholds;
		this.defaultThresholdsSet = b.defaultThresholdsSet;
		this.thresholdsByType = Map.copyOf(b.thresholdsByType);
		this.typeAdjustments = Map.copyOf(b.typeAdjustments);
		this.ruleAdjustments = Map.copyOf(b.ruleAdjustments);
		this.customRules = List.copyOf(b.customRules.values());
		this.disabledTypes = b.disabledTypes.isEmpty() ? Set.of() : Set.copyOf(b.disabledTypes);
		this.phoneRegions = List.copyOf(b.phoneRegions);
		this.minimumSamples = b.minimumSamples;
		this.regexStepBudget = b.regexStepBudget;
		this.regexTimeBudget = b.regexTimeBudget;
		this.clock = b.clock;
		this.calibration = b.calibration;
	}

	public static ClassifierConfig defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Thresholds of a type: its override if configured, else the configured default if one was
	 * set, else the built-in type's own default ({@link SensitiveType#defaultThresholds()}),
	 * else {@link Thresholds#DEFAULT}.
	 */
	public Thresholds thresholdsFor(String typeId) {
		Thresholds override = thresholdsByType.get(typeId);
		if (override != null) {
			return override;
		}
		if (defaultThresholdsSet) {
			return defaultThresholds;
		}
		return SensitiveType.byId(typeId).map(SensitiveType::defaultThresholds).orElse(defaultThresholds);
	}

	public Thresholds defaultThresholds() {
		return defaultThresholds;
	}

	public WeightAdjustment adjustmentForType(String typeId) {
		return typeAdjustments.getOrDefault(typeId, WeightAdjustment.NONE);
	}

	public WeightAdjustment adjustmentForRule(String ruleId) {
		return ruleAdjustments.getOrDefault(ruleId, WeightAdjustment.NONE);
	}

	public List<CustomRule> customRules() {
		return customRules;
	}

	public boolean isEnabled(SensitiveType type) {
		return !disabledTypes.contains(type);
	}

	public List<String> phoneRegions() {
		return phoneRegions;
	}

	/** Below this many non-null samples the values cannot carry a decision; name and type do. */
	public int minimumSamples() {
		return minimumSamples;
	}

	public long regexStepBudget() {
		return regexStepBudget;
	}

	public Duration regexTimeBudget() {
		return regexTimeBudget;
	}

	/** The clock for "not in the future" checks on birth dates. */
	public Clock clock() {
		return clock;
	}

	/**
	 * The map built-in types' scores go through, so that of the types given confidence about c, about c are right:
	 * {@link Calibration#shipped()} unless the tool that fits it chose another.
	 */
	public Calibration calibration() {
		return calibration;
	}

	/** A builder pre-filled with this configuration, to derive a changed one. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.defaultThresholds = defaultThresholds;
		b.defaultThresholdsSet = defaultThresholdsSet;
		b.thresholdsByType.putAll(thresholdsByType);
		b.typeAdjustments.putAll(typeAdjustments);
		b.ruleAdjustments.putAll(ruleAdjustments);
		customRules.forEach(r -> b.customRules.put(r.id(), r));
		b.disabledTypes.addAll(disabledTypes);
		b.phoneRegions = phoneRegions;
		b.minimumSamples = minimumSamples;
		b.regexStepBudget = regexStepBudget;
		b.regexTimeBudget = regexTimeBudget;
		b.clock = clock;
		b.calibration = calibration;
		return b;
	}

	/** Fluent construction with the platform defaults. */
	public static final class Builder {
		private Thresholds defaultThresholds = Thresholds.DEFAULT;
		private boolean defaultThresholdsSet;
		private final Map<String, Thresholds> thresholdsByType = new HashMap<>();
		private final Map<String, WeightAdjustment> typeAdjustments = new HashMap<>();
		private final Map<String, WeightAdjustment> ruleAdjustments = new HashMap<>();
		private final Map<String, CustomRule> customRules = new LinkedHashMap<>();
		private final Set<SensitiveType> disabledTypes = EnumSet.noneOf(SensitiveType.class);
		private List<String> phoneRegions = DEFAULT_PHONE_REGIONS;
		private int minimumSamples = 3;
		private long regexStepBudget = 200_000;
		private Duration regexTimeBudget = Duration.ofMillis(50);
		private Clock clock = Clock.systemUTC();
		private Calibration calibration = Calibration.shipped();

		private Builder() {
		}

		/** Thresholds for every type without its own override, replacing the built-in per-type defaults. */
		public Builder defaultThresholds(Thresholds thresholds) {
			this.defaultThresholds = Objects.requireNonNull(thresholds);
			this.defaultThresholdsSet = true;
			return this;
		}

		public Builder thresholds(SensitiveType type, Thresholds thresholds) {
			return thresholds(type.id(), thresholds);
		}

		/** Thresholds for a built-in type id or a custom rule's type id. */
		public Builder thresholds(String typeId, Thresholds thresholds) {
			thresholdsByType.put(Objects.requireNonNull(typeId), Objects.requireNonNull(thresholds));
			return this;
		}

		public Builder adjustType(SensitiveType type, WeightAdjustment adjustment) {
			return adjustType(type.id(), adjustment);
		}

		/** Learned adjustment of a type's confidence (from steward approvals and rejections). */
		public Builder adjustType(String typeId, WeightAdjustment adjustment) {
			typeAdjustments.put(Objects.requireNonNull(typeId), Objects.requireNonNull(adjustment));
			return this;
		}

		/** Learned adjustment of a custom rule's confidence. */
		public Builder adjustRule(String ruleId, WeightAdjustment adjustment) {
			ruleAdjustments.put(Objects.requireNonNull(ruleId), Objects.requireNonNull(adjustment));
			return this;
		}

		/** Adds a rule; a rule with the same id replaces the earlier one. */
		public Builder customRule(CustomRule rule) {
			customRules.put(rule.id(), rule);
			return this;
		}

		public Builder customRules(java.util.Collection<CustomRule> rules) {
			rules.forEach(this::customRule);
			return this;
		}

		public Builder disable(SensitiveType type) {
			disabledTypes.add(type);
			return this;
		}

		/** Regions (ISO 3166 alpha-2) tried for national phone numbers when the column gives no hint. */
		public Builder phoneRegions(List<String> regions) {
			this.phoneRegions = new ArrayList<>(regions);
			return this;
		}

		public Builder minimumSamples(int minimumSamples) {
			if (minimumSamples < 1) {
				throw new IllegalArgumentException("minimumSamples must be at least 1");
			}
			this.minimumSamples = minimumSamples;
			return this;
		}

		/** Budget of one custom-rule regex evaluation on one value: engine steps and wall time. */
		public Builder regexBudget(long maxSteps, Duration maxTime) {
			if (maxSteps < 1 || maxTime.isNegative() || maxTime.isZero()) {
				throw new IllegalArgumentException("regex budget must be positive");
			}
			this.regexStepBudget = maxSteps;
			this.regexTimeBudget = maxTime;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock);
			return this;
		}

		/**
		 * Another calibration than the shipped one: {@link Calibration#identity()} gives the scorer's own scores, which
		 * is what {@code pursight-bench}'s calibration fit learns from. Decisions then differ from the product's.
		 */
		public Builder calibration(Calibration calibration) {
			this.calibration = Objects.requireNonNull(calibration);
			return this;
		}

		public ClassifierConfig build() {
			return new ClassifierConfig(this);
		}
	}
}
