package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.bench.corpus.Corpus;
import io.pursight.bench.corpus.CorpusLabels;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledDatabaseTests {

	@Test
	void keysCorpusColumnsLikeTheLabelFiles() {
		for (String[] c : new String[][] {{"EmergencyContacts", "phoneNumber"}, {"emp_addresses", "addr1"},
				{"Account", "VAT_Number__c"}}) {
			assertThat(CorpusLabels.key(c[0], c[1])).isEqualTo(DatasetLabels.key(c[0], c[1]));
		}
	}

	@Test
	void expandsCorpusAndAllIntoEveryCorpusTargetOnBothEngines() {
		List<String> defaults = List.of("synthetic", "chinook-postgresql");
		assertThat(LabelledDatabase.expand(List.of("corpus"), defaults)).isEqualTo(Corpus.targets())
				.contains("corpus-hr-postgresql", "corpus-hr-mariadb");
		assertThat(LabelledDatabase.expand(List.of("all"), defaults)).startsWith("synthetic", "chinook-postgresql")
				.containsAll(Corpus.targets());
		assertThat(LabelledDatabase.expand(List.of("corpus-crm-mariadb", "corpus"), defaults)).first()
				.isEqualTo("corpus-crm-mariadb");
	}

	@Test
	void keepsEmbeddedTypesApartFromTheWholeValueAndOptionalOnes() {
		DatasetLabels labels = DatasetLabels.of(new CorpusLabels("x", Map.of("t.a", "EMAIL_ADDRESS"),
				Map.of("t.notes", "URL"), Map.of("t.notes", Set.of("PERSON_NAME", "PHONE_NUMBER"))));
		AccuracyScore.Truth notes = labels.truth("T", "notes");
		assertThat(notes.expected()).isNull();
		assertThat(notes.embedded()).containsExactlyInAnyOrder("PERSON_NAME", "PHONE_NUMBER");
		assertThat(notes.optional()).containsExactly("URL");
		assertThat(labels.truth("t", "a").optional()).isEmpty();
		assertThat(labels.truth("T", "A").expected()).isEqualTo("EMAIL_ADDRESS");
	}
}
