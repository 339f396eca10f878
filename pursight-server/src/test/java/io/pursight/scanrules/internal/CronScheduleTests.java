package io.pursight.scanrules.internal;

import java.time.Duration;
import java.time.Instant;

import io.pursight.common.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronScheduleTests {

	@Test
	void theNextRunIsComputedInTheSchedulesTimeZone() {
		CronSchedule berlin = CronSchedule.parse("30 2 * * *", "Europe/Berlin");

		// 02:30 in Berlin in winter is 01:30 UTC
		assertThat(berlin.next(Instant.parse("2026-01-15T00:00:00Z"))).isEqualTo("2026-01-15T01:30:00Z");
		// and 00:30 UTC in summer
		assertThat(berlin.next(Instant.parse("2026-07-15T00:00:00Z"))).isEqualTo("2026-07-15T00:30:00Z");
		assertThat(CronSchedule.parse("30 2 * * *", null).next(Instant.parse("2026-01-15T00:00:00Z")))
				.isEqualTo("2026-01-15T02:30:00Z");
	}

	@Test
	void aSlotInTheSpringForwardGapRunsOnceThatDayAtTheFirstValidTime() {
		CronSchedule berlin = CronSchedule.parse("30 2 * * *", "Europe/Berlin");

		// 2026-03-29: clocks go from 02:00 to 03:00, 02:30 does not exist
		Instant first = berlin.next(Instant.parse("2026-03-28T12:00:00Z"));
		Instant second = berlin.next(first);

		assertThat(first).isEqualTo("2026-03-29T01:30:00Z"); // 03:30 CEST: moved on by the length of the gap
		assertThat(second).isEqualTo("2026-03-30T00:30:00Z"); // 02:30 CEST the next day
	}

	@Test
	void aSlotInTheFallBackOverlapRunsOnce() {
		CronSchedule berlin = CronSchedule.parse("30 2 * * *", "Europe/Berlin");

		// 2026-10-25: clocks go from 03:00 back to 02:00, 02:30 happens twice
		Instant first = berlin.next(Instant.parse("2026-10-24T12:00:00Z"));
		Instant second = berlin.next(first);

		assertThat(first).isEqualTo("2026-10-25T00:30:00Z");
		assertThat(second).isEqualTo("2026-10-26T01:30:00Z");
	}

	@Test
	void theNextRunIsStrictlyAfterTheInstantGiven() {
		CronSchedule hourly = CronSchedule.parse("@hourly", "UTC");

		assertThat(hourly.next(Instant.parse("2026-01-15T10:00:00Z"))).isEqualTo("2026-01-15T11:00:00Z");
		assertThat(hourly.next(Instant.parse("2026-01-15T10:59:59Z"))).isEqualTo("2026-01-15T11:00:00Z");
	}

	@Test
	void understandsTheMacros() {
		Instant from = Instant.parse("2026-01-15T10:20:00Z"); // a Thursday

		assertThat(CronSchedule.parse("@daily", "UTC").next(from)).isEqualTo("2026-01-16T00:00:00Z");
		assertThat(CronSchedule.parse("@weekly", "UTC").next(from)).isEqualTo("2026-01-18T00:00:00Z");
		assertThat(CronSchedule.parse("@monthly", "UTC").next(from)).isEqualTo("2026-02-01T00:00:00Z");
		assertThat(CronSchedule.parse(" @DAILY ", "UTC").cron()).isEqualTo("@DAILY");
	}

	@Test
	void sundayIsZeroOrSeven() {
		Instant from = Instant.parse("2026-01-15T10:20:00Z");

		assertThat(CronSchedule.parse("0 6 * * 0", "UTC").next(from)).isEqualTo("2026-01-18T06:00:00Z");
		assertThat(CronSchedule.parse("0 6 * * 7", "UTC").next(from)).isEqualTo("2026-01-18T06:00:00Z");
	}

	@Test
	void aRestrictedDayOfMonthAndDayOfWeekMustBothMatch() {
		// Friday the 13th: the first after New Year 2026 is in February (classic cron would also run on Fridays)
		assertThat(CronSchedule.parse("0 0 13 * 5", "UTC").next(Instant.parse("2026-01-01T00:00:00Z")))
				.isEqualTo("2026-02-13T00:00:00Z");
	}

	@Test
	void refusesMalformedCronAndZonesNamingTheField() {
		assertThatThrownBy(() -> CronSchedule.parse("0 0 * * * *", "UTC")).isInstanceOf(Problem.class)
				.hasMessageStartingWith("cron").hasMessageContaining("6 fields");
		assertThatThrownBy(() -> CronSchedule.parse("61 * * * *", "UTC")).isInstanceOf(Problem.class)
				.hasMessageStartingWith("cron '61 * * * *' is not valid");
		assertThatThrownBy(() -> CronSchedule.parse("@sometimes", "UTC")).isInstanceOf(Problem.class)
				.hasMessageStartingWith("cron");
		assertThatThrownBy(() -> CronSchedule.parse("", "UTC")).isInstanceOf(Problem.class)
				.hasMessageStartingWith("cron");
		assertThatThrownBy(() -> CronSchedule.parse("@daily", "Mars/Olympus")).isInstanceOf(Problem.class)
				.hasMessageStartingWith("timeZone 'Mars/Olympus'");
	}

	@Test
	void refusesACronMoreFrequentThanTheMinimum() {
		Instant now = Instant.parse("2026-01-15T10:20:00Z");
		Duration five = Duration.ofMinutes(5);

		assertThatThrownBy(() -> CronSchedule.parse("* * * * *", "UTC").requireInterval(five, now))
				.isInstanceOf(Problem.class).hasMessageContaining("at most every 5 minutes");
		// irregular: every hour at :00 and :03
		assertThatThrownBy(() -> CronSchedule.parse("0,3 * * * *", "UTC").requireInterval(five, now))
				.isInstanceOf(Problem.class);
		CronSchedule.parse("*/5 * * * *", "UTC").requireInterval(five, now);
		CronSchedule.parse("@hourly", "UTC").requireInterval(five, now);
	}
}
