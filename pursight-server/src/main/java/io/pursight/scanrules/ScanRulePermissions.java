package io.pursight.scanrules;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.ANALYST;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;

/** The permissions of scan rule sets and schedules, and the built-in roles that hold them. */
@Component
public final class ScanRulePermissions implements PermissionSet {

	/** See the workspace's rule sets, their versions and schedules, and preview what a rule set selects. */
	public static final String SCAN_RULES_READ = "SCAN_RULES_READ";
	/** Create, change and delete rule sets and schedules. */
	public static final String SCAN_RULES_MANAGE = "SCAN_RULES_MANAGE";

	@Override
	public List<Permission> permissions() {
		return List.of(
				Permission.workspace(SCAN_RULES_READ, ADMIN, STEWARD, ANALYST, AUDITOR),
				Permission.workspace(SCAN_RULES_MANAGE, ADMIN, STEWARD));
	}
}
