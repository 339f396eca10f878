package io.pursight.bench.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pursight.bench.scan.ScanOptions.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanOptionsTests {

	@Test
	void defaultsAreTheIssuesBenchmark() {
		ScanOptions options = ScanOptions.parse();
		assertThat(options.tables()).containsExactly(2_000);
		assertThat(options.rows()).isEqualTo(10_000);
		assertThat(options.columns()).isEqualTo(10);
		assertThat(options.sample()).isEqualTo(1_000);
		assertThat(options.rounds()).isEqualTo(3);
		assertThat(options.warmup()).isEqualTo(1);
		assertThat(options.store()).isEqualTo("h2");
		assertThat(options.heap()).isEqualTo("512m");
		assertThat(options.api()).isEqualTo(Api.SCANS);
		assertThat(options.parallelism()).isEqualTo(4);
		assertThat(options.generators()).isEqualTo(2);
		assertThat(options.drop()).isFalse();
		assertThat(options.enforce()).isFalse();
		assertThat(options.generateOnly()).isFalse();
	}

	@Test
	void readsEveryOption() {
		ScanOptions options = ScanOptions.parse("--tables=500, 2000,8000", "--rows=100", "--columns=12", "--sample=200",
				"--rounds=5", "--warmup=0", "--store=PostgreSQL", "--heap=1g", "--api=scans", "--parallelism=2",
				"--generators=1", "--host=db", "--port=5433", "--user=u", "--password=p", "--drop", "--enforce",
				"--generate-only");
		assertThat(options).isEqualTo(new ScanOptions(List.of(500, 2_000, 8_000), 100, 12, 200, 5, 0, "postgresql", "1g",
				Api.SCANS, 2, 1, "db", 5433, "u", "p", true, true, true));
	}

	@Test
	void theLegacyApiSamplesOnOneConnectionUnlessToldOtherwise() {
		assertThat(ScanOptions.parse("--api=legacy").parallelism()).isEqualTo(1);
		assertThat(ScanOptions.parse("--api=legacy", "--parallelism=4").parallelism()).isEqualTo(4);
	}

	@Test
	void refusesWhatItCannotRun() {
		assertThatThrownBy(() -> ScanOptions.parse("--tables=0")).hasMessageContaining("positive");
		assertThatThrownBy(() -> ScanOptions.parse("--tables=many")).hasMessageContaining("--tables must be a whole number");
		assertThatThrownBy(() -> ScanOptions.parse("--columns=1")).hasMessageContaining("--columns");
		assertThatThrownBy(() -> ScanOptions.parse("--store=oracle")).hasMessageContaining("--store");
		assertThatThrownBy(() -> ScanOptions.parse("--api=rest")).hasMessageContaining("--api");
		assertThatThrownBy(() -> ScanOptions.parse("--heap=lots")).hasMessageContaining("--heap");
		assertThatThrownBy(() -> ScanOptions.parse("--round=3")).hasMessageContaining("Unknown option(s) [round]");
		assertThatThrownBy(() -> ScanOptions.parse("2000")).hasMessageContaining("Unexpected argument");
		assertThatThrownBy(() -> ScanOptions.parse("--help")).hasMessage("");
	}
}
