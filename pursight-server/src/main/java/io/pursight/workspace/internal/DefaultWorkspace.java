package io.pursight.workspace.internal;

import io.pursight.access.UserAccounts;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the default workspace at first start, with the bootstrap administrator as its ADMIN. */
@Component
@Order(10)
class DefaultWorkspace implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefaultWorkspace.class);

	private final Workspaces workspaces;
	private final WorkspaceRepository repository;
	private final UserAccounts accounts;
	private final String adminUsername;

	DefaultWorkspace(Workspaces workspaces, WorkspaceRepository repository, UserAccounts accounts,
			@Value("${pursight.security.admin-username}") String adminUsername) {
		this.workspaces = workspaces;
		this.repository = repository;
		this.accounts = accounts;
		this.adminUsername = adminUsername;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.list(null, null, new io.pursight.common.PageQuery(0, 1)).total() > 0) {
			return;
		}
		accounts.idOf(adminUsername).ifPresent(admin -> {
			workspaces.create(Workspace.DEFAULT_SLUG, "Default workspace", "Created at first start", admin);
			log.info("Created the default workspace");
		});
	}
}
