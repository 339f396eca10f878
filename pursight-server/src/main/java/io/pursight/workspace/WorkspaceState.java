package io.pursight.workspace;

/** Lifecycle of a workspace. An archived workspace is read-only until restored. */
public enum WorkspaceState {
	ACTIVE, ARCHIVED
}
