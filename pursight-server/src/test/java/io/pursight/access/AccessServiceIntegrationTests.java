package io.pursight.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pursight.catalog.CatalogPermissions;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourcePermissions;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import io.pursight.workspace.WorkspacePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static io.pursight.access.Role.ANALYST;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link Access} as other modules call it, with real accounts and tokens: it answers as the check
 * in front of every operation does, and the permissions the modules declare grant each built-in
 * role exactly what it had before they were moved out of access.
 */
class AccessServiceIntegrationTests extends ServerTestSupport {

	@Autowired
	Access access;

	@Autowired
	JwtDecoder tokens;

	@Autowired
	List<PermissionSet> permissionSets;

	@AfterEach
	void endRequest() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAnalystReachingAnotherModulesServiceStillCannotWriteSources() {
		WorkspaceId workspace = WorkspaceId.of(createWorkspace("svc-analyst"));
		Api analyst = member(workspace.toString(), "ANALYST");
		actAs(analyst);

		Problem refused = catchThrowableOfType(Problem.class,
				() -> access.require(DataSourcePermissions.SOURCE_WRITE, workspace));

		assertThat(refused.kind()).isEqualTo(ProblemKind.FORBIDDEN);
		assertThat(refused.getMessage()).isEqualTo("Your role ANALYST in this workspace does not include SOURCE_WRITE.");
		assertThat(access.require(CatalogPermissions.CATALOG_READ, workspace).id()).isEqualTo(UserId.of(userId(analyst)));
	}

	@Test
	void anOutsiderLearnsNothingOfAnotherWorkspace() {
		WorkspaceId victim = WorkspaceId.of(createWorkspace("svc-victim"));
		Api outsider = member(createWorkspace("svc-own"), "ADMIN");
		actAs(outsider);

		Problem existing = catchThrowableOfType(Problem.class, () -> access.require(CatalogPermissions.CATALOG_READ, victim));
		WorkspaceId nowhere = WorkspaceId.random();
		Problem missing = catchThrowableOfType(Problem.class, () -> access.require(CatalogPermissions.CATALOG_READ, nowhere));

		assertThat(existing.kind()).isEqualTo(ProblemKind.NOT_FOUND);
		assertThat(existing.getMessage().replace(victim.toString(), "…"))
				.as("the same answer as for a workspace that does not exist")
				.isEqualTo(missing.getMessage().replace(nowhere.toString(), "…"));
	}

	@Test
	void aPlatformAdministratorMayRecoverAnyWorkspaceButNotReadItsData() {
		WorkspaceId workspace = WorkspaceId.of(createWorkspace("svc-padm"));
		String name = Databases.randomName("padm");
		assertThat(admin.post("/api/v1/users", Map.of("username", name, "password", PASSWORD, "platformAdmin", true))
				.status()).isEqualTo(201);
		actAs(Api.at(port).login(name, PASSWORD));

		assertThat(access.require(WorkspacePermissions.WORKSPACE_MANAGE, workspace).platformAdmin()).isTrue();
		assertThat(access.require(AccessPermissions.MEMBER_MANAGE, workspace).platformAdmin()).isTrue();
		assertThat(catchThrowableOfType(Problem.class, () -> access.require(CatalogPermissions.CATALOG_READ, workspace))
				.kind()).as("a workspace's data is for its members").isEqualTo(ProblemKind.NOT_FOUND);
		assertThat(access.require(AccessPermissions.USER_MANAGE).platformAdmin()).isTrue();
	}

