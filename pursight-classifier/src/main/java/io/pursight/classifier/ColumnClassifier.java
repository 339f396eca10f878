package io.pursight.classifier;

import io.pursight.classifier.internal.dictionary.CountryCodes;
import io.pursight.classifier.internal.engine.ClassificationEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which sensitive types a column holds and explains why. Build one per configuration
 * and reuse it: it is immutable and thread-safe, and classifying a column allocates only
 * per-column state.
 *
 * <pre>{@code
 * ColumnClassifier classifier = ColumnClassifier.create(ClassifierConfig.defaults());
 * ClassificationResult r = classifier.classify(ColumnContext.builder("card_no").samples(values).build());
 * r.applied().forEach(m -> log.info("{}: {}", m.typeId(), m.explanation()));
 * }</pre>
 */
public final class ColumnClassifier {
	private final ClassifierConfig config;
	private final ClassificationEngine engine;

	private ColumnClassifier(ClassifierConfig config) {
		this.config = config;
		this.engine = new ClassificationEngine(config);
	}

	/** A classifier for the given configuration; never null. */
	public static ColumnClassifier create(ClassifierConfig config) {
		return new ColumnClassifier(Objects.requireNonNull(config, "config"));
	}

	/** A classifier with the platform defaults. */
	public static ColumnClassifier withDefaults() {
		return create(ClassifierConfig.defaults());
	}

	/** Classifies one column; never returns null. */
	public ClassificationResult classify(ColumnContext column) {
		return engine.classify(Objects.requireNonNull(column, "column"));
	}

	/**
	 * Classifies the columns of one table together: each column sees the others' names as
	 * siblings, and national phone numbers are parsed in the regions a sibling country column
	 * names (its most frequent countries first). Results are in the order of the columns.
	 */
	public List<ClassificationResult> classifyTable(List<ColumnContext> columns) {
		List<String> names = columns.stream().map(ColumnContext::columnName).toList();
		List<ColumnContext> withSiblings = columns.stream().map(c -> c.siblingColumns().isEmpty()
				? withSiblings(c, names.stream().filter(n -> !n.equals(c.columnName())).toList()) : c).toList();
		List<ClassificationResult> results = new ArrayList<>(withSiblings.stream().map(this::classify).toList());
		List<String> regions = regionsFromCountryColumns(withSiblings, results);
		if (regions.isEmpty()) {
			return results;
		}
		for (int i = 0; i < results.size(); i++) {
			ColumnContext c = withSiblings.get(i);
			if (c.regionHints().isEmpty() && results.get(i).match(SensitiveType.PHONE_NUMBER).isPresent()) {
				results.set(i, classify(c.withRegionHints(regions)));
			}
		}
		return results;
	}

	private static ColumnContext withSiblings(ColumnContext c, List<String> siblings) {
		return ColumnContext.builder(c.columnName()).table(c.tableName()).dataType(c.dataType()).comment(c.comment())
				.samples(c.samples()).statistics(c.statistics()).regionHints(c.regionHints()).siblingColumns(siblings)
				.build();
	}

	/** The ISO codes of the countries in the table's applied COUNTRY columns, most frequent first, at most four. */
	private static List<String> regionsFromCountryColumns(List<ColumnContext> columns, List<ClassificationResult> results) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < results.size(); i++) {
			if (results.get(i).decision(SensitiveType.COUNTRY) == Decision.APPLY) {
				for (String value : columns.get(i).samples()) {
					CountryCodes.shipped().codeOf(value).ifPresent(code -> counts.merge(code, 1, Integer::sum));
				}
			}
		}
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
				.map(Map.Entry::getKey).toList();
	}

	public ClassifierConfig config() {
		return config;
	}
}
