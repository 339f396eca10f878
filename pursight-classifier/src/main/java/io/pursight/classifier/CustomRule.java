package io.pursight.classifier;

import io.pursight.classifier.internal.text.AccentFolder;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A data type an organisation defines itself (employee numbers, internal account codes).
 * A value matches when it satisfies every value condition the rule has: the value regex
 * (whole value), the built-in validator and the dictionary. The column-name regex adds
 * evidence; a rule with no value condition classifies by name alone.
 * Regexes are compiled when the rule is built, so a syntax error surfaces as an
 * {@link InvalidRuleException} with its position. Immutable and thread-safe.
 */
public final class CustomRule {
	private final String id;
	private final String typeId;
	private final String description;
	private final Pattern valuePattern;
	private final Pattern columnNamePattern;
	private final Set<String> dictionary;
	private final BuiltInValidator validator;
	private final double minMatchRatio;
	private final Category category;
	private final Sensitivity sensitivity;
	private final Thresholds thresholds;

	private CustomRule(Builder b) {
		this.id = b.id;
		this.typeId = b.typeId;
		this.description = b.description;
		this.valuePattern = b.valuePattern;
		this.columnNamePattern = b.columnNamePattern;
		this.dictionary = Set.copyOf(b.dictionary);
		this.validator = b.validator;
		this.minMatchRatio = b.minMatchRatio;
		this.category = b.category;
		this.sensitivity = b.sensitivity;
		this.thresholds = b.thresholds;
	}

	/**
	 * Starts a rule.
	 *
	 * @param id     stable id of the rule (used for learned weight adjustments)
	 * @param typeId the type the rule assigns, e.g. {@code EMPLOYEE_ID}; may be a built-in id to extend it
	 */
	public static Builder builder(String id, String typeId) {
		return new Builder(id, typeId);
	}

	public String id() {
		return id;
	}

	public String typeId() {
		return typeId;
	}

	public String description() {
		return description;
	}

	public Optional<Pattern> valuePattern() {
		return Optional.ofNullable(valuePattern);
	}

	public Optional<Pattern> columnNamePattern() {
		return Optional.ofNullable(columnNamePattern);
	}

	/** Folded dictionary entries (lower case, accents removed). */
	public Set<String> dictionary() {
		return dictionary;
	}

	public Optional<BuiltInValidator> validator() {
		return Optional.ofNullable(validator);
	}

	public double minMatchRatio() {
		return minMatchRatio;
	}

	public Category category() {
		return category;
	}

	public Sensitivity sensitivity() {
		return sensitivity;
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	/** True when the rule tests values (regex, validator or dictionary), not only the column name. */
	public boolean testsValues() {
		return valuePattern != null || validator != null || !dictionary.isEmpty();
	}

	/** Fluent construction; {@link #build()} validates everything. */
	public static final class Builder {
		private final String id;
		private final String typeId;
		private String description = "";
		private Pattern valuePattern;
		private Pattern columnNamePattern;
		private final Set<String> dictionary = new LinkedHashSet<>();
		private BuiltInValidator validator;
		private double minMatchRatio = 0.8;
		private Category category = Category.OTHER;
		private Sensitivity sensitivity = Sensitivity.CONFIDENTIAL;
		private Thresholds thresholds = Thresholds.DEFAULT;

		private Builder(String id, String typeId) {
			if (id == null || id.isBlank()) {
				throw new InvalidRuleException("id", null, -1, "a rule needs an id");
			}
			if (typeId == null || !typeId.matches("[A-Z][A-Z0-9_]{0,63}")) {
				throw new InvalidRuleException("typeId", null, -1,
						"a type id is 1-64 upper-case letters, digits and underscores, starting with a letter");
			}
			this.id = id;
			this.typeId = typeId;
		}

		public Builder description(String description) {
			this.description = Objects.requireNonNullElse(description, "");
			return this;
		}

		/** A regex each whole value must match; compiled here. */
		public Builder valuePattern(String regex) {
			this.valuePattern = compile("valuePattern", regex, 0);
			return this;
		}

		/** A regex the column name must contain (case-insensitive); compiled here. */
		public Builder columnNamePattern(String regex) {
			this.columnNamePattern = compile("columnNamePattern", regex, Pattern.CASE_INSENSITIVE);
			return this;
		}

		/** Words or phrases a value must equal (compared folded: case and accents ignored). */
		public Builder dictionary(Collection<String> words) {
			for (String w : words) {
				String folded = AccentFolder.fold(w);
				if (!folded.isEmpty()) {
					dictionary.add(folded);
				}
			}
			return this;
		}

		public Builder validator(BuiltInValidator validator) {
			this.validator = validator;
			return this;
		}

		/** Share of sampled values that must match, in (0, 1]; default 0.8. */
		public Builder minMatchRatio(double ratio) {
			if (!(ratio > 0 && ratio <= 1)) {
				throw new InvalidRuleException("minMatchRatio", null, -1, "must be in (0, 1], got " + ratio);
			}
			this.minMatchRatio = ratio;
			return this;
		}

		public Builder category(Category category) {
			this.category = Objects.requireNonNull(category);
			return this;
		}

		public Builder sensitivity(Sensitivity sensitivity) {
			this.sensitivity = Objects.requireNonNull(sensitivity);
			return this;
		}

		/** Auto-apply and review thresholds of this rule. */
		public Builder thresholds(double autoApply, double review) {
			try {
				this.thresholds = new Thresholds(autoApply, review);
			} catch (IllegalArgumentException e) {
				throw new InvalidRuleException("thresholds", null, -1, e.getMessage());
			}
			return this;
		}

		public CustomRule build() {
			if (valuePattern == null && columnNamePattern == null && validator == null && dictionary.isEmpty()) {
				throw new InvalidRuleException("rule", null, -1,
						"a rule needs at least one of valuePattern, columnNamePattern, validator or dictionary");
			}
			return new CustomRule(this);
		}

		private static Pattern compile(String field, String regex, int flags) {
			if (regex == null || regex.isEmpty()) {
				throw new InvalidRuleException(field, regex, -1, "pattern is empty");
			}
			try {
				return Pattern.compile(regex, flags);
			} catch (PatternSyntaxException e) {
				throw new InvalidRuleException(field, regex, e.getIndex(), e.getDescription());
			}
		}
	}
}
