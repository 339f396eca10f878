package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.internal.check.DayMonthOrder;
import org.junit.jupiter.api.Test;

class DayMonthEvidenceTests {

	@Test
	void readsTheColumnInTheOrderMostTellingValuesShow() {
		Tally t = new Tally();
		t.add(Verdict.VALID | Verdict.MONTH_FIRST, 30);
		t.add(Verdict.VALID, 50); // 3/4/1982: fits both orders, tells nothing
		t.add(Verdict.VALID | Verdict.DAY_FIRST, 2);
		t.settleDayMonthOrder();
		assertThat(t.dayMonth().order()).isEqualTo(DayMonthOrder.MONTH_FIRST);
		assertThat(t.valid).isEqualTo(80);
		assertThat(t.failed).isEqualTo(2);
		assertThat(t.dayMonth().describe()).startsWith("dates read as month/day/year")
				.contains("2 fit only day/month/year and count as failed");
	}

	@Test
	void decidesDayFirstWhenTheDayFirstValuesAreMore() {
		Tally t = new Tally();
		t.add(Verdict.VALID | Verdict.DAY_FIRST, 5);
		t.add(Verdict.FAILED | Verdict.DAY_FIRST, 1); // a day-first date in the future still tells the order
		t.add(Verdict.VALID | Verdict.MONTH_FIRST, 3);
		t.settleDayMonthOrder();
		assertThat(t.dayMonth().order()).isEqualTo(DayMonthOrder.DAY_FIRST);
		assertThat(t.valid).isEqualTo(5);
		assertThat(t.failed).isEqualTo(4);
	}

	@Test
	void aTieGoesToDayFirst() {
		DayMonthEvidence e = new DayMonthEvidence();
		e.add(Verdict.VALID | Verdict.DAY_FIRST, 2);
		e.add(Verdict.VALID | Verdict.MONTH_FIRST, 2);
		assertThat(e.order()).isEqualTo(DayMonthOrder.DAY_FIRST);
		assertThat(e.validInMinorityOrder()).isEqualTo(2);
	}

	@Test
	void saysNothingWhenNoValueTellsTheOrder() {
		Tally t = new Tally();
		t.add(Verdict.VALID, 40);
		t.settleDayMonthOrder();
		assertThat(t.dayMonth()).isNull();
		assertThat(t.valid).isEqualTo(40);
		assertThat(t.failed).isZero();
	}
}
