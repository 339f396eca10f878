package io.pursight.scan.profile;

/**
 * Estimates how many distinct values a whole table holds from a sample of it, with the Haas–Stokes "Duj1"
 * estimator (Haas, Naughton, Seshadri, Stokes, VLDB 1995):
 *
 * <pre>D = n·d / (n − f1 + f1·n / N)</pre>
 *
 * where {@code n} is the sample's non-null values, {@code d} their distinct values, {@code f1} the values seen
 * exactly once and {@code N} the table's non-null rows. Chosen over GEE (√(N/n)·f1 + Σf≥2), which answers
 * √(N·n) for a unique column, far below N, and over Chao1, which was built for species counts, needs f2 and
 * overshoots badly when singletons dominate: Duj1 answers N when every sampled value is unique (a key), d when no
 * value was seen only once (a code list), and moves smoothly between. PostgreSQL's ANALYZE uses the same
 * estimator for {@code n_distinct}, so figures stay comparable with the planner's. The result is kept within
 * {@code [d, N]}.
 */
public final class DistinctEstimator {

	private DistinctEstimator() {
	}

	/**
	 * @param sampled    non-null values in the sample ({@code n})
	 * @param distinct   distinct values among them ({@code d})
	 * @param singletons values seen exactly once ({@code f1})
	 * @param population non-null rows of the whole table ({@code N}); negative when unknown, which answers {@code d}
	 */
	public static long estimate(long sampled, long distinct, long singletons, long population) {
		if (sampled <= 0 || distinct <= 0) {
			return 0;
		}
		if (population <= sampled) {
			return distinct; // the table is no bigger than the sample (or unknown): what was seen is all there is
		}
		double n = sampled;
		double denominator = n - singletons + singletons * n / population;
		if (denominator <= 0) {
			return population;
		}
		double d = n * distinct / denominator;
		return Math.max(distinct, Math.min(population, Math.round(d)));
	}
}
