package io.pursight.bench.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.pursight.bench.discovery.BareMetadataRead;
import io.pursight.bench.discovery.BareMetadataRead.Metadata;
import io.pursight.bench.discovery.BareMetadataRead.Relation;
import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.internal.jdbc.TableSampler;

/**
 * The floor of a scan: what any scan must at least read, over plain JDBC in this process and
 * nothing else. The metadata discovery reads (the five {@code pg_catalog} queries of
 * {@link BareMetadataRead}, equivalent to the server's reader), then a sample of every table and
 * view read by the server's own {@link TableSampler} (the same statement: {@code TABLESAMPLE
 * BERNOULLI … REPEATABLE} for a table much larger than the sample, its first rows otherwise),
 * over {@code parallelism} connections each taking the next table left. Values are read into
 * memory and dropped: no classification, no profiling, no catalog, no HTTP.
 */
final class BareScan {

	/** The server's default {@code pursight.sources.sample-timeout}, applied the same way. */
	static final int SAMPLE_TIMEOUT_SECONDS = 60;

	/** What was read. */
	record Result(long millis, long metadataMillis, int relations, int columns, long rowsSampled, int parallelism) {
	}

	private BareScan() {
	}

	static Result run(String url, String user, String password, int sampleSize, int parallelism) throws Exception {
		long started = System.nanoTime();
		Metadata metadata = BareMetadataRead.read(url, user, password);
		long metadataMillis = (System.nanoTime() - started) / 1_000_000;
		Map<Long, List<String>> columns = metadata.columns().stream()
				.sorted(Comparator.comparingLong(BareMetadataRead.Column::relation)
						.thenComparingInt(BareMetadataRead.Column::position))
				.collect(Collectors.groupingBy(BareMetadataRead.Column::relation,
						Collectors.mapping(BareMetadataRead.Column::name, Collectors.toList())));
		List<TableSample.Request> requests = new ArrayList<>();
		for (Relation relation : metadata.relations()) {
			boolean view = relation.kind().equals("v") || relation.kind().equals("m");
			requests.add(new TableSample.Request(relation.schema(), relation.name(),
					columns.getOrDefault(relation.oid(), List.of()), relation.rowEstimate() < 0 ? null : relation.rowEstimate(),
					view));
		}
		AtomicInteger next = new AtomicInteger();
		long rows = 0;
		try (ExecutorService workers = Executors.newFixedThreadPool(parallelism)) {
			var futures = new ArrayList<Future<Long>>();
			for (int w = 0; w < parallelism; w++) {
				futures.add(workers.submit(() -> {
					long read = 0;
					try (Connection connection = DriverManager.getConnection(url, user, password)) {
						for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
							read += TableSampler.sample(connection, Engine.POSTGRESQL, requests.get(i), sampleSize,
									SAMPLE_TIMEOUT_SECONDS).rowsRead();
						}
					}
					return read;
				}));
			}
			for (Future<Long> future : futures) {
				rows += future.get();
			}
		}
		return new Result((System.nanoTime() - started) / 1_000_000, metadataMillis, requests.size(),
				metadata.columns().size(), rows, parallelism);
	}
}
