package io.pursight.bench.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documented amendments to the shared benchmark labels, which this repository may read but not
 * edit: where a label contradicts a rule the product adopted since (ADR 0004: a lookup table of
 * states is labelled as states), the column's type becomes optional, so that it counts neither way,
 * and every amendment is printed with its reason whenever it is used. An amendment may only relax
 * a column the labels expect nothing of; it can never change or remove an expected type.
 */
record LabelAmendments(List<Amendment> amendments) {
	static final String RESOURCE = "/benchmarks/label-amendments.json";

	/** One column of one dataset whose type may be applied or not, and why. */
	record Amendment(String dataset, String column, String optional, String reason) {
	}

	/** The amendments shipped with the benchmark ({@value #RESOURCE}). */
	static LabelAmendments shipped() {
		try (InputStream in = LabelAmendments.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return new LabelAmendments(List.of());
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static LabelAmendments parse(String json) {
		Map<String, Object> root = (Map<String, Object>) JsonReader.parse(json);
		List<Amendment> out = new ArrayList<>();
		for (Object o : (List<Object>) root.getOrDefault("amendments", List.of())) {
			Map<String, Object> a = (Map<String, Object>) o;
			out.add(new Amendment((String) a.get("dataset"), (String) a.get("column"), (String) a.get("optional"),
					(String) a.get("reason")));
		}
		return new LabelAmendments(List.copyOf(out));
	}

	/**
	 * The labels with this dataset's amendments applied, each reported on standard error.
	 *
	 * @throws IllegalStateException when an amendment would touch a column the labels expect a type of
	 */
	DatasetLabels applyTo(DatasetLabels labels) {
		Map<String, String> optional = new HashMap<>(labels.optional());
		for (Amendment a : amendments) {
			if (!a.dataset().equals(labels.dataset())) {
				continue;
			}
			String[] tableAndColumn = a.column().split("\\.", 2);
			String key = DatasetLabels.key(tableAndColumn[0], tableAndColumn[1]);
			if (labels.expected().containsKey(key)) {
				throw new IllegalStateException("amendment of " + a.dataset() + " " + a.column()
						+ " would override an expected type; amendments only make unlabelled columns optional");
			}
			optional.put(key, a.optional());
			System.err.println("label amendment: " + a.dataset() + " " + a.column() + " may be " + a.optional() + " ("
					+ a.reason() + ")");
		}
		return new DatasetLabels(labels.dataset(), labels.loads(), labels.expected(), optional, labels.embedded());
	}
}
