package io.pursight.scanrules;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules are stored as JSON and read back by every later scan: the round trip must give the same rules. */
class ScanRulesJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void rulesSurviveTheRoundTripThroughJson() {
		ScanRules rules = new ScanRules(List.of(NamePattern.glob("sales*")), List.of(NamePattern.regex("tmp_.*")),
				List.of(NamePattern.glob("public.orders")), List.of(), List.of(), List.of(NamePattern.glob("*_hash")),
				Set.of(ObjectKind.TABLE, ObjectKind.PARTITION), true, SamplingStrategy.PERCENTAGE, 2_000, 12.5,
				Set.of("CVV"), false, true, true, true, Duration.ofMinutes(5), 8, 0.25);

		String json = JSON.writeValueAsString(rules);
		JsonNode tree = JSON.readTree(json);

		assertThat(JSON.readValue(json, ScanRules.class)).isEqualTo(rules);
		assertThat(tree.get("tableTimeout").asString()).isEqualTo("PT5M");
		assertThat(tree.get("includeSchemas").get(0).get("syntax").asString()).isEqualTo("GLOB");
		assertThat(tree.get("includeSchemas").get(0).get("pattern").asString()).isEqualTo("sales*");
		assertThat(tree.has("defaults")).isFalse();
	}
}
