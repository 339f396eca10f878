package io.pursight.scanrules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.stereotype.Service;

/** TEMPORARY engine-side copy; replaced by the scanrules branch. */
@Service
public class ScanRuleSets {
	public static final ScanRuleSetId FULL_PII = ScanRuleSetId.builtIn("full-pii");
	public static final ScanRuleSetId METADATA_ONLY = ScanRuleSetId.builtIn("metadata-only");

	private static final Map<ScanRuleSetId, ScanRuleSet> BUILT_IN = Map.of(
			FULL_PII, new ScanRuleSet(FULL_PII, "Full PII scan", "", 1, new ScanRules(null, null, null, null, null, null,
					null, true, null, 1000, null, Set.of(), true, true, false, false, Duration.ofSeconds(60), 4, 0.5),
					true, Instant.EPOCH, Instant.EPOCH),
			METADATA_ONLY, new ScanRuleSet(METADATA_ONLY, "Metadata only", "", 1, new ScanRules(null, null, null, null,
					null, null, null, false, null, 1000, null, Set.of(), true, false, false, false, Duration.ofSeconds(60),
					4, 0.5), true, Instant.EPOCH, Instant.EPOCH));

	public ScanRuleSet get(WorkspaceId workspace, ScanRuleSetId id) {
		ScanRuleSet set = BUILT_IN.get(id);
		if (set == null) {
			throw Problem.notFound(id);
		}
		return set;
	}

	public ScanRuleSet version(WorkspaceId workspace, ScanRuleSetId id, int version) {
		return get(workspace, id);
	}
}
