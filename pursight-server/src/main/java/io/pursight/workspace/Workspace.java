package io.pursight.workspace;

import java.time.Instant;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;

/** A workspace: its identity, names and lifecycle state. Transitions are checked here. */
public record Workspace(WorkspaceId id, String slug, String name, String description, WorkspaceState state,
		long version, Instant createdAt, Instant updatedAt, Instant archivedAt) {

	public static final String DEFAULT_SLUG = "default";

	/** A new, active workspace, never changed nor archived. */
	static Workspace create(String slug, String name, String description, Instant now) {
		return new Workspace(WorkspaceId.random(), slug, name, description, WorkspaceState.ACTIVE, 0, now, now, null);
	}

	Workspace archive(Instant now) {
		if (state == WorkspaceState.ARCHIVED) {
			throw Problem.conflict("The workspace is already archived.");
		}
		return new Workspace(id, slug, name, description, WorkspaceState.ARCHIVED, version, createdAt, now, now);
	}

	Workspace restore(Instant now) {
		if (state != WorkspaceState.ARCHIVED) {
			throw Problem.conflict("Only an archived workspace can be restored; this one is " + state + ".");
		}
		return new Workspace(id, slug, name, description, WorkspaceState.ACTIVE, version, createdAt, now, null);
	}

	Workspace rename(String newName, String newDescription, Instant now) {
		return new Workspace(id, slug, newName, newDescription, state, version, createdAt, now, archivedAt);
	}

	public boolean isArchived() {
		return state == WorkspaceState.ARCHIVED;
	}
}
