package io.pursight.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRules;

/**
 * What a run was asked to do, fixed when it is queued: the rules are copied from the rule set's version then, so
 * a later change of the rule set never changes a run.
 *
 * @param sourceId     the source scanned
 * @param tableAssetId the one table, view or materialized view to scan; null for the whole source
 * @param steps        the steps, in order; never empty
 * @param sampleSize   rows sampled per table; null for the rule set's (or, before rule sets, the workspace's)
 * @param requestedBy  the user who asked; null when PurSight itself did (a schedule)
 * @param ruleSet      the rule set and the version used; null for runs stored before rule sets existed
 * @param rules        the rules of that version; null for runs stored before rule sets existed
 * @param trigger      what started the run
 * @param scheduleId   the schedule that started it, or null
 */
public record ScanRequest(DataSourceId sourceId, AssetId tableAssetId, List<ScanStep> steps, Integer sampleSize,
		UserId requestedBy, RuleSetRef ruleSet, ScanRules rules, ScanTrigger trigger, java.util.UUID scheduleId) {

	/** A rule set as a run used it. */
	public record RuleSetRef(ScanRuleSetId id, int version, String name) {
	}

	public ScanRequest {
		Objects.requireNonNull(sourceId, "sourceId");
		steps = List.copyOf(steps);
		if (steps.isEmpty() || steps.stream().distinct().count() != steps.size()) {
			throw new IllegalArgumentException("a scan run needs distinct steps, got " + steps);
		}
		trigger = trigger == null ? ScanTrigger.MANUAL : trigger;
	}

	/**
	 * A scan of the whole source under a rule set: discovery, then the per-table steps the rules ask for.
	 *
	 * @param sampleSize overrides the rules' sample size when not null
	 */
	public static ScanRequest of(DataSourceId source, ScanRuleSet set, Integer sampleSize, UserId by,
			ScanTrigger trigger, java.util.UUID scheduleId) {
		return new ScanRequest(source, null, steps(true, set.rules()), sampleSize, by, ref(set), set.rules(), trigger,
				scheduleId);
	}

	/** The per-table steps of a rule set over what the catalog already holds: no discovery first. */
	public static ScanRequest ofCatalog(DataSourceId source, AssetId table, ScanRuleSet set, Integer sampleSize,
			UserId by) {
		return new ScanRequest(source, table, steps(false, set.rules()), sampleSize, by, ref(set), set.rules(),
				ScanTrigger.MANUAL, null);
	}

	public boolean includes(ScanStep step) {
		return steps.contains(step);
	}

	/** Whether the run reads tables (classifies or profiles them) after discovery. */
	public boolean readsTables() {
		return includes(ScanStep.CLASSIFY) || includes(ScanStep.PROFILE);
	}

	/** Rows sampled per table: the request's override, else the rules'. */
	public int rowsPerTable() {
		return sampleSize != null ? sampleSize : rules.sampleSize();
	}

	private static List<ScanStep> steps(boolean discover, ScanRules rules) {
		List<ScanStep> steps = new ArrayList<>();
		if (discover) {
			steps.add(ScanStep.DISCOVER);
		}
		if (rules.classify()) {
			steps.add(ScanStep.CLASSIFY);
		}
		if (rules.profile()) {
			steps.add(ScanStep.PROFILE);
		}
		if (steps.isEmpty()) {
			throw Problem.invalid("The rule set neither classifies nor profiles, and this run does not discover the "
					+ "source: it would do nothing. Choose a rule set that classifies or profiles.");
		}
		return steps;
	}

	private static RuleSetRef ref(ScanRuleSet set) {
		return new RuleSetRef(set.id(), set.version(), set.name());
	}
}
