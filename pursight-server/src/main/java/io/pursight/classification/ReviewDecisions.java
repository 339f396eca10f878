package io.pursight.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.pursight.access.Actor;
import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.Weights;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stewards' decisions on labels: approve or reject one, or up to {@value BulkDecision#MAX_IDS} at
 * once. A batch is one transaction: its labels are read in one query and written in one batch,
 * each decision teaches the learned weights, the roll-up of each touched source is recomputed
 * once, and the events are published with it. Also the learned weights themselves.
 */
@Service
public class ReviewDecisions {

	private final Labels labels;
	private final Weights weights;
	private final SensitivityRollUp rollUp;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;

	ReviewDecisions(Labels labels, Weights weights, SensitivityRollUp rollUp, TransactionTemplate tx,
			ApplicationEventPublisher events) {
		this.labels = labels;
		this.weights = weights;
		this.rollUp = rollUp;
		this.tx = tx;
		this.events = events;
	}

	public ClassificationView approve(WorkspaceId workspace, ClassificationId id, Actor actor) {
		return decideOne(workspace, id, ClassificationStatus.APPROVED, null, actor);
	}

	/** Rejects a label; the reason is required and kept with the decision. */
	public ClassificationView reject(WorkspaceId workspace, ClassificationId id, String reason, Actor actor) {
		return decideOne(workspace, id, ClassificationStatus.REJECTED, reason, actor);
	}

	/** Decides every label it can; the others are reported with the reason, in the order they were sent. */
	public BulkDecision.Result bulk(WorkspaceId workspace, BulkDecision decision, Actor actor) {
		List<ClassificationId> ids = List.copyOf(new LinkedHashSet<>(decision.ids()));
		Map<ClassificationId, Refusal> refused = tx.execute(
				status -> decide(workspace, ids, decision.action().status(), decision.reason(), actor));
		List<BulkDecision.Failure> failed = ids.stream().filter(refused::containsKey)
				.map(id -> new BulkDecision.Failure(id, refused.get(id).problem(id).getMessage())).toList();
		return new BulkDecision.Result(ids.size() - failed.size(), failed);
	}

	public List<LearnedWeight> weights(WorkspaceId workspace) {
		return weights.all(workspace);
	}

	public void resetWeights(WorkspaceId workspace) {
		tx.executeWithoutResult(status -> weights.reset(workspace));
	}

	private ClassificationView decideOne(WorkspaceId workspace, ClassificationId id, ClassificationStatus to,
			String reason, Actor actor) {
		return tx.execute(status -> {
			Refusal refused = decide(workspace, List.of(id), to, reason, actor).get(id);
			if (refused != null) {
				throw refused.problem(id);
			}
			return labels.find(workspace, id).orElseThrow().view();
		});
	}

	/** Why a label was not decided. */
	private enum Refusal {
		NOT_FOUND, CHANGED_MEANWHILE;

		Problem problem(ClassificationId id) {
			return this == NOT_FOUND ? Problem.notFound(id)
					: Problem.conflict("The classification changed meanwhile; reload it and decide again.");
		}
	}

	/**
	 * Decides a batch within the caller's transaction and returns the labels it refused; a label
	 * already at {@code to} counts as decided.
	 */
	private Map<ClassificationId, Refusal> decide(WorkspaceId workspace, List<ClassificationId> ids, ClassificationStatus to, String reason,
			Actor actor) {
		if (to == ClassificationStatus.REJECTED && (reason == null || reason.isBlank())) {
			throw Problem.invalid("A rejection needs a reason: say why the label is wrong.");
		}
		Instant now = Instant.now();
		Map<ClassificationId, Labels.Stored> found = labels.find(workspace, ids);
		Map<ClassificationId, Refusal> refused = new HashMap<>();
		List<ClassificationView> toChange = new ArrayList<>();
		for (ClassificationId id : ids) {
			Labels.Stored label = found.get(id);
			if (label == null) {
				refused.put(id, Refusal.NOT_FOUND);
			}
			else if (label.view().status() != to) {
				toChange.add(label.view());
			}
		}
		// rows are locked in id order, so that two batches that share labels cannot deadlock
		toChange.sort(Comparator.comparing(v -> v.id().value()));
		String why = reason == null ? null : reason.strip();
		boolean[] applied = labels.decide(toChange.stream()
				.map(v -> new Labels.Decision(v.id(), v.version(), to, actor.id(), actor.username(), why)).toList(), now);
		Map<ClassificationId, ClassificationView> changed = new HashMap<>();
		for (int i = 0; i < applied.length; i++) {
			if (applied[i]) {
				changed.put(toChange.get(i).id(), toChange.get(i));
			}
			else {
				refused.put(toChange.get(i).id(), Refusal.CHANGED_MEANWHILE);
			}
		}
		boolean approved = to == ClassificationStatus.APPROVED;
		learn(workspace, changed.values(), approved, now);
		rollUp.recompute(workspace, changed.values().stream().map(v -> v.column().sourceId()).toList(), now);
		for (ClassificationView v : ids.stream().map(changed::get).filter(Objects::nonNull).toList()) {
			if (approved && !v.status().isEffective()) {
				events.publishEvent(LabelEvents.classified(workspace, v, to));
			}
			else if (!approved && v.status().isEffective()) {
				events.publishEvent(LabelEvents.removed(workspace, v, to));
			}
		}
		return refused;
	}

	/** Every decision teaches its type's weight, and its custom rule's when a rule found the label. */
	private void learn(WorkspaceId workspace, Collection<ClassificationView> decided, boolean approved, Instant now) {
		Map<Weights.Subject, Integer> counts = new TreeMap<>(); // sorted: weight rows are locked in order too
		for (ClassificationView v : decided) {
			counts.merge(Weights.Subject.type(v.match().typeId()), 1, Integer::sum);
			if (v.match().ruleId() != null) {
				counts.merge(Weights.Subject.rule(v.match().ruleId()), 1, Integer::sum);
			}
		}
		counts.forEach((subject, n) -> weights.learn(workspace, subject, approved, n, now));
	}
}
