package io.pursight.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pursight.access.Actor;
import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetQuery;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogSynchronized;
import io.pursight.classification.internal.Fingerprints;
import io.pursight.classification.internal.LabelTransition;
import io.pursight.classification.internal.Labels;
import io.pursight.classification.internal.Samples;
import io.pursight.classification.internal.Weights;
import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.ColumnStatistics;
import io.pursight.classifier.Decision;
import io.pursight.classifier.Sensitivity;
import io.pursight.classifier.TypeMatch;
import io.pursight.classifier.WeightAdjustment;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.TableSample;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifies the columns of cataloged sources and keeps their labels: samples each table once,
 * runs the workspace's classifier, reconciles the results with stored labels (human decisions
 * win), rolls sensitivity up and publishes {@link ColumnClassified} / {@link ClassificationRemoved}
 * in the same transaction (the event publication registry delivers them at least once). Also the
 * review queue, where steward decisions feed the learned weights, and labels following the
 * catalog: a column that disappears from its source takes its labels out of every list and
 * roll-up until it comes back.
 */
@Service
public class Classifications {

	private static final int CATALOG_PAGE = PageQuery.MAX_SIZE;

	private final DataSources sources;
	private final Catalog catalog;
	private final Labels labels;
	private final Weights weights;
	private final Samples samples;
	private final ClassificationRules rules;
	private final JsonMapper json;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;

	Classifications(DataSources sources, Catalog catalog, Labels labels, Weights weights, Samples samples,
			ClassificationRules rules, JsonMapper json, TransactionTemplate tx, ApplicationEventPublisher events) {
		this.sources = sources;
		this.catalog = catalog;
		this.labels = labels;
		this.weights = weights;
		this.samples = samples;
		this.rules = rules;
		this.json = json;
		this.tx = tx;
		this.events = events;
	}

	// --- classify on demand

	/**
	 * Classifies every table of a source as the catalog knows it.
	 *
	 * @param sampleSize rows per table, or null for the workspace's setting
	 */
	public ClassifyReport classifySource(WorkspaceId workspace, DataSourceId sourceId, Integer sampleSize) {
		DataSourceView source = sources.get(workspace, sourceId);
		Map<AssetId, Asset> schemas = all(workspace, sourceId, AssetType.SCHEMA).stream()
				.collect(Collectors.toMap(Asset::id, Function.identity()));
		List<AssetDetail> relations = catalog.relations(workspace, sourceId);
		if (relations.isEmpty()) {
			throw Problem.conflict("The data source has no tables or views in the catalog: discover it first.");
		}
		List<TableToClassify> work = relations.stream().filter(relation -> !relation.columns().isEmpty())
				.map(relation -> new TableToClassify(schemas.get(relation.asset().parentId()), relation.asset(),
						relation.columns()))
				.toList();
		return run(workspace, source, work, sampleSize);
	}

	/** Classifies one table, view or materialized view of the catalog. */
	public ClassifyReport classifyTable(WorkspaceId workspace, AssetId tableId, Integer sampleSize) {
		AssetDetail detail = catalog.get(workspace, tableId);
		if (!detail.asset().type().isRelation() || detail.asset().deleted()) {
			throw Problem.invalid("Asset " + tableId + " is not a current table or view; classify tables and views only.");
		}
		DataSourceView source = sources.get(workspace, detail.asset().sourceId());
		Asset schema = detail.asset().parentId() == null ? null : catalog.get(workspace, detail.asset().parentId()).asset();
		List<Asset> cols = detail.columns();
		return run(workspace, source, cols.isEmpty() ? List.of() : List.of(new TableToClassify(schema, detail.asset(), cols)),
				sampleSize);
	}

	private record TableToClassify(Asset schema, Asset table, List<Asset> columns) {
		String schemaName() {
			return schema == null ? null : schema.name();
		}
	}

	/**
	 * One column's new result, ready to reconcile; {@code kept} holds the distinct values to store
	 * when the workspace enabled sample storage, null otherwise.
	 */
	private record ColumnResult(TableToClassify table, Asset column, ClassificationResult result, String fingerprint,
			List<String> kept) {
	}

