package io.pursight.classification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.RuleStore;
import io.pursight.classification.internal.Samples;
import io.pursight.classifier.Category;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.CustomRule;
import io.pursight.classifier.InvalidRuleException;
import io.pursight.classifier.RuleTestReport;
import io.pursight.classifier.RuleTester;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.Sensitivity;
import io.pursight.classifier.Thresholds;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's custom classification rules and settings. Every rule is compiled before it is
 * stored, so a regex error is reported with its position and never reaches a scan. A rule test
 * runs within {@link ClassificationSettings.RuleTest}'s budget as a whole, on top of the
 * classifier's per-value regex budget. Deleting a rule withdraws the automatic labels it made.
 */
@Service
public class ClassificationRules {

	/** At most this many values may be tried in one rule test. */
	public static final int MAX_TEST_VALUES = 1000;

	private final RuleStore store;
	private final Samples samples;
	private final Labels labels;
	private final SensitivityRollUp rollUp;
	private final ApplicationEventPublisher events;
	private final RuleTester tester;

	ClassificationRules(RuleStore store, Samples samples, Labels labels, SensitivityRollUp rollUp,
			ApplicationEventPublisher events, ClassificationSettings settings) {
		this.store = store;
		this.samples = samples;
		this.labels = labels;
		this.rollUp = rollUp;
		this.events = events;
		this.tester = RuleTester.using(ClassifierConfig.defaults())
				.withTotalBudget(settings.ruleTest().stepBudget(), settings.ruleTest().timeBudget());
	}

	// --- settings

	/** The workspace's settings; the defaults (version 0) when none were saved. */
	public WorkspaceClassificationSettings settings(WorkspaceId workspace) {
		return store.settings(workspace).orElseGet(WorkspaceClassificationSettings::initial);
	}

	@Transactional
	public WorkspaceClassificationSettings changeSettings(WorkspaceId workspace, long expectedVersion,
			WorkspaceClassificationSettings settings) {
		if (settings.defaults() != null) {
			thresholds("defaults", settings.defaults());
		}
		settings.typeThresholds().forEach((type, levels) -> {
			if (!type.matches("[A-Z][A-Z0-9_]{0,63}")) {
				throw Problem.invalid("typeThresholds: '" + type + "' is not a type id (upper-case letters, digits, underscores).");
			}
			thresholds("typeThresholds." + type, levels);
		});
		if (!store.saveSettings(workspace, settings, expectedVersion, Instant.now())) {
			throw Problem.versionConflict("classification settings", expectedVersion, settings(workspace).version());
		}
		if (!settings.storeSamples()) {
			samples.deleteAll(workspace); // in the same transaction as the settings
		}
		return settings(workspace);
	}

	static Thresholds thresholds(String field, WorkspaceClassificationSettings.Levels levels) {
		if (levels == null || levels.autoApply() == null || levels.review() == null) {
			throw Problem.invalid(field + " needs autoApply and review.");
		}
		try {
			return new Thresholds(levels.autoApply(), levels.review());
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid(field + ": " + e.getMessage());
		}
	}

	// --- rules

	public PageResult<RuleView> list(WorkspaceId workspace, PageQuery page) {
		return store.page(workspace, page);
	}

	public RuleView get(WorkspaceId workspace, RuleId id) {
		return store.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
	}

	@Transactional
	public RuleView create(WorkspaceId workspace, RuleDefinition definition) {
		RuleDefinition d = complete(definition);
		refuseBuiltInTypeId(d);
		RuleId id = RuleId.random();
		compile(id, d);
		if (store.nameTaken(workspace, d.name().strip(), id)) {
			throw Problem.conflict("A classification rule named '" + d.name().strip() + "' already exists in this workspace.");
		}
		store.insert(workspace, id, d, Instant.now());
		return get(workspace, id);
	}

	@Transactional
	public RuleView redefine(WorkspaceId workspace, RuleId id, long expectedVersion, RuleDefinition definition) {
		RuleView current = get(workspace, id);
		if (current.version() != expectedVersion) {
			throw Problem.versionConflict("classification rule", expectedVersion, current.version());
		}
		RuleDefinition d = complete(definition);
		refuseBuiltInTypeId(d);
		compile(id, d);
		if (store.nameTaken(workspace, d.name().strip(), id)) {
			throw Problem.conflict("A classification rule named '" + d.name().strip() + "' already exists in this workspace.");
		}
		if (!store.update(workspace, id, expectedVersion, d, Instant.now())) {
			throw Problem.versionConflict("classification rule", expectedVersion, get(workspace, id).version());
		}
		return get(workspace, id);
	}

