package io.pursight.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.access.Member;
import io.pursight.access.Memberships;
import io.pursight.access.Role;
import io.pursight.common.Identifier;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/** Workspace memberships, stored in {@code workspace_members}. */
@Service
class JdbcMemberships implements Memberships {

	/** A membership, which a not-found answer names by its user's id. */
	private static final Identifier.Kind MEMBER = new Identifier.Kind("member", Identifier.Scope.IN_WORKSPACE);

	/** Members with their user names, as one relation to page through. */
	private static final String MEMBERS = """
			(SELECT m.workspace_id, m.user_id, u.username, u.display_name, m.role, m.created_at
			 FROM workspace_members m JOIN users u ON u.id = m.user_id) members""";

	private final JdbcClient jdbc;
	private final Users users;

	JdbcMemberships(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	@Override
	@Transactional
	public void grant(WorkspaceId workspace, UserId user, Role role) {
		int changed = jdbc.sql("UPDATE workspace_members SET role = ? WHERE workspace_id = ? AND user_id = ?")
				.params(role.name(), workspace.value(), user.value()).update();
		if (changed == 0) {
			jdbc.sql("INSERT INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)")
					.params(workspace.value(), user.value(), role.name(), utc(Instant.now())).update();
		}
	}

	@Override
	public Optional<Role> roleOf(WorkspaceId workspace, UserId user) {
		return jdbc.sql("SELECT role FROM workspace_members WHERE workspace_id = ? AND user_id = ?")
				.params(workspace.value(), user.value()).query(String.class).optional().map(Role::valueOf);
	}

	@Override
	public List<WorkspaceId> workspacesOf(UserId user) {
		return jdbc.sql("SELECT workspace_id FROM workspace_members WHERE user_id = ?").param(user.value())
				.query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).list();
	}

	@Override
	@Transactional
	public void revoke(WorkspaceId workspace, UserId user) {
		guardLastAdmin(workspace, user);
		int removed = jdbc.sql("DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?")
				.params(workspace.value(), user.value()).update();
		if (removed == 0) {
			throw Problem.notFound(MEMBER, user);
		}
	}

	@Override
	@Transactional
	public void change(WorkspaceId workspace, UserId user, Role role) {
		users.byId(user).orElseThrow(() -> Problem.notFound(user));
		if (role != Role.ADMIN) {
			guardLastAdmin(workspace, user);
		}
		grant(workspace, user, role);
	}

	/** The workspaces whose only ADMIN the user is. */
	List<WorkspaceId> workspacesWhereOnlyAdmin(UserId user) {
		return jdbc.sql("""
				SELECT m.workspace_id FROM workspace_members m
				WHERE m.user_id = ? AND m.role = 'ADMIN'
				  AND NOT EXISTS (SELECT 1 FROM workspace_members o
				                  WHERE o.workspace_id = m.workspace_id AND o.role = 'ADMIN' AND o.user_id <> m.user_id)
				ORDER BY m.workspace_id""")
				.param(user.value()).query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).list();
	}

	/** Removes the user from every workspace (the account is being deleted). */
	void removeAll(UserId user) {
		jdbc.sql("DELETE FROM workspace_members WHERE user_id = ?").param(user.value()).update();
	}

	@Override
	public PageResult<Member> members(WorkspaceId workspace, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.page(jdbc, MEMBERS, "username, user_id", page,
						(rs, n) -> new Member(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("username"),
								rs.getString("display_name"), Role.valueOf(rs.getString("role")),
								instant(rs, "created_at")));
	}

	private void guardLastAdmin(WorkspaceId workspace, UserId user) {
		if (roleOf(workspace, user).orElse(null) != Role.ADMIN) {
			return;
		}
		long admins = jdbc.sql("SELECT COUNT(*) FROM workspace_members WHERE workspace_id = ? AND role = 'ADMIN'")
				.param(workspace.value()).query(Long.class).single();
		if (admins <= 1) {
			throw Problem.conflict("This is the last ADMIN of the workspace: make another member ADMIN first.");
		}
	}
}