	private ClassifyReport run(WorkspaceId workspace, DataSourceView source, List<TableToClassify> tables,
			Integer requestedSize) {
		// held until the labels are stored: the source cannot be archived, redefined or discovered meanwhile
		try (ClassificationClaim claim = sources.claimForClassification(workspace, source.id())) {
			return classify(claim, workspace, source, tables, requestedSize);
		}
	}

	private ClassifyReport classify(ClassificationClaim claim, WorkspaceId workspace, DataSourceView source,
			List<TableToClassify> tables, Integer requestedSize) {
		long start = System.nanoTime();
		int size = sampleSize(workspace, requestedSize);
		boolean storeSamples = rules.settings(workspace).storeSamples();
		ColumnClassifier classifier = ColumnClassifier.create(config(workspace));
		List<TableSample> samples = sources.sample(claim, tables.stream()
				.map(t -> new TableSample.Request(t.schemaName(), t.table().name(),
						t.columns().stream().map(Asset::name).toList(), t.table().rowEstimate(),
						t.table().type() == AssetType.VIEW))
				.toList(), size);
		List<ColumnResult> results = new ArrayList<>();
		long rows = 0;
		for (int i = 0; i < tables.size(); i++) {
			TableToClassify table = tables.get(i);
			TableSample sample = samples.get(i);
			rows += sample.rowsRead();
			List<ColumnContext> contexts = new ArrayList<>();
			List<String> fingerprints = new ArrayList<>();
			List<List<String>> kept = new ArrayList<>();
			for (Asset column : table.columns()) {
				TableSample.ColumnSample values = sample.column(column.name());
				List<String> v = values == null ? List.of() : values.values();
				contexts.add(ColumnContext.builder(column.name()).table(table.table().name()).dataType(column.dataType())
						.comment(column.description()).samples(v)
						.statistics(statistics(table.table(), sample, values)).build());
				fingerprints.add(Fingerprints.of(v));
				kept.add(storeSamples ? distinct(v) : null);
			}
			List<ClassificationResult> classified = classifier.classifyTable(contexts);
			for (int c = 0; c < classified.size(); c++) {
				results.add(new ColumnResult(table, table.columns().get(c), classified.get(c), fingerprints.get(c),
						kept.get(c)));
			}
		}
		claim.confirm(); // nothing is stored for a source archived all the same
		int[] counts = tx.execute(status -> {
			List<Object> published = new ArrayList<>();
			int[] changed = reconcile(workspace, source, results, published);
			published.forEach(events::publishEvent);
			return changed;
		});
		return new ClassifyReport(source.id(), tables.size(), results.size(), counts[0], counts[1], counts[2], rows,
				(System.nanoTime() - start) / 1_000_000);
	}

	/** At most {@link Samples#MAX_VALUES} distinct non-null values, in sampling order. */
	private static List<String> distinct(List<String> values) {
		java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
		for (String v : values) {
			if (v != null && distinct.add(v) && distinct.size() == Samples.MAX_VALUES) {
				break;
			}
		}
		return List.copyOf(distinct);
	}

	private static ColumnStatistics statistics(Asset table, TableSample sample, TableSample.ColumnSample values) {
		long read = sample.rowsRead();
		long rowCount = table.rowEstimate() != null && table.rowEstimate() >= 0 ? Math.max(table.rowEstimate(), read) : -1;
		if (values == null || read == 0) {
			return new ColumnStatistics(rowCount, read, -1, -1);
		}
		double distinct = values.nonNullCount() == 0 ? -1 : (double) values.distinctCount() / values.nonNullCount();
		return new ColumnStatistics(rowCount, read, distinct, (double) (read - values.nonNullCount()) / read);
	}

