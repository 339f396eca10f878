package io.pursight.classification.internal;

import java.time.Instant;
import java.util.List;

import io.pursight.classification.LearnedWeight;
import io.pursight.classifier.WeightAdjustment;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Confidence offsets learned from steward decisions, per workspace and per type or rule:
 * +{@value #APPROVAL_STEP} per approval, −{@value #REJECTION_STEP} per rejection, clamped to
 * the classifier's {@link WeightAdjustment#MAX_OFFSET}.
 */
@Repository
public class Weights {

	public static final double APPROVAL_STEP = 0.02;
	public static final double REJECTION_STEP = 0.05;

	private final JdbcClient jdbc;

	Weights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LearnedWeight> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM classification_weights WHERE workspace_id = ? ORDER BY subject_kind, subject_id")
				.params(workspace.value())
				.query((rs, n) -> new LearnedWeight(rs.getString("subject_kind"), rs.getString("subject_id"),
						rs.getDouble("weight_offset"), rs.getLong("approvals"), rs.getLong("rejections"),
						Timestamps.instant(rs, "updated_at")))
				.list();
	}

	/** Learns from one decision about a type (kind TYPE) or a custom rule (kind RULE). */
	public void learn(WorkspaceId workspace, String kind, String subjectId, boolean approved, Instant now) {
		double step = approved ? APPROVAL_STEP : -REJECTION_STEP;
		List<Double> current = jdbc.sql("""
				SELECT weight_offset FROM classification_weights
				WHERE workspace_id = ? AND subject_kind = ? AND subject_id = ? FOR UPDATE""")
				.params(workspace.value(), kind, subjectId).query(Double.class).list();
		if (current.isEmpty()) {
			jdbc.sql("""
					INSERT INTO classification_weights (workspace_id, subject_kind, subject_id, weight_offset, approvals,
					    rejections, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(workspace.value(), kind, subjectId, clamp(step), approved ? 1 : 0, approved ? 0 : 1,
							Timestamps.utc(now))
					.update();
			return;
		}
		jdbc.sql("""
				UPDATE classification_weights SET weight_offset = ?, approvals = approvals + ?, rejections = rejections + ?,
				    updated_at = ? WHERE workspace_id = ? AND subject_kind = ? AND subject_id = ?""")
				.params(clamp(current.getFirst() + step), approved ? 1 : 0, approved ? 0 : 1, Timestamps.utc(now),
						workspace.value(), kind, subjectId)
				.update();
	}

	public int reset(WorkspaceId workspace) {
		return jdbc.sql("DELETE FROM classification_weights WHERE workspace_id = ?").params(workspace.value()).update();
	}

	static double clamp(double offset) {
		return Math.clamp(offset, -WeightAdjustment.MAX_OFFSET, WeightAdjustment.MAX_OFFSET);
	}
}
