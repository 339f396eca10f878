package io.pursight.bench.corpus;

import java.util.List;

/**
 * One labelled schema of the corpus. An implementation describes its tables and how each column's values are
 * generated; the same seed always gives the same rows. Register a new dataset in {@link Corpus#DATASETS}.
 */
public interface CorpusDataset {

	/** A short lower-case id used in target names ({@code corpus-<name>-postgresql}), e.g. {@code hr}. */
	String name();

	/** The tables at their full size, in creation order; never empty. */
	List<CorpusTable> tables();

	/** The seed every table's random stream derives from; a dataset may override it to give a different draw. */
	default long seed() {
		return 0x5EED_0000L + name().hashCode();
	}
}
