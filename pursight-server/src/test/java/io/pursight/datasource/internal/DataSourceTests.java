package io.pursight.datasource.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionErrorCode;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.Engine;
import io.pursight.datasource.HealthStatus;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.pursight.datasource.DataSourceState.ARCHIVED;
import static io.pursight.datasource.DataSourceState.CATALOGED;
import static io.pursight.datasource.DataSourceState.CONNECTED;
import static io.pursight.datasource.DataSourceState.FAILED;
import static io.pursight.datasource.DataSourceState.MONITORING;
import static io.pursight.datasource.DataSourceState.REGISTERED;
import static io.pursight.datasource.DataSourceState.SCANNED;
import static io.pursight.datasource.DataSourceState.SCANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link DataSource} aggregate on its own: the lifecycle steps it allows and those it refuses. */
class DataSourceTests {

	static final Instant READ_AT = Instant.parse("2026-01-10T10:00:00Z");
	static final Instant NOW = READ_AT.plusSeconds(60);
	static final Duration STALE = Duration.ofMinutes(30);

	static DataSource in(DataSourceState state) {
		return new DataSource(DataSourceId.random(), WorkspaceId.random(),
				new DataSource.Definition("sales", null, Engine.POSTGRESQL, "db.internal", null, "sales", null, "reader",
						Map.of("sslmode", "require")),
				"sealed-password", state, null, null, null, 4, READ_AT, READ_AT);
	}

	static ConnectionCheck ok() {
		return ConnectionCheck.succeeded(12, "PostgreSQL 17");
	}

	static ConnectionCheck refused() {
		return ConnectionCheck.failed(3, ConnectionErrorCode.CONNECTION_REFUSED, "Nothing listens on db.internal:5432.");
	}

	static AbstractThrowableAssert<?, ? extends Throwable> assertConflict(Runnable step) {
		return assertThatThrownBy(step::run).isInstanceOf(Problem.class)
			.satisfies(e -> assertThat(((Problem) e).kind()).isEqualTo(ProblemKind.CONFLICT));
	}

	@Test
	void aNewSourceIsRegisteredWithNoHealthYet() {
		DataSource source = DataSource.register(DataSourceId.random(), WorkspaceId.random(), in(REGISTERED).definition(),
				null, NOW);
		assertThat(source.state()).isEqualTo(REGISTERED);
		assertThat(source.version()).isZero();
		assertThat(source.health().status()).isNull();
		assertThat(source.view().passwordSet()).isFalse();
	}

	@Test
	void aCheckConnectsOrFailsASourceNotYetCataloged() {
		for (DataSourceState state : new DataSourceState[] { REGISTERED, CONNECTED, FAILED }) {
			DataSource connected = in(state).connectionChecked(ok(), NOW);
			assertThat(connected.state()).as("%s, answering", state).isEqualTo(CONNECTED);
			assertThat(connected.lastError()).isNull();
			assertThat(connected.health().status()).isEqualTo(HealthStatus.HEALTHY);

			DataSource failed = in(state).connectionChecked(refused(), NOW);
			assertThat(failed.state()).as("%s, refusing", state).isEqualTo(FAILED);
			assertThat(failed.lastError()).isEqualTo("Nothing listens on db.internal:5432.");
			assertThat(failed.health().status()).isEqualTo(HealthStatus.CONNECTION_REFUSED);
			assertThat(failed.sameLifecycleAs(in(state))).isFalse();
		}
	}

	@Test
	void aCatalogedSourceIsMonitoredAndAFailingCheckIsToldByItsHealthOnly() {
		assertThat(in(CATALOGED).connectionChecked(ok(), NOW).state()).isEqualTo(MONITORING);

		DataSource failing = in(MONITORING).connectionChecked(refused(), NOW);
		assertThat(failing.state()).isEqualTo(MONITORING);
		assertThat(failing.health().status()).isEqualTo(HealthStatus.CONNECTION_REFUSED);
		assertThat(failing.health().checkedAt()).isEqualTo(NOW);
		assertThat(failing.sameLifecycleAs(in(MONITORING))).as("nothing to write but the health").isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = DataSourceState.class, names = { "ARCHIVED", "SCANNING", "CLASSIFYING", "VALIDATING" })
	void aCheckOfAnArchivedOrBusySourceLeavesItsStateAlone(DataSourceState state) {
		DataSource checked = in(state).connectionChecked(ok(), NOW);
		assertThat(checked.state()).isEqualTo(state);
		assertThat(checked.sameLifecycleAs(in(state))).isTrue();
	}

	@Test
	void anArchivedSourceIsNeitherTestedNorDiscoveredNorClassified() {
		for (String doing : new String[] { "testing", "discovering", "classifying" }) {
			assertConflict(() -> in(ARCHIVED).requireActive(doing))
				.hasMessage("The data source is archived: restore it before " + doing + " it.");
		}
		assertConflict(() -> in(ARCHIVED).readyForDiscovery(NOW, STALE)).hasMessageContaining("restore it");
	}

