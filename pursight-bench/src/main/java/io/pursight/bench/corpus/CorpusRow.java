package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The row being generated: its index, the random stream of its table, and the person and place the row is
 * about (drawn on first use, so columns of one row agree: the e-mail is made from the name, the postal code
 * belongs to the city). Earlier columns of the row can be read back by name.
 */
public final class CorpusRow {
	private final int index;
	private final SeededRandom random;
	private final Map<String, Object> values = new HashMap<>();
	private final Map<String, Object> derived = new HashMap<>();
	private Person person;
	private Place place;

	CorpusRow(int index, SeededRandom random) {
		this.index = index;
		this.random = random;
	}

	/** 0-based position of the row in its table. */
	public int index() {
		return index;
	}

	public SeededRandom random() {
		return random;
	}

	/** The person this row is about; the same object for every column of the row. */
	public Person person() {
		if (person == null) {
			person = People.draw(random);
		}
		return person;
	}

	/**
	 * The person this row is about, drawn from the named naming culture and living in {@code country} when the row
	 * has none yet: for tables of one country, such as a French subsidiary's contacts.
	 */
	public Person person(String culture, String country) {
		if (person == null) {
			person = People.draw(culture, country, random);
		}
		return person;
	}

	/** Where the row's person lives: a place in the person's country when the lists have one. */
	public Place place() {
		if (place == null) {
			place = Places.near(person().country(), random);
		}
		return place;
	}

	/**
	 * A value several columns of the row derive from, drawn once on first use: a leave's start date that both the
	 * start and the end column need, a shipment's weight shown in two units. Keys are the dataset's own names.
	 */
	@SuppressWarnings("unchecked")
	public <T> T shared(String key, Function<SeededRandom, T> draw) {
		return (T) derived.computeIfAbsent(key, k -> draw.apply(random));
	}

	/** The value an earlier column of this row was given (null when it was NULL or comes later). */
	public Object value(String column) {
		return values.get(column);
	}

	/** {@link #value} as text, or the empty string. */
	public String text(String column) {
		Object v = values.get(column);
		return v == null ? "" : v.toString();
	}

	void put(String column, Object value) {
		values.put(column, value);
	}
}
