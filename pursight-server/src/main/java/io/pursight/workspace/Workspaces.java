package io.pursight.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.pursight.access.Memberships;
import io.pursight.access.Role;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates workspaces and moves them through their lifecycle. */
@Service
public class Workspaces {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

	private final WorkspaceRepository repository;
	private final Memberships memberships;

	Workspaces(WorkspaceRepository repository, Memberships memberships) {
		this.repository = repository;
		this.memberships = memberships;
	}

	/** Creates an active workspace whose first ADMIN is {@code creator}. */
	@Transactional
	public Workspace create(String slug, String name, String description, UserId creator) {
		if (!SLUG.matcher(slug).matches()) {
			throw Problem.invalid("slug must be 1-64 lower-case letters, digits or '-', not starting or ending with '-'");
		}
		if (repository.bySlug(slug).isPresent()) {
			throw Problem.conflict("The slug '" + slug + "' is already taken; choose another.");
		}
		Workspace workspace = Workspace.create(slug, name.strip(), description, Instant.now());
		repository.insert(workspace);
		memberships.grant(workspace.id(), creator, Role.ADMIN);
		return workspace;
	}

	public Workspace get(WorkspaceId id) {
		return repository.byId(id).orElseThrow(() -> Problem.notFound(id));
	}

	/** The workspace, archived or not; empty if there is none with this id. */
	public Optional<Workspace> find(WorkspaceId id) {
		return repository.byId(id);
	}

	public Optional<Workspace> bySlug(String slug) {
		return repository.bySlug(slug);
	}

	/** Whether no workspace exists yet (a first start). */
	public boolean isEmpty() {
		return repository.list(null, null, new PageQuery(0, 1)).total() == 0;
	}

	/** The workspaces the user is a member of, or every workspace for platform administrators. */
	public PageResult<Workspace> visibleTo(UserId user, boolean platformAdmin, WorkspaceState state, PageQuery page) {
		List<WorkspaceId> ids = platformAdmin ? null : memberships.workspacesOf(user);
		return repository.list(ids, state, page);
	}

	@Transactional
	public Workspace rename(WorkspaceId id, long expectedVersion, String name, String description) {
		Workspace current = get(id);
		checkVersion(current, expectedVersion);
		return repository.update(current.rename(name.strip(), description, Instant.now()));
	}

	@Transactional
	public Workspace archive(WorkspaceId id) {
		return repository.update(get(id).archive(Instant.now()));
	}

	@Transactional
	public Workspace restore(WorkspaceId id) {
		return repository.update(get(id).restore(Instant.now()));
	}

	private static void checkVersion(Workspace current, long expected) {
		if (current.version() != expected) {
			throw Problem.versionConflict("workspace", expected, current.version());
		}
	}
}
