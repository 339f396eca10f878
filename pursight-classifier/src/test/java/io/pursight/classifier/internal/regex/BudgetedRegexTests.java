package io.pursight.classifier.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BudgetedRegexTests {

	@Test
	@Timeout(5)
	void abortsCatastrophicBacktrackingWithinTheBudget() {
		BudgetedRegex regex = new BudgetedRegex(Pattern.compile("(a+)+\\1b"), 100_000, 1_000_000_000L);
		assertThat(regex.matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!")).isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
	}

	@Test
	@Timeout(5)
	void abortsOnTheDeadlineEvenWithAHugeStepBudget() {
		BudgetedRegex regex = new BudgetedRegex(Pattern.compile("((a{1,3}){1,10}){1,10}b"), Long.MAX_VALUE, 20_000_000L);
		long start = System.nanoTime();
		assertThat(regex.matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
	}

	@Test
	void matchesOrdinaryValuesNormally() {
		BudgetedRegex regex = new BudgetedRegex(Pattern.compile("EMP-\\d{6}"), 100_000, 50_000_000L);
		assertThat(regex.matches("EMP-123456")).isEqualTo(BudgetedRegex.Outcome.MATCH);
		assertThat(regex.matches("EMP-12345")).isEqualTo(BudgetedRegex.Outcome.NO_MATCH);
		assertThat(regex.finds("xx EMP-123456 yy")).isTrue();
	}

	@Test
	@Timeout(5)
	void chargesEveryEvaluationToTheSharedBudgetUntilItIsSpent() {
		BudgetedRegex regex = new BudgetedRegex(Pattern.compile("(a+)+\\1b"), 100_000, 1_000_000_000L);
		SharedBudget shared = SharedBudget.of(250_000, 10_000_000_000L);

		assertThat(regex.matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", shared)).isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
		assertThat(regex.matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", shared)).isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
		assertThat(shared.isSpent()).isFalse();
		assertThat(regex.matches("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", shared)).isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
		assertThat(shared.isSpent()).isTrue();
		assertThat(regex.matches("aab", shared)).as("nothing left").isEqualTo(BudgetedRegex.Outcome.TIMED_OUT);
	}

	@Test
	void chargesOnlyTheStepsTaken() {
		BudgetedRegex regex = new BudgetedRegex(Pattern.compile("EMP-\\d{6}"), 100_000, 50_000_000L);
		SharedBudget shared = SharedBudget.of(100, 10_000_000_000L);

		for (int i = 0; i < 9; i++) {
			assertThat(regex.matches("EMP-123456", shared)).isEqualTo(BudgetedRegex.Outcome.MATCH);
		}
		assertThat(shared.isSpent()).isFalse();
	}
}