	/** Writes the new results against the stored labels; returns {applied, pending, withdrawn}. */
	private int[] reconcile(WorkspaceId workspace, DataSourceView source, List<ColumnResult> results,
			List<Object> published) {
		Instant now = Instant.now();
		int applied = 0;
		int pending = 0;
		int withdrawn = 0;
		Map<String, Labels.Stored> existing = labels.forColumns(workspace,
				results.stream().map(r -> r.column().id()).toList());
		Map<AssetId, List<Labels.Stored>> byColumn = new HashMap<>();
		existing.values().forEach(s -> byColumn.computeIfAbsent(s.view().columnAssetId(), k -> new ArrayList<>()).add(s));
		for (ColumnResult r : results) {
			if (r.kept() != null) {
				samples.replace(workspace, r.column().id(), json.writeValueAsString(r.kept()), now);
			}
			Set<String> seen = new HashSet<>();
			for (TypeMatch match : r.result().matches()) {
				if (!seen.add(match.typeId())) {
					continue;
				}
				Labels.Stored current = existing.get(Labels.key(r.column().id(), match.typeId()));
				ClassificationStatus before = current == null ? null : current.view().status();
				ClassificationStatus next = LabelTransition.next(before, current == null ? null : current.fingerprint(),
						match.decision(), r.fingerprint());
				Labels.NewLabel label = newLabel(workspace, source, r, match, next);
				if (current == null) {
					if (next == null) {
						continue;
					}
					labels.insert(label, now);
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
				announce(workspace, source.id(), r.column().id(), label.qualifiedName(), match, before, after, published);
			}
			for (Labels.Stored old : byColumn.getOrDefault(r.column().id(), List.of())) {
				ClassificationStatus status = old.view().status();
				if (!seen.contains(old.view().typeId())
						&& (status == ClassificationStatus.APPLIED || status == ClassificationStatus.PENDING_REVIEW)) {
					labels.withdraw(old.view().id(), now);
					withdrawn++;
					if (status == ClassificationStatus.APPLIED) {
						published.add(removed(workspace, old.view(), ClassificationStatus.WITHDRAWN));
					}
				}
			}
		}
		labels.rollUp(workspace, source.id(), source.name(), now);
		return new int[] { applied, pending, withdrawn };
	}

	private static void announce(WorkspaceId workspace, DataSourceId source, AssetId column, String qualifiedName, TypeMatch match,
			ClassificationStatus before, ClassificationStatus after, List<Object> published) {
		boolean was = before != null && before.isEffective();
		boolean is = after != null && after.isEffective();
		if (is && !was) {
			published.add(new ColumnClassified(workspace, source, column, qualifiedName, match.typeId(), match.category(),
					match.sensitivity(), match.confidence(), after));
		}
		else if (was && !is) {
			published.add(new ClassificationRemoved(workspace, source, column, qualifiedName, match.typeId(), after));
		}
	}

	private Labels.NewLabel newLabel(WorkspaceId workspace, DataSourceView source, ColumnResult r, TypeMatch match,
			ClassificationStatus status) {
		Asset schema = r.table().schema();
		return new Labels.NewLabel(UUID.randomUUID(), workspace, source.id(), schema == null ? null : schema.id(),
				r.table().table().id(), r.column().id(), r.table().schemaName(), r.table().table().name(),
				r.column().name(), r.column().qualifiedName().value(), match.typeId(), match.ruleId(), match.category(),
				match.sensitivity(), match.confidence(), match.explanation(), json.writeValueAsString(match.evidence()),
				status, r.fingerprint());
	}

	private static ClassificationRemoved removed(WorkspaceId workspace, ClassificationView view,
			ClassificationStatus status) {
		return new ClassificationRemoved(workspace, view.sourceId(), view.columnAssetId(), view.qualifiedName(),
				view.typeId(), status);
	}

	/** The classifier configuration of a workspace: its thresholds, learned weights and enabled custom rules. */
	ClassifierConfig config(WorkspaceId workspace) {
		ClassificationSettings settings = rules.settings(workspace);
		ClassifierConfig.Builder b = ClassifierConfig.builder();
		if (settings.defaults() != null) {
			b.defaultThresholds(ClassificationRules.thresholds("defaults", settings.defaults()));
		}
		settings.typeThresholds().forEach((type, levels) -> b.thresholds(type, ClassificationRules.thresholds(type, levels)));
		for (LearnedWeight w : weights.all(workspace)) {
			if ("RULE".equals(w.kind())) {
				b.adjustRule(w.subjectId(), WeightAdjustment.offset(w.offset()));
			}
			else {
				b.adjustType(w.subjectId(), WeightAdjustment.offset(w.offset()));
			}
		}
		b.customRules(rules.compiledRules(workspace));
		return b.build();
	}

	private int sampleSize(WorkspaceId workspace, Integer requested) {
		if (requested == null) {
			return rules.settings(workspace).sampleSize();
		}
		if (requested < 1 || requested > ClassificationSettings.MAX_SAMPLE_SIZE) {
			throw Problem.invalid("sampleSize must be between 1 and " + ClassificationSettings.MAX_SAMPLE_SIZE
					+ " (got " + requested + ").");
		}
		return requested;
	}

	private List<Asset> all(WorkspaceId workspace, DataSourceId source, AssetType type) {
		List<Asset> assets = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<Asset> result = catalog.find(workspace, new AssetQuery(source, type, null, null, null, false),
					new PageQuery(page, CATALOG_PAGE));
			assets.addAll(result.items());
			if (result.items().size() < CATALOG_PAGE || assets.size() >= result.total()) {
				return assets;
			}
		}
	}

