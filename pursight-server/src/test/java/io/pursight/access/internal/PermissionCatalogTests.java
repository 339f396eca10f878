package io.pursight.access.internal;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import io.pursight.access.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionCatalogTests {

	@Test
	void aSecondModuleCannotRedeclareAPermissionToWidenIt() {
		PermissionSet sources = () -> List.of(Permission.workspace("SOURCE_WRITE", Role.ADMIN, Role.STEWARD));
		// a later module "declaring" the same name for analysts must not quietly let them write sources
		PermissionSet sneaky = () -> List.of(Permission.workspace("SOURCE_WRITE", Role.ANALYST));

		assertThatThrownBy(() -> new PermissionCatalog(List.of(sources, sneaky)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("SOURCE_WRITE is declared twice");
	}

	@Test
	void findsEveryDeclaredPermissionByName() {
		PermissionCatalog catalog = new PermissionCatalog(List.of(
				() -> List.of(Permission.platform("USER_MANAGE")),
				() -> List.of(Permission.workspace("CATALOG_READ", Role.ANALYST))));

		assertThat(catalog.get("CATALOG_READ").isGrantedTo(Role.ANALYST)).isTrue();
		assertThat(catalog.find("USER_MANAGE")).map(Permission::scope).contains(Permission.Scope.PLATFORM);
		assertThat(catalog.all()).extracting(Permission::name).containsExactlyInAnyOrder("USER_MANAGE", "CATALOG_READ");
	}

	@Test
	void anUndeclaredNameIsNeverAPermission() {
		PermissionCatalog catalog = new PermissionCatalog(List.of(() -> List.of(Permission.platform("USER_MANAGE"))));

		assertThat(catalog.find("user_manage")).isEmpty();
		assertThatThrownBy(() -> catalog.get("SOURCE_WIRTE")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("No module declares the permission 'SOURCE_WIRTE'");
	}
}
