package io.pursight.bench;

import io.pursight.bench.classification.ScanAccuracy;
import io.pursight.bench.discovery.DiscoveryBenchmark;
import io.pursight.bench.scan.ScanBenchmark;
import java.util.Arrays;

/**
 * Entry point of the benchmark jar; each end-to-end harness is a sub-command, anything else goes to JMH.
 * <pre>
 * java -jar pursight-bench.jar discovery [options]   end-to-end discovery of a synthetic PostgreSQL database
 * java -jar pursight-bench.jar accuracy [options]    classification accuracy of real sample databases through a scan
 * java -jar pursight-bench.jar scan [options]        end-to-end full and incremental scans of a large PostgreSQL source
 * java -jar pursight-bench.jar [JMH options]         the JMH benchmarks
 * </pre>
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("discovery")) {
			System.exit(DiscoveryBenchmark.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("scan")) {
			System.exit(ScanBenchmark.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("accuracy")) {
			System.exit(ScanAccuracy.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		org.openjdk.jmh.Main.main(args);
	}
}