	@Test
	void aDiscoveryIsClaimedFromAnIdleSourceAndRunsToCataloged() {
		DataSource ready = in(CONNECTED).readyForDiscovery(NOW, STALE);
		DataSource scanning = ready.claimForDiscovery(NOW);
		DataSource cataloged = scanning.scanned(NOW).cataloged(NOW);

		assertThat(ready.state()).isEqualTo(CONNECTED);
		assertThat(scanning.state()).isEqualTo(SCANNING);
		assertThat(cataloged.state()).isEqualTo(CATALOGED);
		assertThat(cataloged.discoveredAt()).isEqualTo(NOW);
		assertThat(in(MONITORING).readyForDiscovery(NOW, STALE).claimForDiscovery(NOW).state()).isEqualTo(SCANNING);
	}

	@Test
	void aSecondDiscoveryIsRefusedWhileTheFirstRuns() {
		DataSource running = in(SCANNING);
		assertConflict(() -> running.readyForDiscovery(READ_AT.plus(STALE).minusSeconds(1), STALE))
			.hasMessageContaining("already running");
	}

	@Test
	void aScanInterruptedLongAgoOrStoppedHalfWayFailsBeforeTheNextClaim() {
		DataSource interrupted = in(SCANNING).readyForDiscovery(READ_AT.plus(STALE).plusSeconds(1), STALE);
		assertThat(interrupted.state()).isEqualTo(FAILED);
		assertThat(interrupted.lastError()).isEqualTo("The previous scan was interrupted.");

		DataSource halfWay = in(SCANNED).readyForDiscovery(NOW, STALE);
		assertThat(halfWay.state()).isEqualTo(FAILED);
		assertThat(halfWay.claimForDiscovery(NOW).state()).isEqualTo(SCANNING);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		assertConflict(() -> in(SCANNED).claimForDiscovery(NOW)).hasMessage(
				"A data source in state SCANNED cannot move to SCANNING.");
		assertConflict(() -> in(CONNECTED).scanned(NOW)).hasMessageContaining("cannot move to SCANNED");
		assertConflict(() -> in(CONNECTED).cataloged(NOW)).hasMessageContaining("cannot move to CATALOGED");
		assertThat(in(SCANNING).scanFailed("Timed out.", NOW).lastError()).isEqualTo("Timed out.");
	}

	@Test
	void archiveAndRestoreGoBackAndForthButNotTwice() {
		DataSource archived = in(MONITORING).archive(NOW);
		assertThat(archived.state()).isEqualTo(ARCHIVED);
		assertThat(archived.restore(NOW).state()).isEqualTo(REGISTERED);

		assertConflict(() -> archived.archive(NOW)).hasMessage("The data source is already archived.");
		assertConflict(() -> in(CATALOGED).restore(NOW))
			.hasMessage("Only an archived data source can be restored; this one is CATALOGED.");
	}

	@Test
	void aSourceBeingScannedIsNeitherArchivedNorRedefined() {
		DataSource scanning = in(SCANNING);
		assertConflict(() -> scanning.archive(NOW)).hasMessage(
				"The data source is being scanned; archive it when the scan has finished.");
		assertConflict(() -> scanning.redefine(scanning.definition(), null, NOW)).hasMessage(
				"The data source is being scanned; change it when the scan has finished.");
	}

	@Test
	void aRedefinitionKeepsTheLifecycleAndReplacesWhatWasDefined() {
		DataSource failed = in(FAILED).connectionChecked(refused(), NOW);
		DataSource.Definition next = new DataSource.Definition("sales-eu", "EU copy", Engine.POSTGRESQL, "db.eu",
				null, "sales", null, "reader", Map.of());

		DataSource redefined = failed.redefine(next, "another-sealed-password", NOW);

		assertThat(redefined.state()).isEqualTo(FAILED);
		assertThat(redefined.lastError()).isEqualTo(failed.lastError());
		assertThat(redefined.version()).isEqualTo(failed.version());
		assertThat(redefined.name()).isEqualTo("sales-eu");
		assertThat(redefined.sealedPassword()).isEqualTo("another-sealed-password");
	}

	@Test
	void neverShowsTheSealedPassword() {
		DataSource source = in(CONNECTED);
		assertThat(source.toString()).doesNotContain("sealed-password");
		assertThat(source.view().toString()).doesNotContain("sealed-password");
		assertThat(source.view().passwordSet()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(ConnectionErrorCode.class)
	void everyFailureOfACheckHasAHealthStatusOfTheSameName(ConnectionErrorCode code) {
		assertThat(HealthStatus.of(ConnectionCheck.failed(1, code, "x")).name()).isEqualTo(code.name());
	}
}
