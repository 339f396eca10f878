package io.pursight.datasource.internal;

import java.time.Instant;

import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import org.springframework.stereotype.Component;

/**
 * Tests the connection of stored sources, on demand and for the health monitor, and records what came of it:
 * the health history always, the source's state where connectivity decides it ({@link DataSource#connectionChecked}).
 * The password is unsealed for the test only and never leaves this class.
 */
@Component
class ConnectionChecks {

	private final DataSourceRepository repository;
	private final CredentialCipher cipher;
	private final ConnectionTester tester;

	ConnectionChecks(DataSourceRepository repository, CredentialCipher cipher, ConnectionTester tester) {
		this.repository = repository;
		this.cipher = cipher;
		this.tester = tester;
	}

	/**
	 * Connects once and disconnects; never returns null.
	 *
	 * @throws io.pursight.common.Problem (400) when the guard no longer lets PurSight connect there
	 */
	ConnectionCheck test(DataSource source) {
		return tester.test(source.workspaceId(), source.connectionSpec(cipher));
	}

	/** Records a check of the source as it was read before the check. */
	void record(DataSource source, ConnectionCheck check) {
		DataSource checked = source.connectionChecked(check, Instant.now());
		repository.recordHealth(checked, check.message());
		if (!checked.sameLifecycleAs(source)) {
			repository.move(source, checked);
		}
	}
}
