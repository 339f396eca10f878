package io.pursight.datasource.internal;

import java.time.Instant;
import java.util.Map;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.Engine;
import io.pursight.datasource.SourceDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionChangesTests {

	private static final DataSource STORED = new DataSource(DataSourceId.random(), WorkspaceId.random(),
			new DataSource.Definition("sales", null, Engine.POSTGRESQL, "db.internal", 5432, "sales", null, "reader",
					Map.of("sslmode", "require")),
			"sealed", DataSourceState.CATALOGED, null, null, null, 3, Instant.now(), Instant.now());

	@Test
	void anOmittedDefaultPortOrTheSameServerAsAUrlIsNoMove() {
		assertThat(changes(definition("db.internal", null, "sales", "reader", null)).movesConnection()).isFalse();
		SourceDefinition url = new SourceDefinition("sales", null, Engine.POSTGRESQL, null, null, null,
				"jdbc:postgresql://db.internal/sales?sslmode=require", "reader", null, null);
		DefinitionChanges asUrl = changes(url);
		assertThat(asUrl.movesConnection()).isFalse();
		assertThat(asUrl.describe()).isEqualTo("jdbcUrl changed");
	}

	@Test
	void aHostSpeltDifferentlyIsAMove() {
		DefinitionChanges changes = changes(definition("DB.internal", 5432, "sales", "reader", null));
		assertThat(changes.movesConnection()).isTrue();
		assertThat(changes.connectionFields()).isEqualTo("host");
	}

	@Test
	void namesEveryConnectionFieldThatChanged() {
		DefinitionChanges changes = changes(definition("evil.example", 6543, "other", "admin", null));
		assertThat(changes.connectionFields()).isEqualTo("host, port, database, username");
		assertThat(changes.describe()).isEqualTo("host 'db.internal' → 'evil.example', port 5432 → 6543, "
				+ "database 'sales' → 'other', username 'reader' → 'admin'");
	}

	@Test
	void namesChangedOptionsAndThePasswordWithoutTheirValues() {
		SourceDefinition next = new SourceDefinition("sales", "new text", Engine.POSTGRESQL, "db.internal", 5432,
				"sales", null, "reader", "s3cret-value", Map.of("sslmode", "disable", "ApplicationName", "audit me"));
		DefinitionChanges changes = changes(next);
		assertThat(changes.describe()).isEqualTo(
				"options changed: ApplicationName, sslmode, description changed, password replaced")
				.doesNotContain("disable", "audit me", "s3cret-value");
	}

	@Test
	void turningTlsOffIsAMoveButANewApplicationNameIsNot() {
		SourceDefinition tlsOff = new SourceDefinition("sales", null, Engine.POSTGRESQL, "db.internal", 5432, "sales",
				null, "reader", null, Map.of("sslmode", "disable"));
		SourceDefinition renamed = new SourceDefinition("sales", null, Engine.POSTGRESQL, "db.internal", 5432, "sales",
				null, "reader", null, Map.of("sslmode", "require", "ApplicationName", "pursight"));

		assertThat(changes(tlsOff).connectionFields()).isEqualTo("options.sslmode");
		assertThat(changes(renamed).movesConnection()).isFalse();
	}

	private static SourceDefinition definition(String host, Integer port, String database, String username,
			String password) {
		return new SourceDefinition("sales", null, Engine.POSTGRESQL, host, port, database, null, username, password,
				Map.of("sslmode", "require"));
	}

	private static DefinitionChanges changes(SourceDefinition next) {
		return DefinitionChanges.between(STORED, next, next.toSpec(next.password()).target());
	}
}
