package io.pursight.classification;

import io.pursight.common.WorkspaceId;

/** The module's events about a stored label. */
final class LabelEvents {

	private LabelEvents() {
	}

	/** The label now tags its column. */
	static ColumnClassified classified(WorkspaceId workspace, ClassificationView label, ClassificationStatus status) {
		LabelledColumn c = label.column();
		LabelMatch m = label.match();
		return new ColumnClassified(workspace, c.sourceId(), c.columnAssetId(), c.qualifiedName(), m.typeId(),
				m.category(), m.sensitivity(), m.confidence(), status);
	}

	/** The label no longer tags its column. */
	static ClassificationRemoved removed(WorkspaceId workspace, ClassificationView label, ClassificationStatus status) {
		LabelledColumn c = label.column();
		return new ClassificationRemoved(workspace, c.sourceId(), c.columnAssetId(), c.qualifiedName(),
				label.match().typeId(), status);
	}
}
