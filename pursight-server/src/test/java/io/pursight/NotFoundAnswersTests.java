package io.pursight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import io.pursight.classification.ClassificationId;
import io.pursight.classification.RuleId;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Identifier;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.ScanRunId;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanScheduleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 404 detail each module's typed ids produce. Clients and the authorization sweep read these
 * texts (an outsider of a workspace must get the very answer of a workspace that does not exist),
 * so they are pinned word for word.
 */
class NotFoundAnswersTests {

	private static final UUID ID = UUID.fromString("0b5e4f1c-6f0a-4d2b-9a47-3c1d2e5f6a7b");

	static Stream<Arguments> everyTypedId() {
		return Stream.of(
				typed(WorkspaceId::new, "No workspace with id " + ID + " exists that you are a member of."),
				typed(UserId::new, "No user with id " + ID + " exists."),
				typed(DataSourceId::new, "No data source with id " + ID + " exists in this workspace."),
				typed(AssetId::new, "No asset with id " + ID + " exists in this workspace."),
				typed(ClassificationId::new, "No classification with id " + ID + " exists in this workspace."),
				typed(RuleId::new, "No classification rule with id " + ID + " exists in this workspace."),
				typed(ScanRunId::new, "No scan run with id " + ID + " exists in this workspace."),
				typed(ScanRuleSetId::new, "No scan rule set with id " + ID + " exists in this workspace."),
				typed(ScanScheduleId::new, "No scan schedule with id " + ID + " exists in this workspace."));
	}

	private static Arguments typed(Function<UUID, Identifier> id, String detail) {
		Identifier identifier = id.apply(ID);
		return Arguments.of(identifier.getClass().getSimpleName(), identifier, detail);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyTypedId")
	void namesWhatTheIdIdentifiesAndWhereItWasLookedFor(String type, Identifier id, String detail) {
		Problem problem = Problem.notFound(id);

		assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_FOUND);
		assertThat(problem.getMessage()).isEqualTo(detail);
		assertThat(problem.properties()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyTypedId")
	void serialisesTheIdAsABareUuidAsBefore(String type, Identifier id, String detail) {
		// the kind is for answers only; it must not leak into the JSON of the id
		assertThat(JsonMapper.builder().build().writeValueAsString(id)).isEqualTo("\"" + ID + "\"");
	}

	@Test
	void answersAnIdThatDoesNotParseInTheWordsOfItsKind() {
		Problem problem = Problem.notFound(WorkspaceId.KIND, "not-a-uuid");

		assertThat(problem.getMessage()).isEqualTo("No workspace with id not-a-uuid exists that you are a member of.");
	}

	@Test
	void namesAThingKnownByAnotherThingsId() {
		Identifier.Kind member = new Identifier.Kind("member", Identifier.Scope.IN_WORKSPACE);

		assertThat(Problem.notFound(member, new UserId(ID)).getMessage())
				.isEqualTo("No member with id " + ID + " exists in this workspace.");
	}

	@Test
	void refusesAKindWithoutANoun() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Identifier.Kind(" ", Identifier.Scope.PLATFORM));
	}
}