	// --- following the catalog

	/**
	 * After a discovery changed a source's catalog: labels of columns that disappeared leave
	 * lists and roll-ups, labels of columns that came back return, and the roll-up is redone.
	 * Runs after the discovery commits, in its own transaction; at least once, and idempotent.
	 */
	@ApplicationModuleListener
	public void catalogSynchronized(CatalogSynchronized event) {
		if (!labels.exist(event.workspaceId(), event.sourceId())) {
			return;
		}
		Set<AssetId> live = catalog.relations(event.workspaceId(), event.sourceId()).stream()
				.flatMap(relation -> relation.columns().stream()).map(Asset::id).collect(Collectors.toSet());
		if (labels.followColumns(event.workspaceId(), event.sourceId(), live)) {
			String sourceName = sources.get(event.workspaceId(), event.sourceId()).name();
			labels.rollUp(event.workspaceId(), event.sourceId(), sourceName, Instant.now());
		}
	}

	/**
	 * Deletes a custom rule and withdraws the automatic labels it produced at once, rather than
	 * at the next scan; labels a steward approved or rejected stay as decided.
	 */
	public void deleteRule(WorkspaceId workspace, UUID ruleId) {
		tx.executeWithoutResult(status -> {
			rules.delete(workspace, ruleId);
			Instant now = Instant.now();
			List<Labels.Stored> withdrawn = labels.automaticOfRule(workspace, ruleId);
			Set<DataSourceId> touched = new HashSet<>();
			for (Labels.Stored label : withdrawn) {
				labels.withdraw(label.view().id(), now);
				touched.add(label.view().sourceId());
				if (label.view().status().isEffective()) {
					events.publishEvent(removed(workspace, label.view(), ClassificationStatus.WITHDRAWN));
				}
			}
			touched.forEach(source -> labels.rollUp(workspace, source, sources.get(workspace, source).name(), now));
		});
	}

	// --- review queue

	public PageResult<ClassificationView> list(WorkspaceId workspace, ClassificationStatus status, String typeId,
			DataSourceId source, AssetId column, PageQuery page) {
		return labels.page(workspace, status == null ? null : List.of(status), blankToNull(typeId), source, column, null,
				page);
	}

	/** Labels that tag columns (applied or approved), of a type and at least a sensitivity. */
	public PageResult<ClassificationView> classifiedColumns(WorkspaceId workspace, String typeId,
			Sensitivity minSensitivity, DataSourceId source, PageQuery page) {
		Collection<Sensitivity> levels = null;
		if (minSensitivity != null) {
			levels = EnumSet.noneOf(Sensitivity.class);
			for (Sensitivity s : Sensitivity.values()) {
				if (s.isAtLeast(minSensitivity)) {
					levels.add(s);
				}
			}
		}
		return labels.page(workspace, List.of(ClassificationStatus.APPLIED, ClassificationStatus.APPROVED),
				blankToNull(typeId), source, null, levels, page);
	}

	public ClassificationView get(WorkspaceId workspace, UUID id) {
		return labels.find(workspace, id).orElseThrow(() -> Problem.notFound("classification", id)).view();
	}

