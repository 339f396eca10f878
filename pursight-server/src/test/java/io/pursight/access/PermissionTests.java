package io.pursight.access;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionTests {

	@Test
	void aWorkspacePermissionIsHeldOnlyByTheRolesItNames() {
		Permission write = Permission.workspace("SOURCE_WRITE", Role.ADMIN, Role.STEWARD);

		assertThat(write.isGrantedTo(Role.STEWARD)).isTrue();
		assertThat(write.isGrantedTo(Role.ANALYST)).isFalse();
		assertThat(write.isGrantedTo(Role.AUDITOR)).isFalse();
		assertThat(write.scope().inWorkspace()).isTrue();
	}

	@Test
	void aPlatformPermissionCannotBeGrantedToAWorkspaceRole() {
		// a workspace ADMIN must never become a platform administrator through a declaration
		assertThatThrownBy(() -> new Permission("USER_MANAGE", Permission.Scope.PLATFORM, Set.of(Role.ADMIN)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("USER_MANAGE").hasMessageContaining("cannot hold it");
		assertThatThrownBy(() -> new Permission("ANYONE", Permission.Scope.SIGNED_IN, Set.of(Role.ANALYST)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesNamesThatAreNotConstantLike() {
		for (String name : new String[] { "", "source_read", "SOURCE READ", "1SOURCE", "SOURCE-READ", "S".repeat(64) }) {
			assertThatThrownBy(() -> Permission.workspace(name, Role.ADMIN)).as("'%s'", name)
					.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper-case");
		}
	}

	@Test
	void theRolesItNamesCannotBeChangedAfterwards() {
		EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
		Permission permission = new Permission("AUDIT_READ", Permission.Scope.WORKSPACE, roles);
		roles.add(Role.ANALYST);

		assertThat(permission.isGrantedTo(Role.ANALYST)).isFalse();
		assertThatThrownBy(() -> permission.grantedTo().add(Role.ANALYST)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void onlyWorkspaceAdministrationLetsPlatformAdministratorsIn() {
		assertThat(Permission.Scope.WORKSPACE_ADMINISTRATION.inWorkspace()).isTrue();
		assertThat(Permission.Scope.PLATFORM.inWorkspace()).isFalse();
		assertThat(Permission.Scope.SIGNED_IN.inWorkspace()).isFalse();
	}
}
