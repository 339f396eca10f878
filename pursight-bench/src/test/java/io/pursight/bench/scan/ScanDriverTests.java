package io.pursight.bench.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.scanrules.ScanRuleSetId;
import org.junit.jupiter.api.Test;

class ScanDriverTests {

	@Test
	void theFullScanUsesTheServersBuiltInRuleSet() {
		assertThat(ScanDriver.FULL_PII).isEqualTo(ScanRuleSetId.builtIn("full-pii").toString());
	}
}