	/**
	 * The sampled values stored for the column of a label; 404 when the workspace keeps none for
	 * it (sample storage off, or not scanned since it was turned on).
	 */
	public StoredSamples samples(WorkspaceId workspace, UUID classificationId) {
		ClassificationView view = get(workspace, classificationId);
		Samples.Stored stored = samples.find(workspace, view.columnAssetId())
				.orElseThrow(() -> Problem.notFound("samples of classification", classificationId));
		List<String> values = List.of(json.readValue(stored.valuesJson(), String[].class));
		return new StoredSamples(stored.columnAssetId(), values, stored.capturedAt());
	}

	public ClassificationView approve(WorkspaceId workspace, UUID id, Actor actor) {
		return decide(workspace, id, ClassificationStatus.APPROVED, null, actor);
	}

	/** Rejects a label; the reason is required and kept with the decision. */
	public ClassificationView reject(WorkspaceId workspace, UUID id, String reason, Actor actor) {
		return decide(workspace, id, ClassificationStatus.REJECTED, reason, actor);
	}

	public BulkDecision.Result bulk(WorkspaceId workspace, BulkDecision decision, Actor actor) {
		if (decision.action() == BulkDecision.Action.REJECT) {
			requireReason(decision.reason());
		}
		int decided = 0;
		List<BulkDecision.Failure> failed = new ArrayList<>();
		for (UUID id : new java.util.LinkedHashSet<>(decision.ids())) {
			try {
				decide(workspace, id, decision.action() == BulkDecision.Action.APPROVE ? ClassificationStatus.APPROVED
						: ClassificationStatus.REJECTED, decision.reason(), actor);
				decided++;
			}
			catch (Problem p) {
				failed.add(new BulkDecision.Failure(id, p.getMessage()));
			}
		}
		return new BulkDecision.Result(decided, failed);
	}

	private ClassificationView decide(WorkspaceId workspace, UUID id, ClassificationStatus to, String reason,
			Actor actor) {
		if (to == ClassificationStatus.REJECTED) {
			requireReason(reason);
		}
		List<Object> published = new ArrayList<>();
		ClassificationView view = tx.execute(status -> {
			Labels.Stored label = labels.find(workspace, id).orElseThrow(() -> Problem.notFound("classification", id));
			ClassificationView v = label.view();
			if (v.status() == to) {
				return v;
			}
			Instant now = Instant.now();
			if (!labels.decide(label, to, actor.id().value(), actor.username(), reason == null ? null : reason.strip(),
					now)) {
				throw Problem.conflict("The classification changed meanwhile; reload it and decide again.");
			}
			boolean approved = to == ClassificationStatus.APPROVED;
			weights.learn(workspace, "TYPE", v.typeId(), approved, now);
			if (v.ruleId() != null) {
				weights.learn(workspace, "RULE", v.ruleId(), approved, now);
			}
			labels.rollUp(workspace, v.sourceId(), sources.get(workspace, v.sourceId()).name(), now);
			if (approved && !v.status().isEffective()) {
				published.add(new ColumnClassified(workspace, v.sourceId(), v.columnAssetId(), v.qualifiedName(),
						v.typeId(), v.category(), v.sensitivity(), v.confidence(), to));
			}
			else if (!approved && v.status().isEffective()) {
				published.add(removed(workspace, v, to));
			}
			published.forEach(events::publishEvent);
			return labels.find(workspace, id).orElseThrow().view();
		});
		return view;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw Problem.invalid("A rejection needs a reason: say why the label is wrong.");
		}
	}

	// --- learning

	public List<LearnedWeight> weights(WorkspaceId workspace) {
		return weights.all(workspace);
	}

	public void resetWeights(WorkspaceId workspace) {
		tx.executeWithoutResult(status -> weights.reset(workspace));
	}

	// --- roll-up

	public PageResult<SensitivityLevel> sensitivity(WorkspaceId workspace, DataSourceId source, String level,
			PageQuery page) {
		if (source == null) {
			throw Problem.invalid("sourceId is required.");
		}
		sources.get(workspace, source);
		if (level != null && !Set.of("COLUMN", "TABLE", "SCHEMA", "SOURCE").contains(level)) {
			throw Problem.invalid("level must be COLUMN, TABLE, SCHEMA or SOURCE (got " + level + ").");
		}
		return labels.rollups(workspace, source, level, page);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
