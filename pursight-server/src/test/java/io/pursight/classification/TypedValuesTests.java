package io.pursight.classification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pursight.classifier.Category;
import io.pursight.classifier.Occurrence;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module's typed values keep the JSON the API has always had. */
class TypedValuesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void idsAreWrittenAndReadAsBareUuids() {
		UUID uuid = UUID.randomUUID();

		assertThat(JSON.writeValueAsString(new ClassificationId(uuid))).isEqualTo("\"" + uuid + "\"");
		assertThat(JSON.writeValueAsString(new RuleId(uuid))).isEqualTo("\"" + uuid + "\"");
		assertThat(JSON.readValue("\"" + uuid + "\"", ClassificationId.class)).isEqualTo(new ClassificationId(uuid));
		assertThat(JSON.readValue("\"" + uuid + "\"", RuleId.class)).isEqualTo(new RuleId(uuid));
		assertThat(RuleId.of(uuid.toString()).toString()).isEqualTo(uuid.toString());
	}

	@Test
	void aMalformedIdInABodyIsReportedAsAnInvalidUuid() {
		// the problem handler turns this exception into "expected a UUID"
		assertThatThrownBy(() -> JSON.readValue("{\"ids\":[\"nope\"],\"action\":\"APPROVE\"}", BulkDecision.class))
				.isInstanceOfSatisfying(InvalidFormatException.class,
						e -> assertThat(e.getTargetType()).isEqualTo(UUID.class));
	}

	@Test
	void aLabelIsOneFlatObjectWithItsFieldsInTheirFormerOrderAndTheOccurrenceAfterTheEvidence() {
		ClassificationView view = new ClassificationView(ClassificationId.random(),
				new LabelledColumn(DataSourceId.random(), AssetId.random(), AssetId.random(), "crm", "contacts", "email",
						"src.db.crm.contacts.email"),
				new LabelMatch("EMAIL_ADDRESS", RuleId.random(), Category.PII, Sensitivity.CONFIDENTIAL, 0.9, "why",
						JSON.readTree("{\"sampledValues\":5}"), Occurrence.WHOLE_VALUE),
				ClassificationStatus.APPLIED, LabelOrigin.AUTO, null, null, null, Instant.EPOCH, Instant.EPOCH, 3);

		JsonNode json = JSON.valueToTree(view);

		List<String> fields = new ArrayList<>(json.propertyNames());
		assertThat(fields).containsExactly("id", "sourceId", "tableAssetId", "columnAssetId", "schema", "table", "column",
				"qualifiedName", "typeId", "ruleId", "category", "sensitivity", "confidence", "explanation", "evidence",
				"occurrence", "status", "origin", "decidedBy", "decidedAt", "decisionReason", "createdAt", "updatedAt", "version");
		assertThat(json.get("ruleId").asString()).isEqualTo(view.match().ruleId().toString());
		assertThat(json.get("origin").asString()).isEqualTo("AUTO");
		assertThat(json.get("occurrence").asString()).isEqualTo("WHOLE_VALUE");
		assertThat(json.get("decidedBy").isNull()).isTrue();
	}

	@Test
	void rollUpLevelsAreParsedExactlyAndAnythingElseIsABadRequest() {
		assertThat(RollUpLevel.parse("SCHEMA")).isEqualTo(RollUpLevel.SCHEMA);
		assertThat(RollUpLevel.parse(null)).isNull();
		assertThatThrownBy(() -> RollUpLevel.parse("schema")).isInstanceOf(Problem.class)
				.hasMessage("level must be COLUMN, TABLE, SCHEMA or SOURCE (got schema).");
	}
}
