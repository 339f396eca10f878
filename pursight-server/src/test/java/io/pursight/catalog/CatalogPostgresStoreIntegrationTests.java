package io.pursight.catalog;

import io.pursight.testing.PostgresStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog scenarios with the metadata in a real PostgreSQL store. */
class CatalogPostgresStoreIntegrationTests extends CatalogScenarios {

	@DynamicPropertySource
	static void postgresStore(DynamicPropertyRegistry registry) {
		PostgresStore.use(registry);
	}
}
