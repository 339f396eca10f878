package io.pursight.classifier.internal.regex;

/** Thrown from inside the regex engine when a match ran out of its budget; carries no stack trace (it is control flow). */
public final class BudgetExceeded extends RuntimeException {
	BudgetExceeded() {
		super("regular expression exceeded its evaluation budget", null, false, false);
	}
}
