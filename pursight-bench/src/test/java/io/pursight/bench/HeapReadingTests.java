package io.pursight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.bench.ServerProcess.GcPeaks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scan benchmark reads a server's heap: Prometheus samples and GC log peaks. */
class HeapReadingTests {

	@Test
	void sumsTheHeapPoolsOfAPrometheusExposition() {
		String exposition = """
				# HELP jvm_memory_used_bytes The amount of used memory
				# TYPE jvm_memory_used_bytes gauge
				jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
				jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.097152E7
				jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
				jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
				""";
		assertThat(HeapSampler.heapUsed(exposition)).isEqualTo(30L << 20);
		assertThat(HeapSampler.heapUsed("")).isZero();
	}

	@Test
	void takesThePeaksBeforeAndAfterCollectionsFromTheGcLog() {
		GcPeaks peaks = ServerProcess.peaks(List.of(
				"[0.010s][info][gc] Using G1",
				"[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(512M) 3.456ms",
				"[9.100s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 301M->122M(512M) 9.1ms",
				"[9.200s][info][gc] GC(8) Concurrent Mark Cycle 80.0ms",
				"[12.00s][info][gc] GC(9) Pause Full (G1 Compaction Pause) 1G->200M(1G) 250.0ms"));
		assertThat(peaks.pauses()).isEqualTo(3);
		assertThat(peaks.maxBeforeBytes()).isEqualTo(1L << 30);
		assertThat(peaks.maxAfterBytes()).isEqualTo(200L << 20);
	}
}
