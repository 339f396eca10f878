package io.pursight.bench.classification;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Values classified per second on one core, over {@link ColumnMix} (190 columns x 250
 * values). One "op" is one value, so the score reads directly as values/s.
 *
 * <pre>
 * java -jar pursight-bench/target/pursight-bench.jar ClassifierThroughputBenchmark -prof gc
 * </pre>
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ClassifierThroughputBenchmark {
	private ColumnClassifier classifier;
	private List<ColumnContext> columns;

	@Setup
	public void setUp() {
		classifier = ColumnClassifier.withDefaults();
		columns = ColumnMix.build();
	}

	@Benchmark
	@OperationsPerInvocation(ColumnMix.VALUES)
	public void classifyColumnMix(Blackhole blackhole) {
		for (ColumnContext column : columns) {
			ClassificationResult result = classifier.classify(column);
			blackhole.consume(result);
		}
	}
}
