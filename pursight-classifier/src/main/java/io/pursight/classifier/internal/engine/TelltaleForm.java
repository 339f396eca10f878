package io.pursight.classifier.internal.engine;

/**
 * A way of writing a type's values that other data rarely shares, so that a column written
 * that way over and over is evidence by itself, whatever its name: people's full names (a
 * known given name and a surname, "SURNAME, Given", "M. Surname") or company names ending in
 * a legal form (GmbH, S.A., Oy). A few such values prove nothing (a book called "Jane Eyre",
 * a street named after a person), so the evidence grows with their share of the column, from
 * nothing at {@code fullShare - RAMP} to {@code weight} log-odds at {@code fullShare}, and is
 * weighed by how many distinct values show it.
 *
 * @param weight      log-odds the form adds when {@code fullShare} of the values have it; 0: no telltale form
 * @param fullShare   share of values of the form from which it counts fully, and the type applies without a name
 * @param description what the explanation calls values of the form, e.g. "are written like people's full names"
 */
record TelltaleForm(double weight, double fullShare, String description) {
	/** Below {@code fullShare} by this much, the form is no evidence at all. */
	static final double RAMP = 0.3;

	static final TelltaleForm NONE = new TelltaleForm(0, 1, "");

	/** How much of {@link #weight} a column with {@code share} of its values of the form earns, in [0,1]. */
	double degree(double share) {
		return weight == 0 ? 0 : Math.clamp((share - (fullShare - RAMP)) / RAMP, 0, 1);
	}
}
