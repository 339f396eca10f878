package io.pursight.access;

import java.util.Objects;

import io.pursight.common.WorkspaceId;

/**
 * A topic of the live-updates WebSocket ({@code /api/v1/ws}, STOMP) that clients may subscribe to,
 * and the workspace permission a subscriber must hold. A module declares each of its topics as a
 * bean; any destination that is not one of them is refused (deny by default), and nobody but the
 * server may send to a topic.
 *
 * @param destination the topic's destination with exactly one {@code {workspaceId}} variable, for
 *                    example {@code /topic/workspaces/{workspaceId}/scan-runs}
 * @param permission  the name of a declared workspace permission, checked on every SUBSCRIBE
 */
public record LiveTopic(String destination, String permission) {

	/** The prefix of every topic; the only destinations the server's broker serves. */
	public static final String PREFIX = "/topic/";
	/** The variable a topic's destination names its workspace with. */
	public static final String WORKSPACE_VARIABLE = "{workspaceId}";

	public LiveTopic {
		Objects.requireNonNull(destination, "destination");
		Objects.requireNonNull(permission, "permission");
		if (!destination.startsWith(PREFIX) || destination.indexOf(WORKSPACE_VARIABLE) < 0
				|| destination.indexOf(WORKSPACE_VARIABLE) != destination.lastIndexOf(WORKSPACE_VARIABLE)
				|| destination.replace(WORKSPACE_VARIABLE, "").matches(".*[*?{}].*")) {
			throw new IllegalArgumentException("A live topic is a destination under " + PREFIX + " with exactly one "
					+ WORKSPACE_VARIABLE + " and no wildcard: " + destination);
		}
	}

	/** The destination of one workspace's topic. */
	public String in(WorkspaceId workspace) {
		return destination.replace(WORKSPACE_VARIABLE, workspace.toString());
	}
}
