package io.pursight.classification.internal;

import java.time.Instant;
import java.util.List;

import io.pursight.classification.LearnedWeight;
import io.pursight.classification.RuleId;
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

	/** What a weight is learned for: a type (its id) or a custom rule (its id as text). */
	public record Subject(LearnedWeight.Kind kind, String id) implements Comparable<Subject> {

		public static Subject type(String typeId) {
			return new Subject(LearnedWeight.Kind.TYPE, typeId);
		}

		public static Subject rule(RuleId rule) {
			return new Subject(LearnedWeight.Kind.RULE, rule.toString());
		}

		@Override
		public int compareTo(Subject other) {
			int byKind = kind.compareTo(other.kind);
			return byKind != 0 ? byKind : id.compareTo(other.id);
		}
	}

	public List<LearnedWeight> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM classification_weights WHERE workspace_id = ? ORDER BY subject_kind, subject_id")
				.params(workspace.value())
				.query((rs, n) -> new LearnedWeight(LearnedWeight.Kind.valueOf(rs.getString("subject_kind")),
						rs.getString("subject_id"),
						rs.getDouble("weight_offset"), rs.getLong("approvals"), rs.getLong("rejections"),
						Timestamps.instant(rs, "updated_at")))
				.list();
	}

	/**
	 * Learns from {@code decisions} decisions of the same kind (all approvals or all rejections)
	 * about one subject, in one read and one write.
	 */
	public void learn(WorkspaceId workspace, Subject subject, boolean approved, int decisions, Instant now) {
		int approvals = approved ? decisions : 0;
		int rejections = approved ? 0 : decisions;
		List<Double> current = jdbc.sql("""
				SELECT weight_offset FROM classification_weights
				WHERE workspace_id = ? AND subject_kind = ? AND subject_id = ? FOR UPDATE""")
				.params(workspace.value(), subject.kind().name(), subject.id()).query(Double.class).list();
		if (current.isEmpty()) {
			jdbc.sql("""
					INSERT INTO classification_weights (workspace_id, subject_kind, subject_id, weight_offset, approvals,
					    rejections, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(workspace.value(), subject.kind().name(), subject.id(), stepped(0, approved, decisions),
							approvals, rejections, Timestamps.utc(now))
					.update();
			return;
		}
		jdbc.sql("""
				UPDATE classification_weights SET weight_offset = ?, approvals = approvals + ?, rejections = rejections + ?,
				    updated_at = ? WHERE workspace_id = ? AND subject_kind = ? AND subject_id = ?""")
				.params(stepped(current.getFirst(), approved, decisions), approvals, rejections, Timestamps.utc(now),
						workspace.value(), subject.kind().name(), subject.id())
				.update();
	}

	public int reset(WorkspaceId workspace) {
		return jdbc.sql("DELETE FROM classification_weights WHERE workspace_id = ?").params(workspace.value()).update();
	}

	/** The offset after n steps, each clamped as if the decisions had come one at a time. */
	static double stepped(double offset, boolean approved, int decisions) {
		double step = approved ? APPROVAL_STEP : -REJECTION_STEP;
		double result = offset;
		for (int i = 0; i < decisions; i++) {
			result = clamp(result + step);
		}
		return result;
	}

	static double clamp(double offset) {
		return Math.clamp(offset, -WeightAdjustment.MAX_OFFSET, WeightAdjustment.MAX_OFFSET);
	}
}
