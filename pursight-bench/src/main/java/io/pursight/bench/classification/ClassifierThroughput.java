package io.pursight.bench.classification;

import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Values classified per second of the thread's own CPU time, and bytes allocated per value,
 * over {@link ColumnMix}. A companion to {@link ClassifierThroughputBenchmark} for machines
 * shared with other work, where wall-clock throughput mostly measures the neighbours.
 *
 * <pre>
 * java -cp pursight-bench/target/pursight-bench.jar io.pursight.bench.classification.ClassifierThroughput [rounds]
 * </pre>
 */
public final class ClassifierThroughput {
	private ClassifierThroughput() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		ColumnClassifier classifier = ColumnClassifier.withDefaults();
		List<ColumnContext> columns = ColumnMix.build();
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long id = Thread.currentThread().threadId();
		for (int i = 0; i < rounds / 2; i++) {
			columns.forEach(classifier::classify); // warm up the JIT
		}
		long cpu = threads.getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		long bytes = threads.getThreadAllocatedBytes(id);
		for (int i = 0; i < rounds; i++) {
			columns.forEach(classifier::classify);
		}
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		double wallSeconds = (System.nanoTime() - wall) / 1e9;
		double values = (double) ColumnMix.VALUES * rounds;
		double allocated = threads.getThreadAllocatedBytes(id) - bytes;
		System.out.printf(Locale.ROOT, "%d columns x %d values x %d rounds%n", ColumnMix.COLUMNS,
				ColumnMix.VALUES_PER_COLUMN, rounds);
		System.out.printf(Locale.ROOT, "values per CPU-second:  %,.0f%n", values / cpuSeconds);
		System.out.printf(Locale.ROOT, "values per wall-second: %,.0f%n", values / wallSeconds);
		System.out.printf(Locale.ROOT, "bytes allocated per value: %.1f%n", allocated / values);
	}
}
