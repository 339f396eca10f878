package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A name that may mean several things ({@code title} in a table of people: a job, a courtesy title, the
 * title of a book they wrote) is settled by values distinctively of one type; values that are not, or a
 * short list of them, settle nothing.
 */
class SettledHintTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());
	private static final List<String> JOBS = List.of("Procurement Manager", "Senior Data Analyst", "Chief Nursing Officer",
			"Payroll Specialist", "Regional Sales Director", "Quality Engineer", "Office Administrator",
			"Head of Logistics", "Junior Accountant", "Marketing Coordinator", "IT Support Technician",
			"Lead Software Developer", "Legal Counsel", "Warehouse Supervisor", "HR Business Partner",
			"Product Designer", "Customer Success Manager", "Financial Controller", "Research Scientist",
			"Operations Director", "Facilities Manager", "Compliance Analyst", "Executive Assistant", "Site Engineer",
			"Training Consultant", "VP Engineering", "Account Executive", "Systems Architect", "Buyer", "Pharmacist");

	private static ClassificationResult classify(String table, String column, List<String> values) {
		return ENGINE.classify(ColumnContext.builder(column).table(table).dataType("varchar(80)").samples(values).build());
	}

	private static List<String> rows(List<String> values, int count, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, count).mapToObj(i -> values.get(random.nextInt(values.size()))).toList();
	}

	@Test
	void jobTitlesSettleWhatTheTitleOfAContactIs() {
		TypeMatch m = classify("contacts", "Title", rows(JOBS, 300, 1)).match(SensitiveType.JOB_TITLE).orElseThrow();
		assertThat(m.decision()).as(m.explanation()).isEqualTo(Decision.APPLY);
		assertThat(m.explanation()).contains("the values settle what 'title' means");
	}

	@Test
	void everySampleOfAContactsTitlesIsSettledAlike() {
		DecisionStability.Population titles = new DecisionStability.Population("contacts", "title", "varchar(80)",
				rows(JOBS, 3_000, 6));
		DecisionStability.Report report = DecisionStability.check(ENGINE, titles, new int[] {100, 500, 1_000}, 10, 7);
		assertThat(report.decision()).as(report.describe()).contains("JOB_TITLE=APPLY");
	}

	@Test
	void courtesyTitlesAreNoJobTitles() {
		ClassificationResult r = classify("contacts", "title", rows(List.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Mx"), 300, 2));
		assertThat(r.decision(SensitiveType.JOB_TITLE)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void theTitlesOfAnAuthorsBooksAreNoJobTitles() {
		ClassificationResult r = classify("authors", "title", rows(List.of("The Salt Road", "Winter Orchard",
				"A Map of Small Rivers", "The Glass Harbour", "Letters to Nobody", "Night Ferry", "The Quiet Engine",
				"Borrowed Summers", "Lanterns", "The Cartographer's Daughter", "Under Grey Skies", "Paper Kingdoms",
				"The Last Lighthouse", "Field Notes", "Iron and Honey", "The Apprentice", "Small Hours", "Tidewater",
				"The Keeper", "Fox Hollow", "Stone Garden", "Wild Geese"), 300, 3));
		assertThat(r.decision(SensitiveType.JOB_TITLE)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void aShortListOfRolesSettlesNothing() {
		ClassificationResult r = classify("staff", "role", rows(List.of("Administrator", "Manager", "Analyst"), 300, 4));
		assertThat(r.decision(SensitiveType.JOB_TITLE)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void aTitleColumnOutsideATableOfPeopleIsNoJobTitle() {
		ClassificationResult r = classify("support_tickets", "title", rows(JOBS, 300, 5));
		assertThat(r.decision(SensitiveType.JOB_TITLE)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}
}
