package io.pursight.access.internal;

import io.pursight.access.LiveTopic;
import io.pursight.common.WorkspaceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which destinations name a topic of a workspace: only the canonical spelling of one workspace's topic. */
class LiveTopicTests {

	private static final LiveTopic RUNS = new LiveTopic("/topic/workspaces/{workspaceId}/scan-runs", "SOURCE_READ");
	private static final WorkspaceId WORKSPACE = WorkspaceId.of("0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f");

	@Test
	void aWorkspacesTopicNamesItsWorkspace() {
		assertThat(RUNS.in(WORKSPACE)).isEqualTo("/topic/workspaces/0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f/scan-runs");
		assertThat(StompAuthorization.workspaceOf(RUNS, RUNS.in(WORKSPACE))).isEqualTo(WORKSPACE);
	}

	@Test
	void wildcardsOtherSpellingsAndOtherDestinationsNameNoWorkspace() {
		String id = WORKSPACE.toString();
		for (String destination : new String[] {"/topic/workspaces/*/scan-runs", "/topic/workspaces/**/scan-runs",
				"/topic/workspaces/" + id.toUpperCase() + "/scan-runs", "/topic/workspaces/{" + id + "}/scan-runs",
				"/topic/workspaces/" + id + "/x/scan-runs", "/topic/workspaces//scan-runs", "/topic/workspaces/scan-runs",
				"/topic/workspaces/" + id + "/scan-runs/", "/topic/workspaces/" + id + "/scan-runs*",
				"/topic/workspaces/1-1-1-1-1/scan-runs", "/topic/workspaces/" + id, "", "/topic/workspaces/?/scan-runs"}) {
			assertThat(StompAuthorization.workspaceOf(RUNS, destination)).as(destination).isNull();
		}
		assertThat(StompAuthorization.workspaceOf(RUNS, null)).isNull();
	}

	@Test
	void aTopicIsUnderTopicWithExactlyOneWorkspaceAndNoWildcard() {
		for (String destination : new String[] {"/queue/{workspaceId}", "/topic/runs", "/topic/{workspaceId}/{workspaceId}",
				"/topic/{workspaceId}/*", "/topic/**/{workspaceId}", "/topic/{workspaceId}/?", "/topic/{other}/{workspaceId}"}) {
			assertThatThrownBy(() -> new LiveTopic(destination, "SOURCE_READ")).as(destination)
					.isInstanceOf(IllegalArgumentException.class);
		}
	}
}
