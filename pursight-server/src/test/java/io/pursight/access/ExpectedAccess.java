package io.pursight.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.pursight.access.ExpectedAccess.Caller.*;
import static java.util.Map.entry;

/**
 * Who may call each API operation, written down by hand from what each role is for (DESIGN.md,
 * Role's comments) and deliberately NOT derived from the {@code @Requires} annotations of the
 * controllers: {@link AuthorizationSweepIntegrationTests} holds the server to this table, so a
 * wrong annotation, a forgotten one or a new endpoint without a decision fails the build.
 *
 * <p>To add an operation, add one line to {@link #OPERATIONS}: the key is {@code "METHOD /path/template"}
 * exactly as it appears in {@code /v3/api-docs}, the value says who may call it:
 * {@link #anyone()}, {@link #signedIn()}, {@link #platformAdmins()}, {@link #roles roles(ADMIN, STEWARD, …)},
 * or {@code roles(…).orPlatformAdmins()} for workspace administration a non-member platform administrator may do.
 */
final class ExpectedAccess {

	/** The kinds of caller the sweep tries every operation as. */
	enum Caller {
		ANONYMOUS,
		/** Signed in, ADMIN of another workspace, not a member of the one called. */
		OUTSIDER,
		ADMIN, STEWARD, ANALYST, AUDITOR,
		/** A platform administrator who is not a member of the workspace called. */
		PLATFORM_ADMIN;

		boolean isMember() {
			return this == ADMIN || this == STEWARD || this == ANALYST || this == AUDITOR;
		}
	}

	/** The callers an operation lets through; everybody else is refused. */
	record Access(Set<Caller> callers) {

		boolean allows(Caller caller) {
			return callers.contains(caller);
		}

		/** Also a platform administrator who is not a member: workspace administration, never the data. */
		Access orPlatformAdmins() {
			EnumSet<Caller> more = EnumSet.copyOf(callers);
			more.add(PLATFORM_ADMIN);
			return new Access(more);
		}

		@Override
		public String toString() {
			return callers.toString();
		}
	}

	static Access anyone() {
		return new Access(EnumSet.allOf(Caller.class));
	}

	/** Any signed-in user; the operation scopes its answer to the caller. */
	static Access signedIn() {
		return new Access(EnumSet.complementOf(EnumSet.of(ANONYMOUS)));
	}

	static Access platformAdmins() {
		return new Access(EnumSet.of(PLATFORM_ADMIN));
	}

	/** Members of the workspace in the path with one of these roles. */
	static Access roles(Caller... roles) {
		if (!Arrays.stream(roles).allMatch(Caller::isMember)) {
			throw new IllegalArgumentException("not workspace roles: " + Arrays.toString(roles));
		}
		return new Access(EnumSet.copyOf(Arrays.asList(roles)));
	}

	private static Access everyRole() {
		return roles(ADMIN, STEWARD, ANALYST, AUDITOR);
	}

	private static Access stewards() {
		return roles(ADMIN, STEWARD);
	}

	private static final String WS = "/api/v1/workspaces/{workspaceId}";

