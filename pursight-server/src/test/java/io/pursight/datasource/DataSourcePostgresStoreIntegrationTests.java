package io.pursight.datasource;

import java.util.Map;

import io.pursight.testing.Api;
import io.pursight.testing.PostgresStore;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The data source scenarios with the metadata in a real PostgreSQL store. */
class DataSourcePostgresStoreIntegrationTests extends DataSourceScenarios {

	@DynamicPropertySource
	static void postgresStore(DynamicPropertyRegistry registry) {
		PostgresStore.use(registry);
	}

	@Test
	void refusesToRegisterPurSightsOwnMetadataStore() {
		Api.Response r = admin.post(sources(), Map.of("name", "store", "engine", "POSTGRESQL", "host", "localhost",
				"port", 5432, "database", PostgresStore.database(), "username", "postgres", "password", ""));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("detail").asString()).contains("metadata store");
	}
}
