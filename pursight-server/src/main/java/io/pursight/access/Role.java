package io.pursight.access;

/**
 * A member's role in one workspace. What each role may do there is declared by the modules, per
 * permission ({@link Permission#grantedTo()}); the comments say what each role is for.
 */
public enum Role {
	/** Runs the workspace: its members, settings and audit log, and everything a steward does. */
	ADMIN,
	/** Registers and describes sources, runs and reviews classification. */
	STEWARD,
	/** Read-only consumer of the catalog. */
	ANALYST,
	/** Reads everything, including the audit log, changes nothing. */
	AUDITOR
}
