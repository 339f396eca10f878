package io.pursight.datasource.internal;

import java.util.List;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.TableSample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SourceRegistry} on its own, for what needs no database. */
class SourceRegistryTests {

	@Test
	void refusesToSampleUnderAClaimItDidNotIssue() {
		// Another module forging a claim, to read a source no classification holds (or of another workspace).
		ClassificationClaim forged = new ClassificationClaim() {
			@Override
			public WorkspaceId workspace() {
				return WorkspaceId.random();
			}

			@Override
			public DataSourceId source() {
				return DataSourceId.random();
			}

			@Override
			public void confirm() {
			}

			@Override
			public void close() {
			}
		};
		SourceRegistry registry = new SourceRegistry(null, null, null, null, null, null, null, null);

		assertThatThrownBy(() -> registry.sample(forged, List.of(new TableSample.Request("public", "customers",
				List.of("email"), null, false)), 10))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("claimForClassification");
		assertThatThrownBy(() -> registry.exactProfile(forged, new TableSample.Request("public", "customers",
				List.of("email"), null, false)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("claimForClassification");
		assertThatThrownBy(() -> registry.sizes(forged, List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("claimForClassification");
	}
}
