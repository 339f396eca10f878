package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.DATE;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.Grouping;
import io.pursight.synthetic.NationalIds;
import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * A human-resources system of an international company: employees with their private details and national ids
 * where their country has one in the schema, home addresses, payroll with bank accounts, emergency contacts,
 * leave requests with free-text comments, training records, and a handful of HR administrators. Hire dates,
 * salaries, grades and cost centres are the hard negatives an HR schema is full of.
 */
final class HrDataset implements CorpusDataset {
	private static final LocalDate OPENED = LocalDate.of(2004, 3, 1);
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final String DOMAIN = "lindqvist-hale.com";
	private static final String[] DEPARTMENTS = {"FIN", "ENG", "OPS", "HR", "SAL", "MKT", "LEG", "IT", "LOG"};
	private static final String[] RELATIONSHIPS = {"spouse", "partner", "mother", "father", "sister", "brother", "friend",
			"son", "daughter", "neighbour"};
	private static final String[] LEAVE_TYPES = {"ANNUAL", "SICK", "PARENTAL", "UNPAID", "STUDY", "COMP"};
	private static final String[] COURSES = {"SEC-101", "SEC-201", "GDPR-01", "HS-110", "FL-OPS-3", "LEAD-200", "AML-12",
			"EXCEL-2", "DEI-100"};

	@Override
	public String name() {
		return "hr";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(employees(), addresses(), payroll(), emergencyContacts(), leaveRequests(), training(), admins(),
				orgUnits());
	}

