package io.pursight.scan;

import java.util.Arrays;
import java.util.Map;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;

/**
 * Why a scan run failed: the problem document its step raised (RFC 9457 members, plus extra members
 * such as {@code errorCode}), so that a client waiting for the run gets what the step said.
 */
public record ScanFailure(String type, String title, int status, String detail, Map<String, Object> properties) {

	public ScanFailure {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

	/** The failure a step's problem stands for. */
	public static ScanFailure of(Problem problem) {
		ProblemKind kind = problem.kind();
		return new ScanFailure(kind.type(), kind.title(), kind.status(), problem.getMessage(), problem.properties());
	}

	static ScanFailure of(ProblemKind kind, String detail) {
		return of(kind, detail, Map.of());
	}

	static ScanFailure of(ProblemKind kind, String detail, Map<String, Object> properties) {
		return new ScanFailure(kind.type(), kind.title(), kind.status(), detail, properties);
	}

	/** A failure nobody foresaw: its cause is in the log, never in the run. */
	static ScanFailure unexpected() {
		return of(ProblemKind.INTERNAL, "The scan run failed unexpectedly; the error was logged. Retry, and contact "
				+ "the administrator if it persists.");
	}

	/** A run found half-done when its job was picked up again: the process running it stopped. */
	static ScanFailure interrupted() {
		return of(ProblemKind.INTERNAL, "The server running this scan stopped before the run finished; nothing more "
				+ "happens in this run. Start a new run.");
	}

	/** The problem to answer a client with, as the step raised it. */
	public Problem toProblem() {
		ProblemKind kind = Arrays.stream(ProblemKind.values()).filter(k -> k.type().equals(type)).findFirst()
				.orElse(ProblemKind.INTERNAL);
		return new Problem(kind, detail, properties);
	}
}