	@Test
	void aRequestThatSignedInJustBeforeItsAccountWasDisabledIsRefused() {
		WorkspaceId workspace = WorkspaceId.of(createWorkspace("svc-disabled"));
		Api steward = member(workspace.toString(), "STEWARD");
		actAs(steward);
		assertThat(admin.post("/api/v1/users/" + userId(steward) + "/disable", null).status()).isEqualTo(200);

		assertThatThrownBy(() -> access.require(DataSourcePermissions.SOURCE_WRITE, workspace))
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED));
		assertThatThrownBy(() -> access.require(AccessPermissions.AUTHENTICATED))
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED));
	}

	@Test
	void withoutASignedInCallerNothingIsAllowed() {
		assertThat(access.currentActor()).isEmpty();
		assertThatThrownBy(() -> access.actor()).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED));
		assertThatThrownBy(() -> access.require(AccessPermissions.AUTHENTICATED)).isInstanceOf(Problem.class);
	}

	@Test
	void aMisspelledOrMisplacedPermissionIsRefusedNeverGuessed() {
		WorkspaceId workspace = WorkspaceId.of(createWorkspace("svc-typo"));
		actAs(admin);

		assertThatThrownBy(() -> access.require("SOURCE_WIRTE", workspace)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("No module declares the permission 'SOURCE_WIRTE'");
		assertThatThrownBy(() -> access.require(DataSourcePermissions.SOURCE_WRITE))
				.as("a workspace permission checked in no workspace").isInstanceOf(IllegalArgumentException.class);
	}

	/** Written by hand from the grants the roles had when they were a central enum; new permissions need no line. */
	@Test
	void theModulesGrantTheBuiltInRolesExactlyWhatTheyHadBefore() {
		// ADMIN alone would be the test support's user name
		Map<String, Set<Role>> before = Map.<String, Set<Role>>ofEntries(
				Map.entry("WORKSPACE_READ", Set.of(Role.ADMIN, STEWARD, ANALYST, AUDITOR)),
				Map.entry("WORKSPACE_MANAGE", Set.of(Role.ADMIN)),
				Map.entry("MEMBER_READ", Set.of(Role.ADMIN, STEWARD, AUDITOR)),
				Map.entry("MEMBER_MANAGE", Set.of(Role.ADMIN)),
				Map.entry("SOURCE_READ", Set.of(Role.ADMIN, STEWARD, ANALYST, AUDITOR)),
				Map.entry("SOURCE_WRITE", Set.of(Role.ADMIN, STEWARD)),
				Map.entry("CATALOG_READ", Set.of(Role.ADMIN, STEWARD, ANALYST, AUDITOR)),
				Map.entry("AUDIT_READ", Set.of(Role.ADMIN, AUDITOR)),
				Map.entry("CLASSIFICATION_REVIEW", Set.of(Role.ADMIN, STEWARD)),
				Map.entry("CLASSIFICATION_MANAGE", Set.of(Role.ADMIN, STEWARD)),
				Map.entry("AUTHENTICATED", Set.of()),
				Map.entry("WORKSPACE_CREATE", Set.of()),
				Map.entry("USER_MANAGE", Set.of()),
				Map.entry("PLATFORM_AUDIT_READ", Set.of()));
		Map<String, Permission> declared = permissionSets.stream().map(PermissionSet::permissions)
				.flatMap(Collection::stream).collect(Collectors.toMap(Permission::name, Function.identity()));

		before.forEach((name, roles) -> assertThat(declared.get(name)).as(name).isNotNull()
				.extracting(Permission::grantedTo).as(name).isEqualTo(roles));
		assertThat(declared.values()).filteredOn(p -> p.scope() == Permission.Scope.WORKSPACE_ADMINISTRATION)
				.as("what a platform administrator may do in a workspace without being a member")
				.extracting(Permission::name)
				.contains("WORKSPACE_READ", "WORKSPACE_MANAGE", "MEMBER_READ", "MEMBER_MANAGE")
				.doesNotContain("SOURCE_READ", "SOURCE_WRITE", "CATALOG_READ", "AUDIT_READ", "CLASSIFICATION_REVIEW",
						"CLASSIFICATION_MANAGE");
		assertThat(declared.get("AUTHENTICATED").scope()).isEqualTo(Permission.Scope.SIGNED_IN);
		assertThat(List.of("WORKSPACE_CREATE", "USER_MANAGE", "PLATFORM_AUDIT_READ"))
				.allSatisfy(name -> assertThat(declared.get(name).scope()).isEqualTo(Permission.Scope.PLATFORM));
	}

	/** The security context of a request that presented this client's access token, decoded as the server does. */
	private void actAs(Api client) {
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(tokens.decode(client.token())));
	}
}
