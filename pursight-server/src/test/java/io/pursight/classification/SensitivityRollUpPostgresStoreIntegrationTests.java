package io.pursight.classification;

import io.pursight.testing.PostgresStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The roll-up and batch decision scenarios with the metadata in a real PostgreSQL store. */
class SensitivityRollUpPostgresStoreIntegrationTests extends SensitivityRollUpScenarios {

	@DynamicPropertySource
	static void postgresStore(DynamicPropertyRegistry registry) {
		PostgresStore.use(registry);
	}
}
