package io.pursight.classifier.internal.dictionary;

import io.pursight.classifier.internal.text.AccentFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** An immutable set of accent-folded entries (see {@link AccentFolder}); lookups take folded text. */
public final class Dictionary {
	private final String name;
	private final Set<String> entries;

	private Dictionary(String name, Set<String> entries) {
		this.name = name;
		this.entries = Set.copyOf(entries);
	}

	/** Folds and keeps every word; empty words are dropped. */
	public static Dictionary of(String name, Collection<String> words) {
		Set<String> folded = new HashSet<>();
		for (String w : words) {
			String f = AccentFolder.fold(w);
			if (!f.isEmpty()) {
				folded.add(f);
			}
		}
		return new Dictionary(name, folded);
	}

	/**
	 * Loads a resource with one entry per line; '#' starts a comment line. For tab-separated
	 * lines every field is an entry (e.g. a code and its names).
	 */
	public static Dictionary load(String name, String resource) {
		return load(name, resource, 0);
	}

	/** As {@link #load(String, String)}, ignoring the first {@code skippedFields} fields of each line (keys such as a country). */
	public static Dictionary load(String name, String resource, int skippedFields) {
		Set<String> folded = new HashSet<>();
		try (InputStream in = Dictionary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("dictionary resource missing: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				for (int i = skippedFields; i < fields.length; i++) {
					String f = AccentFolder.fold(fields[i]);
					if (!f.isEmpty()) {
						folded.add(f);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read dictionary " + resource, e);
		}
		return new Dictionary(name, folded);
	}

	public String name() {
		return name;
	}

	/** True when the folded text is an entry. */
	public boolean contains(String folded) {
		return entries.contains(folded);
	}

	java.util.Set<String> entries() {
		return entries;
	}

	public int size() {
		return entries.size();
	}

	/** The last word of every entry ("kg" of "gmbh co kg"): what a value must end in to end in an entry. */
	public Set<String> lastWords() {
		Set<String> out = new HashSet<>();
		for (String entry : entries) {
			out.add(entry.substring(entry.lastIndexOf(' ') + 1));
		}
		return Set.copyOf(out);
	}

	/** A dictionary holding the entries of both. */
	public Dictionary union(String unionName, Dictionary other) {
		Set<String> all = new HashSet<>(entries);
		all.addAll(other.entries);
		return new Dictionary(unionName, all);
	}
}
