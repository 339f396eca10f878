package io.pursight.classification;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.STEWARD;

/**
 * The permissions of classification, and the built-in roles that hold them. Reading labels and
 * rules needs the catalog's {@code CATALOG_READ}.
 */
@Component
public final class ClassificationPermissions implements PermissionSet {

	/** Approve and reject suggested classifications. */
	public static final String CLASSIFICATION_REVIEW = "CLASSIFICATION_REVIEW";
	/** Run classification, change its settings, custom rules and learned weights. */
	public static final String CLASSIFICATION_MANAGE = "CLASSIFICATION_MANAGE";

	@Override
	public List<Permission> permissions() {
		return List.of(
				Permission.workspace(CLASSIFICATION_REVIEW, ADMIN, STEWARD),
				Permission.workspace(CLASSIFICATION_MANAGE, ADMIN, STEWARD));
	}
}
