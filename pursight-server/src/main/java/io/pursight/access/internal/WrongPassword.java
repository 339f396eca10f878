package io.pursight.access.internal;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;

/** A password that did not match, whatever the status it answers: {@link LoginThrottle} counts it as a failure. */
final class WrongPassword extends Problem {

	WrongPassword(ProblemKind kind, String detail) {
		super(kind, detail);
	}
}
