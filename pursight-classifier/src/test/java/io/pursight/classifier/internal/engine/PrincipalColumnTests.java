package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Audit columns name who did something ({@code created_by}, {@code actor}, {@code lastModifiedBy}): the
 * principal is kept as a user name, a user id, an email or a display name, and only user names are shaped
 * like user names. A user's alias is a user name too.
 */
class PrincipalColumnTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());
	private static final List<String> HANDLES = List.of("okafor.ada", "mbrandt", "lucia_r7", "tanakah", "priya.nair",
			"dvolkov", "svc-backup", "e.lindqvist", "rkowalczyk", "amara_o", "jdoe2", "fsilva", "noor.h", "kpetrov",
			"wchen", "ines.moreau", "bot-deploy", "hkim", "lea_m99", "tbauer");

	private static ClassificationResult classify(String table, String column, String dataType, List<String> values) {
		return ENGINE.classify(ColumnContext.builder(column).table(table).dataType(dataType).samples(values).build());
	}

	private static List<String> rows(List<String> values, int count, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, count).mapToObj(i -> values.get(random.nextInt(values.size()))).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = {"created_by", "lastModifiedBy", "approved_by", "actor", "performedBy", "erstellt_von",
			"modifie_par"})
	void anAuditColumnOfUserNamesHoldsUserNames(String column) {
		ClassificationResult r = classify("change_events", column, "varchar(60)", rows(HANDLES, 300, 1));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void aFewRowsOfAnAuditColumnAreEnough() {
		ClassificationResult r = classify("settings", "updated_by", "varchar(60)", HANDLES.subList(0, 4));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void userIdsAreNoUserNames() {
		List<String> uuids = IntStream.range(0, 200).mapToObj(i -> UUID.nameUUIDFromBytes(new byte[] {(byte) i}).toString())
				.toList();
		ClassificationResult asText = classify("change_events", "created_by", "varchar(36)", uuids);
		assertThat(asText.decision(SensitiveType.USERNAME)).as(asText.toString()).isNotEqualTo(Decision.APPLY)
				.isNotEqualTo(Decision.REVIEW);
		List<String> hex = uuids.stream().map(u -> u.replace("-", "")).toList();
		ClassificationResult bare = classify("change_events", "modified_by", "char(32)", hex);
		assertThat(bare.decision(SensitiveType.USERNAME)).as(bare.toString()).isNotEqualTo(Decision.APPLY);
		ClassificationResult numbers = classify("change_events", "created_by", "bigint",
				IntStream.range(0, 200).mapToObj(i -> String.valueOf(1000 + i * 3)).toList());
		assertThat(numbers.decision(SensitiveType.USERNAME)).as(numbers.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void displayNamesAndEmailsAreNoUserNames() {
		ClassificationResult names = classify("change_events", "approved_by", "varchar(80)",
				rows(List.of("Ada Okafor", "Marek Brandt", "Lucia Romero", "Hiro Tanaka", "Priya Nair"), 200, 2));
		assertThat(names.decision(SensitiveType.USERNAME)).as(names.toString()).isNotEqualTo(Decision.APPLY);
		List<String> emails = HANDLES.stream().map(h -> h + "@corp.example").toList();
		ClassificationResult mail = classify("change_events", "created_by", "varchar(80)", rows(emails, 200, 3));
		assertThat(mail.decision(SensitiveType.EMAIL_ADDRESS)).as(mail.toString()).isEqualTo(Decision.APPLY);
		assertThat(mail.decision(SensitiveType.USERNAME)).as(mail.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void anActorOfAFilmIsNoUserName() {
		ClassificationResult r = classify("film_cast", "actor", "varchar(80)",
				rows(List.of("Ingrid Holm", "Tom Okoye", "Mei Lin Zhou", "Rafael Duarte"), 120, 4));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"sort_by", "group_by", "order_by", "partition_by", "triggered_by", "assigned_to"})
	void namesThatEndInByOrToNeedNotNameAPrincipal(String column) {
		ClassificationResult r = classify("saved_reports", column, "varchar(40)",
				rows(List.of("price", "rating", "schedule", "webhook", "support_queue"), 150, 5));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void aHandfulOfRolesUnderAnAuditNameIsOnlySuggested() {
		ClassificationResult r = classify("order_events", "actor", "varchar(20)",
				rows(List.of("customer", "merchant", "system", "support"), 300, 7));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isEqualTo(Decision.REVIEW);
		assertThat(r.match(SensitiveType.USERNAME).orElseThrow().explanation()).contains("a list of roles or sources");
	}

	@Test
	void aSmallTeamsAuditColumnHoldsUserNames() {
		ClassificationResult r = classify("config_changes", "changed_by", "varchar(40)",
				rows(List.of("mbrandt", "priya.nair", "lopezm"), 300, 8));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void theAliasOfAUserIsAUserName() {
		ClassificationResult r = classify("app_users", "Alias", "varchar(8)", List.of("aokafor", "mbrandt", "lromero",
				"htanaka"));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void theAliasOfAHostIsOnlyAHint() {
		ClassificationResult r = classify("servers", "alias", "varchar(30)", rows(List.of("web01", "db-primary",
				"cache-eu", "build7", "mx2", "vpn-gw"), 100, 6));
		assertThat(r.decision(SensitiveType.USERNAME)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}
}