	/**
	 * Deletes a custom rule and withdraws the automatic labels it produced at once, rather than
	 * at the next scan; labels a steward approved or rejected stay as decided.
	 */
	@Transactional
	public void delete(WorkspaceId workspace, RuleId id) {
		if (!store.delete(workspace, id)) {
			throw Problem.notFound(id);
		}
		Instant now = Instant.now();
		List<Labels.Stored> withdrawn = labels.automaticOfRule(workspace, id);
		for (Labels.Stored label : withdrawn) {
			labels.withdraw(label.view().id(), now);
			if (label.view().status().isEffective()) {
				events.publishEvent(LabelEvents.removed(workspace, label.view(), ClassificationStatus.WITHDRAWN));
			}
		}
		rollUp.recompute(workspace, withdrawn.stream().map(label -> label.view().column().sourceId()).toList(), now);
	}

	/**
	 * Runs a rule definition (not stored) over the given values, within the test's budget: a
	 * pattern too slow to finish gets a report that says where it stopped and what to simplify.
	 */
	public RuleTestReport test(RuleDefinition definition, String columnName, List<String> values) {
		List<String> v = values == null ? List.of() : values;
		if (v.size() > MAX_TEST_VALUES) {
			throw Problem.invalid("Test at most " + MAX_TEST_VALUES + " values at once (got " + v.size() + ").");
		}
		RuleDefinition d = complete(definition);
		refuseBuiltInTypeId(d);
		return tester.test(compile(RuleId.random(), d), columnName, v);
	}

	/** The enabled rules of a workspace, compiled for a scan. */
	List<CustomRule> compiledRules(WorkspaceId workspace) {
		return store.enabled(workspace).stream().map(r -> compile(r.id(), r.definition())).toList();
	}

	/**
	 * A custom rule may not take the id of a built-in type (in any letter case): its labels would
	 * pass for the built-in detector's, with the rule's own category and sensitivity. Rules stored
	 * before this check keep working; they must change their type id when next redefined.
	 */
	static void refuseBuiltInTypeId(RuleDefinition d) {
		String typeId = d.typeId() == null ? "" : d.typeId().strip();
		SensitiveType.byId(typeId.toUpperCase(Locale.ROOT)).ifPresent(type -> {
			throw new Problem(ProblemKind.INVALID_REQUEST, "typeId '" + typeId + "' is the id of the built-in type "
					+ type.id() + " (" + type.displayName() + "). Choose an id of your own, such as CUSTOM_" + type.id() + ".",
					Map.of("field", "typeId"));
		});
	}

	/** Fills in the defaults of optional fields. */
	static RuleDefinition complete(RuleDefinition d) {
		if (d == null) {
			throw Problem.invalid("Send a rule definition.");
		}
		return new RuleDefinition(d.name() == null ? "" : d.name(), d.typeId(), d.description(), blankToNull(d.valuePattern()),
				blankToNull(d.columnNamePattern()), d.dictionary() == null || d.dictionary().isEmpty() ? null : d.dictionary(),
				d.validator(), d.minMatchRatio() == null ? 0.8 : d.minMatchRatio(),
				d.category() == null ? Category.OTHER : d.category(),
				d.sensitivity() == null ? Sensitivity.CONFIDENTIAL : d.sensitivity(),
				d.autoApply() == null ? Thresholds.DEFAULT.autoApply() : d.autoApply(),
				d.review() == null ? Thresholds.DEFAULT.review() : d.review(), d.enabled() == null || d.enabled());
	}

	/** Builds the classifier's rule; an invalid definition is a 400 naming the field and, for regexes, the position. */
	static CustomRule compile(RuleId id, RuleDefinition d) {
		try {
			CustomRule.Builder b = CustomRule.builder(id.toString(), d.typeId()).description(d.description())
					.minMatchRatio(d.minMatchRatio()).category(d.category()).sensitivity(d.sensitivity())
					.thresholds(d.autoApply(), d.review());
			if (d.valuePattern() != null) {
				b.valuePattern(d.valuePattern());
			}
			if (d.columnNamePattern() != null) {
				b.columnNamePattern(d.columnNamePattern());
			}
			if (d.dictionary() != null) {
				b.dictionary(d.dictionary());
			}
			if (d.validator() != null) {
				b.validator(d.validator());
			}
			return b.build();
		}
		catch (InvalidRuleException e) {
			Map<String, Object> properties = new java.util.HashMap<>();
			properties.put("field", e.field());
			if (e.index() >= 0) {
				properties.put("position", e.index());
			}
			if (e.pattern() != null) {
				properties.put("pattern", e.pattern());
			}
			return throwInvalid(e.getMessage(), properties);
		}
	}

	private static CustomRule throwInvalid(String message, Map<String, Object> properties) {
		throw new Problem(ProblemKind.INVALID_REQUEST, "The rule is invalid: " + message + ".", properties);
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
