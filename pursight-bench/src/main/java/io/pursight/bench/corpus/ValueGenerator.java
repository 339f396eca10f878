package io.pursight.bench.corpus;

/**
 * Produces one column's value for one row. It may read the row's person, place and earlier columns
 * ({@link CorpusRow#value}) and must draw randomness only from {@link CorpusRow#random()} so the output is
 * deterministic. Allowed results: String, Integer, Long, BigDecimal, Double, Boolean, LocalDate,
 * LocalDateTime, or null (an SQL NULL).
 */
@FunctionalInterface
public interface ValueGenerator {

	Object value(CorpusRow row);
}
