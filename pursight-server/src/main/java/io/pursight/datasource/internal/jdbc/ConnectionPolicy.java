package io.pursight.datasource.internal.jdbc;

import java.sql.SQLException;

import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionSpec;

/**
 * Decides, each time just before a connection is opened, whether PurSight may connect where a spec points
 * and what exactly to hand the driver. Asked at every open, not only when a source is registered, because
 * what a definition points at can change afterwards (a host name's addresses, a link on the disk).
 */
@FunctionalInterface
public interface ConnectionPolicy {

	/** Lets every spec through unchanged: for tests and tools that open connections they built themselves. */
	ConnectionPolicy NONE = (workspace, spec) -> spec.target();

	/**
	 * The target to connect to: the spec's own, or a normalised equivalent (for an embedded H2 database, the
	 * resolved file, so that H2 opens the file that was checked). Never returns null.
	 *
	 * @param workspace the workspace the connection is for; null where the caller does not know it, in which
	 * case the policy must refuse what it cannot decide without one
	 * @throws io.pursight.common.Problem (400) when the connection is not allowed; it names the rule and the
	 * setting an operator can change
	 * @throws SQLException when it cannot decide because the host name does not resolve
	 */
	ConnectionSpec.Target admit(WorkspaceId workspace, ConnectionSpec spec) throws SQLException;
}