	private static CorpusTable employees() {
		return CorpusTable.named("employees", 2400)
				.column("emp_id", INT, r -> r.index() + 1)
				.column("employee_number", varchar(12), r -> "E" + (100000 + r.index() * 7))
				.column("first_name", varchar(80), r -> r.person().given()).expect("PERSON_NAME")
				.column("middle_name", varchar(80), r -> r.person().middle()).expect("PERSON_NAME")
				.column("last_name", varchar(80), r -> r.person().family()).expect("PERSON_NAME")
				.column("preferred_name", varchar(80), r -> r.person().given()).expect("PERSON_NAME").sparse(0.75)
				.column("gender", varchar(1), r -> r.random().chance(0.03) ? "X" : r.person().female() ? "F" : "M")
				.expect("GENDER")
				.column("dob", DATE, r -> r.person().born()).expect("DATE_OF_BIRTH")
				.column("hire_date", DATE, HrDataset::hired)
				.column("termination_date", DATE, r -> Values.date(r.random(), hired(r).plusDays(30), TODAY.plusDays(30)))
				.sparse(0.85)
				.column("work_email", varchar(120), r -> Values.workEmail(r.person(), DOMAIN, r.random()))
				.expect("EMAIL_ADDRESS")
				.column("personal_email", varchar(120), r -> Values.privateEmail(r.person(), r.random()))
				.expect("EMAIL_ADDRESS").sparse(0.4)
				.column("mobile_phone", varchar(32), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.column("extension", varchar(6), r -> Integer.toString(r.random().between(2000, 7999)))
				.column("job_title", varchar(80), r -> Values.jobTitle(r.random())).expect("JOB_TITLE")
				.column("dept_code", varchar(8), r -> r.random().pick(DEPARTMENTS) + "-" + r.random().between(1, 12))
				.column("grade", varchar(4), r -> "G" + r.random().between(3, 14))
				.column("fte", decimal(3, 2), r -> r.random().chance(0.8) ? java.math.BigDecimal.ONE
						: java.math.BigDecimal.valueOf(r.random().between(2, 9), 1))
				.column("annual_salary", decimal(10, 2), r -> Values.amount(r.random(), 28000, 185000))
				.column("salary_currency", varchar(3), r -> r.random().pick(new String[] {"EUR", "USD", "GBP", "INR", "SEK"}))
				.column("ssn", varchar(11), r -> r.person().country().equals("US")
						? Grouping.grouped(NationalIds.usSsn(r.random()), '-', 3, 2, 4) : null).expect("US_SSN")
				.column("steuer_id", varchar(14), r -> r.person().country().equals("DE")
						? NationalIds.germanTaxId(r.random()) : null).expect("DE_TAX_ID")
				.column("is_manager", BOOLEAN, r -> r.random().chance(0.12))
				.column("badge_no", varchar(10), r -> String.format("%06d", r.random().between(0, 999999)))
				.build();
	}

	/** The hire date, drawn once per row so that a termination comes after it. */
	private static LocalDate hired(CorpusRow r) {
		LocalDate adult = r.person().born().plusYears(18);
		LocalDate from = adult.isAfter(OPENED) ? adult : OPENED;
		return r.shared("hired", random -> Values.date(random, from.isBefore(TODAY) ? from : TODAY.minusDays(60),
				TODAY.minusDays(10)));
	}

	private static CorpusTable addresses() {
		return CorpusTable.named("emp_addresses", 2400)
				.column("emp_id", INT, r -> r.index() + 1)
				.column("address_type", varchar(10), r -> r.random().chance(0.9) ? "HOME" : "MAILING")
				.column("addr1", varchar(120), r -> r.place().streetLine()).expect("STREET_ADDRESS")
				.column("addr2", varchar(60), r -> r.random().pick(new String[] {"Apt ", "Flat ", "Suite ", "3. OG, Whg. ",
						"Bât. B, ", "Piso 2º "}) + r.random().between(1, 40)).optional("STREET_ADDRESS").sparse(0.7)
				.column("city", varchar(80), r -> r.place().city()).expect("CITY")
				.column("state_prov", varchar(60), r -> r.place().region()).expect("STATE_PROVINCE")
				.column("postcode", varchar(12), r -> r.place().postalCode()).expect("POSTAL_CODE")
				.column("country_cd", varchar(2), r -> r.place().country()).expect("COUNTRY")
				.column("valid_from", DATE, r -> Values.date(r.random(), OPENED, TODAY))
				.column("is_primary", BOOLEAN, r -> r.random().chance(0.9))
				.build();
	}

	private static CorpusTable payroll() {
		return CorpusTable.named("payroll_runs", 30000)
				.column("run_id", INT, r -> 500000 + r.index())
				.column("emp_id", INT, r -> r.random().between(1, 2400))
				.column("pay_period", varchar(7), r -> (2023 + r.index() / 12000) + "-"
						+ String.format("%02d", 1 + r.index() % 12))
				.column("gross_amount", decimal(10, 2), r -> Values.amount(r.random(), 1800, 16000))
				.column("net_amount", decimal(10, 2), r -> Values.amount(r.random(), 1200, 9800))
				.column("tax_code", varchar(8), r -> r.random().chance(0.5) ? r.random().between(1000, 1300) + "L"
						: "K" + r.random().between(100, 600))
				.column("bank_iban", varchar(42), r -> payIban(r.random())).expect("IBAN")
				.column("bank_bic", varchar(11), r -> Values.bic(r.random().pick(new String[] {"DE", "FR", "NL", "ES", "GB",
						"IT", "SE", "PL"}), r.random())).expect("SWIFT_BIC")
				.column("payment_ref", varchar(24), r -> "SAL-" + r.text("pay_period") + "-" + r.random().digits(6))
				.column("payslip_sha256", varchar(64), r -> Values.hex(r.random(), 32))
				.column("processed_at", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2023, 1, 25), TODAY))
				.build();
	}

	private static String payIban(SeededRandom random) {
		String iban = BankAccounts.iban(random.pick(new String[] {"DE", "FR", "NL", "ES", "GB", "IT", "SE", "PL"}), random);
		return random.chance(0.3) ? BankAccounts.printed(iban) : iban;
	}

	private static CorpusTable emergencyContacts() {
		return CorpusTable.named("EmergencyContacts", 1800)
				.column("contactId", INT, r -> r.index() + 1)
				.column("employeeId", INT, r -> r.random().between(1, 2400))
				.column("contactName", varchar(120), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("relationship", varchar(20), r -> r.random().pick(RELATIONSHIPS))
				.column("phoneNumber", varchar(32), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.column("altPhone", varchar(32), r -> Phones.national(r.person().country(), r.random()))
				.expect("PHONE_NUMBER").sparse(0.65)
				.column("priority", INT, r -> r.random().between(1, 3))
				.column("notes", TEXT, HrDataset::contactNote).embeds("PERSON_NAME", "PHONE_NUMBER").sparse(0.5)
				.build();
	}

	private static String contactNote(CorpusRow r) {
		SeededRandom random = r.random();
		return switch (random.between(0, 5)) {
			case 0 -> "Only call after 6pm local time.";
			case 1 -> "Speaks " + random.pick(new String[] {"Spanish", "Hindi", "German", "Mandarin", "French"}) + " only.";
			case 2 -> "If unreachable try " + People.draw(random).fullName() + " (" + Phones.any(r.person().country(), random)
					+ ")";
			case 3 -> "Updated after the " + random.between(2019, 2026) + " address review.";
			case 4 -> "Lives with " + People.draw(random).given() + "; same landline.";
			default -> "Primary contact, verified by HR.";
		};
	}

	private static CorpusTable leaveRequests() {
		return CorpusTable.named("leave_requests", 8000)
				.column("req_no", varchar(12), r -> "LR" + (2300000 + r.index()))
				.column("emp_id", INT, r -> r.random().between(1, 2400))
				.column("leave_type", varchar(10), r -> r.random().pick(LEAVE_TYPES))
				.column("start_dt", varchar(10), r -> Values.dateText(start(r), "MM/dd/yyyy"))
				.column("end_dt", varchar(10), r -> Values.dateText(start(r).plusDays(r.random().between(0, 14)), "dd.MM.yyyy"))
				.column("days_requested", decimal(4, 1), r -> java.math.BigDecimal.valueOf(r.random().between(1, 30), 1)
						.multiply(java.math.BigDecimal.valueOf(5)))
				.column("status", varchar(10), r -> r.random().pick(new String[] {"APPROVED", "PENDING", "REJECTED",
						"CANCELLED"}))
				.column("approver_comment", TEXT, HrDataset::approverComment).embeds("PERSON_NAME", "PHONE_NUMBER",
						"EMAIL_ADDRESS").sparse(0.4)
				.column("submitted_at", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2023, 1, 1), TODAY))
				.build();
	}

	/** One start date per row, drawn once so end_dt follows it. */
	private static LocalDate start(CorpusRow r) {
		return r.shared("start", random -> Values.date(random, LocalDate.of(2023, 1, 2), TODAY.plusMonths(3)));
	}

	private static String approverComment(CorpusRow r) {
		SeededRandom random = r.random();
		Person cover = People.draw(random);
		return switch (random.between(0, 6)) {
			case 0 -> "Approved.";
			case 1 -> "Cover arranged with " + cover.fullName() + ".";
			case 2 -> "Handover to " + cover.given() + ", reachable on " + Phones.any(cover.country(), random);
			case 3 -> "Please send the medical certificate to " + Values.workEmail(cover, DOMAIN, random);
			case 4 -> "Overlaps with the quarter close, approved for " + random.between(2, 9) + " days only.";
			case 5 -> "Rejected: team minimum staffing (" + random.between(3, 6) + ") not met.";
			default -> "ok";
		};
	}

	private static CorpusTable training() {
		return CorpusTable.named("training_certs", 5000)
				.column("cert_id", INT, r -> r.index() + 1)
				.column("emp_id", INT, r -> r.random().between(1, 2400))
				.column("course_code", varchar(10), r -> r.random().pick(COURSES))
				.column("score", INT, r -> r.random().between(48, 100))
				.column("passed", BOOLEAN, r -> (Integer) r.value("score") >= 70)
				.column("completed_on", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2019, 1, 1), TODAY))
				.column("certificate_sha1", varchar(40), r -> Values.hex(r.random(), 20))
				.column("version", varchar(12), r -> r.random().between(1, 4) + "." + r.random().between(0, 12) + "."
						+ r.random().between(0, 30))
				.column("duration_min", INT, r -> 15 * r.random().between(1, 16))
				.build();
	}

	private static CorpusTable admins() {
		return CorpusTable.named("hr_admins", 3)
				.column("id", INT, r -> r.index() + 1)
				.column("login", varchar(40), r -> Values.username(r.person(), r.random())).expect("USERNAME")
				.column("display_name", varchar(120), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("pwd_hash", varchar(80), r -> Values.bcrypt(r.random())).expect("PASSWORD")
				.column("role", varchar(20), r -> r.index() == 0 ? "SUPERUSER" : "HR_ADMIN")
				.column("mfa_enabled", BOOLEAN, r -> r.index() != 2)
				.column("last_login", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(30), TODAY))
				.build();
	}

	private static CorpusTable orgUnits() {
		return CorpusTable.named("org_units", 5)
				.column("unit_code", varchar(8), r -> DEPARTMENTS[r.index()])
				.column("unit_name", varchar(40), r -> List.of("Finance", "Engineering", "Operations", "People",
						"Sales").get(r.index()))
				.column("cost_center", varchar(8), r -> "CC-" + (4100 + r.index() * 100))
				.column("manager_emp_id", INT, r -> r.random().between(1, 2400))
				.column("hq_city", varchar(60), r -> List.of("Stockholm", "London", "Berlin", "Pune", "Toronto").get(r.index()))
				.expect("CITY")
				.column("headcount", INT, r -> r.random().between(12, 900))
				.build();
	}
}