	/** One line per operation of the API (Map.ofEntries refuses a duplicate key). */
	static final Map<String, Access> OPERATIONS = Map.ofEntries(
			// authentication: public, or the caller's own login
			entry("POST /api/v1/auth/login", anyone()),
			entry("POST /api/v1/auth/refresh", anyone()),
			entry("POST /api/v1/auth/logout", signedIn()),
			entry("GET /api/v1/users/me", signedIn()),
			entry("POST /api/v1/users/me/password", signedIn()),
			entry("POST /api/v1/users/me/sessions/revoke", signedIn()),
			entry("GET /api/v1/workspaces", signedIn()),

			// platform administration
			entry("GET /api/v1/users", platformAdmins()),
			entry("POST /api/v1/users", platformAdmins()),
			entry("GET /api/v1/users/{userId}", platformAdmins()),
			entry("DELETE /api/v1/users/{userId}", platformAdmins()),
			entry("POST /api/v1/users/{userId}/disable", platformAdmins()),
			entry("POST /api/v1/users/{userId}/enable", platformAdmins()),
			entry("POST /api/v1/users/{userId}/password", platformAdmins()),
			entry("POST /api/v1/users/{userId}/sessions/revoke", platformAdmins()),
			entry("POST /api/v1/workspaces", platformAdmins()),
			entry("GET /api/v1/audit-events", platformAdmins()),

			// workspace administration: its ADMIN, and platform administrators to recover an orphaned workspace
			entry("GET " + WS, everyRole().orPlatformAdmins()),
			entry("PATCH " + WS, roles(ADMIN).orPlatformAdmins()),
			entry("POST " + WS + "/archive", roles(ADMIN).orPlatformAdmins()),
			entry("POST " + WS + "/restore", roles(ADMIN).orPlatformAdmins()),
			entry("GET " + WS + "/members", roles(ADMIN, STEWARD, AUDITOR).orPlatformAdmins()),
			entry("PUT " + WS + "/members/{userId}", roles(ADMIN).orPlatformAdmins()),
			entry("DELETE " + WS + "/members/{userId}", roles(ADMIN).orPlatformAdmins()),
			entry("GET " + WS + "/audit-events", roles(ADMIN, AUDITOR)),

			// data sources: everyone reads, stewards change
			entry("GET " + WS + "/sources", everyRole()),
			entry("POST " + WS + "/sources", stewards()),
			entry("POST " + WS + "/sources/test-connection", stewards()),
			entry("GET " + WS + "/sources/{sourceId}", everyRole()),
			entry("PUT " + WS + "/sources/{sourceId}", stewards()),
			entry("POST " + WS + "/sources/{sourceId}/archive", stewards()),
			entry("POST " + WS + "/sources/{sourceId}/restore", stewards()),
			entry("POST " + WS + "/sources/{sourceId}/test-connection", stewards()),
			entry("POST " + WS + "/sources/{sourceId}/discover", stewards()),
			entry("GET " + WS + "/sources/{sourceId}/health-checks", everyRole()),

			// scan runs: everyone follows them; starting one is discover (above) or classify (below)
			entry("GET " + WS + "/scan-runs", everyRole()),
			entry("GET " + WS + "/scan-runs/{runId}", everyRole()),
			entry("GET " + WS + "/scan-runs/{runId}/objects", everyRole()),
			entry("POST " + WS + "/sources/{sourceId}/scans", stewards()),
			entry("POST " + WS + "/scan-runs/{runId}/pause", stewards()),
			entry("POST " + WS + "/scan-runs/{runId}/resume", stewards()),
			entry("POST " + WS + "/scan-runs/{runId}/cancel", stewards()),

			// scan rule sets and schedules: everyone reads and previews, stewards change
			entry("GET " + WS + "/scan-rule-sets", everyRole()),
			entry("POST " + WS + "/scan-rule-sets", stewards()),
			entry("GET " + WS + "/scan-rule-sets/{ruleSetId}", everyRole()),
			entry("PUT " + WS + "/scan-rule-sets/{ruleSetId}", stewards()),
			entry("DELETE " + WS + "/scan-rule-sets/{ruleSetId}", stewards()),
			entry("GET " + WS + "/scan-rule-sets/{ruleSetId}/versions/{version}", everyRole()),
			entry("GET " + WS + "/scan-rule-sets/{ruleSetId}/preview", everyRole()),
			entry("GET " + WS + "/scan-schedules", everyRole()),
			entry("POST " + WS + "/scan-schedules", stewards()),
			entry("GET " + WS + "/scan-schedules/{scheduleId}", everyRole()),
			entry("PUT " + WS + "/scan-schedules/{scheduleId}", stewards()),
			entry("DELETE " + WS + "/scan-schedules/{scheduleId}", stewards()),

			// catalog
			entry("GET " + WS + "/assets", everyRole()),
			entry("GET " + WS + "/assets/{assetId}", everyRole()),
			entry("GET " + WS + "/assets/{assetId}/schema-changes", everyRole()),
			entry("GET " + WS + "/sources/{sourceId}/schema-changes", everyRole()),
			entry("GET " + WS + "/assets/{assetId}/profile", everyRole()),

			// classification: everyone reads labels; stewards classify and review; sampled values are for reviewers only
			entry("POST " + WS + "/sources/{sourceId}/classify", stewards()),
			entry("POST " + WS + "/assets/{tableAssetId}/classify", stewards()),
			entry("GET " + WS + "/classifications", everyRole()),
			entry("GET " + WS + "/classifications/{classificationId}", everyRole()),
			entry("GET " + WS + "/classifications/{classificationId}/samples", stewards()),
			entry("POST " + WS + "/classifications/{classificationId}/approve", stewards()),
			entry("POST " + WS + "/classifications/{classificationId}/reject", stewards()),
			entry("POST " + WS + "/classifications/bulk", stewards()),
			entry("GET " + WS + "/classified-columns", everyRole()),
			entry("GET " + WS + "/sensitivity", everyRole()),
			entry("GET " + WS + "/classification-weights", everyRole()),
			entry("DELETE " + WS + "/classification-weights", stewards()),
			entry("GET " + WS + "/classification-settings", everyRole()),
			entry("PUT " + WS + "/classification-settings", stewards()),
			entry("GET " + WS + "/classification-rules", everyRole()),
			entry("POST " + WS + "/classification-rules", stewards()),
			// CPU-heavy on values the caller supplies: rule managers only, so the lowest role cannot stall the server
			entry("POST " + WS + "/classification-rules/test", stewards()),
			entry("GET " + WS + "/classification-rules/{ruleId}", everyRole()),
			entry("PUT " + WS + "/classification-rules/{ruleId}", stewards()),
			entry("DELETE " + WS + "/classification-rules/{ruleId}", stewards()));

	private ExpectedAccess() {
	}
}
