package io.pursight.scanrules;

import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;

/**
 * The scan rule sets of a workspace: its own, versioned, and the built-in templates ({@link #FULL_PII},
 * {@link #METADATA_ONLY}, {@link #PCI_FOCUS}, {@link #HIPAA_FOCUS}), the same in every workspace and read-only.
 * Another workspace's rule set is not found (404).
 */
public interface ScanRuleSets {

	ScanRuleSetId FULL_PII = ScanRuleSetId.builtIn("full-pii");
	ScanRuleSetId METADATA_ONLY = ScanRuleSetId.builtIn("metadata-only");
	ScanRuleSetId PCI_FOCUS = ScanRuleSetId.builtIn("pci");
	ScanRuleSetId HIPAA_FOCUS = ScanRuleSetId.builtIn("hipaa");

	/** Objects per list of a preview unless asked otherwise. */
	int DEFAULT_PREVIEW_LIMIT = 100;

	/** The current version; a built-in too; 404 for a deleted or unknown one. Never returns null. */
	ScanRuleSet get(WorkspaceId workspace, ScanRuleSetId id);

	/** An exact version, also of a deleted rule set (runs keep the version they used); 404 when there is none. */
	ScanRuleSet version(WorkspaceId workspace, ScanRuleSetId id, int version);

	/** The built-ins first, then the workspace's own by name. */
	PageResult<ScanRuleSet> list(WorkspaceId workspace, PageQuery page);

	/** Version 1 of a new rule set; 409 when the workspace has one of that name (ignoring case). */
	ScanRuleSet create(WorkspaceId workspace, String name, String description, ScanRules rules);

	/**
	 * Adds a version; {@code expectedVersion} must be the current one (409 otherwise), a built-in is read-only
	 * (409), and the new name must be free (409).
	 */
	ScanRuleSet update(WorkspaceId workspace, ScanRuleSetId id, int expectedVersion, String name, String description,
			ScanRules rules);

	/** Deletes softly: earlier versions stay readable. 409 for a built-in and while a schedule uses it. */
	void delete(WorkspaceId workspace, ScanRuleSetId id);

	/**
	 * What the rule set would read of a source, from its catalog: the totals and the first {@code limit} (1..1000)
	 * objects of each list. 409 while the source has never been discovered.
	 */
	ScanPreview preview(WorkspaceId workspace, ScanRuleSetId id, DataSourceId source, int limit);

	/** {@link #preview(WorkspaceId, ScanRuleSetId, DataSourceId, int)} with the first 100 objects of each list. */
	default ScanPreview preview(WorkspaceId workspace, ScanRuleSetId id, DataSourceId source) {
		return preview(workspace, id, source, DEFAULT_PREVIEW_LIMIT);
	}
}
