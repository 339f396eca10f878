package io.pursight.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestClockTests {

	@Test
	void movesOnlyWhenTold() {
		TestClock clock = TestClock.at("2026-01-15T09:00:00Z");
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
		assertThat(clock.instant()).isEqualTo(clock.instant());

		long before = clock.nanoTime();
		clock.advance(Duration.ofMinutes(15).plusNanos(7));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-15T09:15:00.000000007Z"));
		assertThat(clock.nanoTime() - before).isEqualTo(Duration.ofMinutes(15).plusNanos(7).toNanos());
		assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-15T09:15:00Z").toEpochMilli());
	}

	@Test
	void zoneViewsShareOneTime() {
		TestClock utc = TestClock.at("2026-01-15T09:00:00Z");
		TestClock paris = utc.withZone(ZoneId.of("Europe/Paris"));
		utc.advance(Duration.ofHours(1));
		assertThat(paris.instant()).isEqualTo(utc.instant());
		assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
	}

	@Test
	void timeNeverGoesBack() {
		assertThatThrownBy(() -> TestClock.at(Instant.EPOCH).advance(Duration.ofSeconds(-1)))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
