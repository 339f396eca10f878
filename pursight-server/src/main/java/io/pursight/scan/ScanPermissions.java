package io.pursight.scan;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.STEWARD;

/** The permissions of scan runs, and the built-in roles that hold them. (Reading runs needs SOURCE_READ.) */
@Component
public final class ScanPermissions implements PermissionSet {

	/** Start scans under a rule set, and pause, resume or cancel runs. */
	public static final String SCAN_RUN = "SCAN_RUN";

	@Override
	public List<Permission> permissions() {
		return List.of(Permission.workspace(SCAN_RUN, ADMIN, STEWARD));
	}
}
