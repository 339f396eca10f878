package io.pursight.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.pursight.catalog.Asset;
import io.pursight.classification.internal.LabelTransition;
import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.Samples;
import io.pursight.classifier.Decision;
import io.pursight.classifier.TypeMatch;
import io.pursight.common.AssetId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's results against the stored labels: automatic labels follow the scan, human
 * decisions win ({@link LabelTransition}), labels the scan no longer supports are withdrawn, and
 * labels of types outside the scan's scope are left alone. The events go out only once every label is
 * written; the caller recomputes the roll-up once the whole scan is stored.
 */
@Component
class LabelReconciler {

	/** What the reconciliation changed. */
	record Counts(int applied, int pending, int withdrawn) {
	}

	private final Labels labels;
	private final Samples samples;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;

	LabelReconciler(Labels labels, Samples samples, JsonMapper json,
			ApplicationEventPublisher events) {
		this.labels = labels;
		this.samples = samples;
		this.json = json;
		this.events = events;
	}

	/** Must run inside the caller's transaction. */
	Counts reconcile(WorkspaceId workspace, DataSourceView source, List<ColumnResult> results,
			Predicate<String> typesInScope) {
		Instant now = Instant.now();
		List<Object> published = new ArrayList<>();
		int applied = 0;
		int pending = 0;
		int withdrawn = 0;
		Map<Labels.Key, Labels.Stored> existing = labels.forColumns(workspace,
				results.stream().map(r -> r.column().id()).toList());
		Map<AssetId, List<Labels.Stored>> byColumn = new HashMap<>();
		existing.values().forEach(s -> byColumn.computeIfAbsent(s.key().column(), k -> new ArrayList<>()).add(s));
		for (ColumnResult r : results) {
			if (r.kept() != null) {
				samples.replace(workspace, r.column().id(), json.writeValueAsString(r.kept()), now);
			}
			Set<String> seen = new HashSet<>();
			for (TypeMatch match : r.result().matches()) {
				if (!seen.add(match.typeId())) {
					continue;
				}
				Labels.Stored current = existing.get(new Labels.Key(r.column().id(), match.typeId()));
				ClassificationStatus before = current == null ? null : current.view().status();
				ClassificationStatus next = LabelTransition.next(before, current == null ? null : current.fingerprint(),
						match.decision(), r.fingerprint());
				Labels.NewLabel label = newLabel(source, r, match, next);
				if (current == null) {
					if (next == null) {
						continue;
					}
					labels.insert(workspace, label, now);
				}
				else if (next != null || !before.isHumanDecision()) {
					if (next == null && match.decision() == Decision.IGNORE) {
						continue;
					}
					labels.rescanned(current.view().id(), next, label, now);
				}
				else {
					continue;
				}
				ClassificationStatus after = next == null ? before : next;
				if (after == ClassificationStatus.APPLIED) {
					applied++;
				}
				else if (after == ClassificationStatus.PENDING_REVIEW) {
					pending++;
				}
				else if (after == ClassificationStatus.WITHDRAWN && before != ClassificationStatus.WITHDRAWN) {
					withdrawn++;
				}
				announce(workspace, label, match, before, after, published);
			}
			for (Labels.Stored old : byColumn.getOrDefault(r.column().id(), List.of())) {
				ClassificationStatus status = old.view().status();
				if (!seen.contains(old.view().match().typeId()) && typesInScope.test(old.view().match().typeId())
						&& (status == ClassificationStatus.APPLIED || status == ClassificationStatus.PENDING_REVIEW)) {
					labels.withdraw(old.view().id(), now);
					withdrawn++;
					if (status == ClassificationStatus.APPLIED) {
						published.add(LabelEvents.removed(workspace, old.view(), ClassificationStatus.WITHDRAWN));
					}
				}
			}
		}
		published.forEach(events::publishEvent);
		return new Counts(applied, pending, withdrawn);
	}

	private static void announce(WorkspaceId workspace, Labels.NewLabel label, TypeMatch match,
			ClassificationStatus before, ClassificationStatus after, List<Object> published) {
		boolean was = before != null && before.isEffective();
		boolean is = after != null && after.isEffective();
		LabelledColumn c = label.column();
		if (is && !was) {
			published.add(new ColumnClassified(workspace, c.sourceId(), c.columnAssetId(), c.qualifiedName(),
					match.typeId(), match.category(), match.sensitivity(), match.confidence(), after));
		}
		else if (was && !is) {
			published.add(new ClassificationRemoved(workspace, c.sourceId(), c.columnAssetId(), c.qualifiedName(),
					match.typeId(), after));
		}
	}

	private Labels.NewLabel newLabel(DataSourceView source, ColumnResult r, TypeMatch match,
			ClassificationStatus status) {
		Asset schema = r.table().schema();
		Asset table = r.table().table();
		LabelledColumn column = new LabelledColumn(source.id(), table.id(), r.column().id(), r.table().schemaName(),
				table.name(), r.column().name(), r.column().qualifiedName().value());
		LabelMatch found = new LabelMatch(match.typeId(), match.ruleId() == null ? null : RuleId.of(match.ruleId()),
				match.category(), match.sensitivity(), match.confidence(), match.explanation(),
				json.valueToTree(match.evidence()), match.occurrence());
		return new Labels.NewLabel(ClassificationId.random(), column, schema == null ? null : schema.id(), found,
				status, r.fingerprint());
	}
}
