package io.pursight.scanrules;

import io.pursight.testing.PostgresStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rule set scenarios with the metadata in a real PostgreSQL store. */
class ScanRuleSetPostgresStoreIntegrationTests extends ScanRuleSetIntegrationTests {

	@DynamicPropertySource
	static void postgresStore(DynamicPropertyRegistry registry) {
		PostgresStore.use(registry);
	}
}
