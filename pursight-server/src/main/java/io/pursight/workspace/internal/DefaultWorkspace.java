package io.pursight.workspace.internal;

import io.pursight.access.UserAccounts;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
	private final UserAccounts accounts;

	DefaultWorkspace(Workspaces workspaces, UserAccounts accounts) {
		this.workspaces = workspaces;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!workspaces.isEmpty()) {
			return;
		}
		accounts.bootstrapAdministrator().ifPresent(admin -> {
			workspaces.create(Workspace.DEFAULT_SLUG, "Default workspace", "Created at first start", admin);
			log.info("Created the default workspace");
		});
	}
}
