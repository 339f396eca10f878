package io.pursight.scanrules.internal;

import io.pursight.testing.PostgresStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schedule scenarios with the metadata in a real PostgreSQL store. */
class ScanSchedulePostgresStoreIntegrationTests extends ScanScheduleIntegrationTests {

	@DynamicPropertySource
	static void postgresStore(DynamicPropertyRegistry registry) {
		PostgresStore.use(registry);
	}
}
