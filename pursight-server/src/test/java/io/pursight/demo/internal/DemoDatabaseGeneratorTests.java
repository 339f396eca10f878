package io.pursight.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import io.pursight.classifier.BuiltInValidator;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatabaseGeneratorTests {

	private static final int CUSTOMERS = 1_000;

	@TempDir
	static Path directory;

	private static Connection connection;

	@BeforeAll
	static void generateTheDemo() throws SQLException {
		assertThat(DemoDatabaseGenerator.generate(directory, "demo", DemoDatabaseGenerator.DEFAULT_SEED, CUSTOMERS)).isTrue();
		connection = DriverManager.getConnection(DemoDatabaseGenerator.jdbcUrl(directory, "demo") + ";IFEXISTS=TRUE",
				DemoDatabaseGenerator.USER, DemoDatabaseGenerator.PASSWORD);
	}

	@AfterAll
	static void closeTheDemo() throws SQLException {
		connection.close();
	}

	@Test
	void createsTheShopAndHrTablesAndViews() throws SQLException {
		List<String> tables = strings("""
				SELECT LOWER(TABLE_SCHEMA) || '.' || LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES
				 WHERE TABLE_SCHEMA IN ('SALES', 'HR') AND TABLE_TYPE = 'BASE TABLE'""");
		List<String> views = strings("""
				SELECT LOWER(TABLE_SCHEMA) || '.' || LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES
				 WHERE TABLE_SCHEMA IN ('SALES', 'HR') AND TABLE_TYPE = 'VIEW'""");

		assertThat(tables).containsExactlyInAnyOrderElementsOf(DemoSchema.TABLES);
		assertThat(views).containsExactlyInAnyOrderElementsOf(DemoSchema.VIEWS);
		assertThat(longValue("SELECT COUNT(*) FROM sales.customer_order_summary")).isEqualTo(CUSTOMERS);
		assertThat(longValue("SELECT COUNT(*) FROM hr.employee_directory")).isPositive();
		assertThat(longValue("SELECT SUM(units_sold) FROM sales.product_sales"))
				.isEqualTo(longValue("SELECT SUM(quantity) FROM sales.order_items"));
	}

	@Test
	void linksTablesWithForeignKeysIncludingAcrossSchemas() throws SQLException {
		List<String> foreignKeys = strings("""
				SELECT LOWER(tc.TABLE_SCHEMA) || '.' || LOWER(tc.TABLE_NAME) || ' -> ' || LOWER(pk.TABLE_SCHEMA) || '.' || LOWER(pk.TABLE_NAME)
				  FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
				  JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
				    ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
				  JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk
				    ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
				 WHERE tc.CONSTRAINT_TYPE = 'FOREIGN KEY'""");

		assertThat(foreignKeys).contains("hr.employees -> hr.departments", "hr.employees -> hr.employees",
				"hr.departments -> hr.employees", "sales.addresses -> sales.customers", "sales.orders -> sales.customers",
				"sales.orders -> sales.addresses", "sales.orders -> hr.employees", "sales.order_items -> sales.orders",
				"sales.order_items -> sales.products", "sales.payments -> sales.orders");
		assertThat(longValue("""
				SELECT COUNT(*) FROM sales.orders o LEFT JOIN sales.addresses a ON a.address_id = o.shipping_address_id
				 WHERE a.customer_id <> o.customer_id""")).as("orders ship to their own customer's addresses").isZero();
	}

	@Test
	void hasPrimaryKeysIndexesAndComments() throws SQLException {
		assertThat(longValue("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
				 WHERE TABLE_SCHEMA IN ('SALES', 'HR') AND CONSTRAINT_TYPE = 'PRIMARY KEY'""")).isEqualTo(DemoSchema.TABLES.size());
		assertThat(strings("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA IN ('SALES', 'HR')"))
				.contains("ix_orders_customer", "ix_orders_ordered_at", "ix_customers_name", "ix_employees_department");
		assertThat(longValue("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES
				 WHERE TABLE_SCHEMA IN ('SALES', 'HR') AND REMARKS IS NOT NULL""")).isEqualTo(DemoSchema.TABLES.size() + DemoSchema.VIEWS.size());
		assertThat(strings("""
				SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS
				 WHERE TABLE_SCHEMA = 'SALES' AND TABLE_NAME = 'PAYMENTS' AND COLUMN_NAME = 'CVV'""")).containsExactly("Card verification value");
	}

	@Test
	void scalesTheOtherTablesWithTheNumberOfCustomers() throws SQLException {
		assertThat(longValue("SELECT COUNT(*) FROM sales.customers")).isEqualTo(CUSTOMERS);
		assertThat(longValue("SELECT COUNT(*) FROM sales.addresses")).isBetween(CUSTOMERS * 1L, CUSTOMERS * 2L);
		assertThat(longValue("SELECT COUNT(*) FROM sales.orders")).isBetween(CUSTOMERS * 2L, CUSTOMERS * 4L);
		assertThat(longValue("SELECT COUNT(*) FROM sales.order_items")).isGreaterThan(longValue("SELECT COUNT(*) FROM sales.orders"));
		assertThat(longValue("SELECT COUNT(*) FROM sales.payments")).isGreaterThan(CUSTOMERS * 2L);
		assertThat(longValue("SELECT COUNT(*) FROM sales.products")).isEqualTo(150);
		assertThat(longValue("SELECT COUNT(*) FROM hr.departments")).isEqualTo(10);
		assertThat(longValue("SELECT COUNT(*) FROM hr.employees")).isEqualTo(CUSTOMERS / 8);
	}

	@Test
	void cardNumbersPassTheLuhnCheckAndStartWithRealIssuerPrefixes() throws SQLException {
		List<String> cards = strings("SELECT card_number FROM sales.payments WHERE card_number IS NOT NULL");
		Pattern issuers = Pattern.compile(String.join("|",
				"4\\d{15}", // Visa
				"5[1-5]\\d{14}", "(222[1-9]|22[3-9]\\d|2[3-6]\\d\\d|27[01]\\d|2720)\\d{12}", // Mastercard
				"3[47]\\d{13}", // American Express
				"6011\\d{12}", "64[4-9]\\d{13}", "65\\d{14}", // Discover
				"35(2[89]|[3-8]\\d)\\d{12}", // JCB
				"36\\d{12}", "30[0-5]\\d{11}", // Diners Club
				"(6759|5018|5020|5038|6304)(\\d{12}|\\d{15})")); // Maestro

		assertThat(cards).hasSizeGreaterThan(CUSTOMERS);
		assertThat(cards).anyMatch(card -> card.contains(" ")).anyMatch(card -> card.contains("-"))
				.anyMatch(card -> card.matches("\\d+"));
		for (String card : cards) {
			String digits = card.replaceAll("[ -]", "");
			assertThat(LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits)).as(card).isTrue();
			assertThat(digits).as(card).matches(issuers);
		}
		assertThat(strings("SELECT DISTINCT card_brand FROM sales.payments WHERE card_brand IS NOT NULL"))
				.contains("VISA", "MASTERCARD", "AMEX");
		assertThat(strings("SELECT cvv FROM sales.payments WHERE cvv IS NOT NULL")).allMatch(cvv -> cvv.matches("\\d{3,4}"));
		assertThat(longValue("""
				SELECT COUNT(*) FROM sales.payments
				 WHERE card_expiry IS NOT NULL AND status <> 'DECLINED'
				   AND DATEADD(MONTH, 1, PARSEDATETIME('01/' || card_expiry, 'dd/MM/yy')) <= CAST(processed_at AS DATE)"""))
				.as("payments charged to expired cards").isZero();
	}

	@Test
	void ibansPassTheMod97CheckAndHaveTheirCountrysLength() throws SQLException {
		List<String> ibans = strings("""
				SELECT iban FROM sales.payments WHERE iban IS NOT NULL
				UNION ALL SELECT iban FROM hr.employees WHERE iban IS NOT NULL""");

		assertThat(ibans).hasSizeGreaterThan(100);
		var countries = new HashMap<String, Integer>();
		for (String iban : ibans) {
			String compact = iban.replace(" ", "");
			assertThat(IBANValidator.getInstance().isValid(compact)).as(iban).isTrue();
			countries.merge(compact.substring(0, 2), 1, Integer::sum);
		}
		assertThat(countries.keySet()).contains("DE", "GB", "FR", "ES", "IT", "NL");
	}

	@Test
	void nationalIdsFollowTheirSchemes() throws SQLException {
		Map<String, List<String>> byType = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT national_id_type, national_id FROM sales.customers WHERE national_id IS NOT NULL
						UNION ALL SELECT national_id_type, national_id FROM hr.employees WHERE national_id IS NOT NULL""")) {
			while (rows.next()) {
				byType.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
			}
		}

		assertThat(byType.keySet()).contains("US_SSN", "UK_NINO", "FR_NIR", "DE_STEUER_ID", "BR_CPF");
		for (String ssn : byType.get("US_SSN")) {
			var parts = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})").matcher(ssn);
			assertThat(parts.matches()).as(ssn).isTrue();
			int area = Integer.parseInt(parts.group(1));
			assertThat(area).as(ssn).isBetween(1, 899).isNotEqualTo(666);
			assertThat(parts.group(2)).as(ssn).isNotEqualTo("00");
			assertThat(parts.group(3)).as(ssn).isNotEqualTo("0000");
		}
		for (String nino : byType.get("UK_NINO")) {
			assertThat(nino.replace(" ", "")).as(nino)
					.matches("(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");
		}
		for (String nir : byType.get("FR_NIR")) {
			assertThat(nir.replace(" ", "")).matches("[12]\\d{14}");
			assertThat(BuiltInValidator.FR_INSEE.test(nir)).as(nir).isTrue();
		}
		for (String dni : byType.getOrDefault("ES_DNI", List.of())) {
			assertThat(BuiltInValidator.ES_NIF.test(dni)).as(dni).isTrue();
		}
		for (String bsn : byType.getOrDefault("NL_BSN", List.of())) {
			assertThat(BuiltInValidator.NL_BSN.test(bsn)).as(bsn).isTrue();
		}
		for (String sin : byType.getOrDefault("CA_SIN", List.of())) {
			assertThat(LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(sin.replaceAll("[ -]", ""))).as(sin).isTrue();
		}
	}

	@Test
	void phoneNumbersAreValidNumbersOfTheirCountryInSeveralLayouts() throws SQLException {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		int valid = 0;
		int total = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT country_code, phone FROM sales.customers WHERE phone IS NOT NULL")) {
			while (rows.next()) {
				total++;
				try {
					if (phones.isValidNumber(phones.parse(rows.getString(2), rows.getString(1)))) {
						valid++;
					}
				}
				catch (NumberParseException notANumber) {
					// counted as invalid
				}
			}
		}

		assertThat(valid).as("valid phone numbers out of %d", total).isGreaterThan(total * 95 / 100);
		List<String> layouts = strings("SELECT DISTINCT REGEXP_REPLACE(phone, '\\d', '9') FROM sales.customers WHERE phone IS NOT NULL");
		assertThat(layouts).hasSizeGreaterThan(30).anyMatch(l -> l.startsWith("+")).anyMatch(l -> l.startsWith("("));
	}

	@Test
	void emailsAreUniqueWellFormedAndAtReservedDomains() throws SQLException {
		List<String> emails = strings("SELECT email FROM sales.customers UNION ALL SELECT work_email FROM hr.employees");

		assertThat(emails).doesNotHaveDuplicates().allMatch(EmailValidator.getInstance()::isValid);
		assertThat(emails).allMatch(email -> email.toLowerCase().matches(".*@([a-z]+\\.)?example\\.(com|net|org)"));
	}

	@Test
	void namesAreVariedAccentedAndMultiCultural() throws SQLException {
		List<String> names = strings("SELECT first_name || ' ' || last_name FROM sales.customers");

		assertThat(names.stream().distinct().count()).isGreaterThan(CUSTOMERS * 9 / 10);
		assertThat(names).anyMatch(n -> n.matches(".*[éèëüöäßñçåøłğışãõ].*")).anyMatch(n -> n.contains("'"))
				.anyMatch(n -> n.matches(".*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ].*"));
	}

	@Test
	void datesOfBirthGivePlausibleAgesAndHireDatesAreNotBirthDates() throws SQLException {
		LocalDate today = DemoDataWriter.TODAY;
		for (String born : strings("SELECT CAST(date_of_birth AS VARCHAR) FROM sales.customers WHERE date_of_birth IS NOT NULL")) {
			assertThat(Period.between(LocalDate.parse(born), today).getYears()).isBetween(18, 88);
		}
		assertThat(longValue("""
				SELECT COUNT(*) FROM hr.employees
				 WHERE DATEDIFF(YEAR, date_of_birth, hire_date) < 21 OR hire_date > DATE '2025-06-30'
				    OR termination_date < hire_date""")).isZero();
		assertThat(longValue("SELECT COUNT(*) FROM hr.employees WHERE extension NOT REGEXP '^[2-7][0-9]{3}$'")).isZero();
	}

	@Test
	void orderTotalsAddUpFromTheirLines() throws SQLException {
		assertThat(longValue("""
				SELECT COUNT(*) FROM sales.orders o
				 WHERE o.subtotal <> (SELECT SUM(i.line_total) FROM sales.order_items i WHERE i.order_id = o.order_id)
				    OR o.total_amount <> o.subtotal + o.tax_amount + o.shipping_amount""")).isZero();
		assertThat(strings("SELECT DISTINCT status FROM sales.orders"))
				.contains("PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED");
	}

	@Test
	void theSameSeedGivesTheSameDatabaseAndAnotherSeedAnotherOne(@TempDir Path other) throws Exception {
		DemoDatabaseGenerator.generate(other, "again", DemoDatabaseGenerator.DEFAULT_SEED, CUSTOMERS);
		DemoDatabaseGenerator.generate(other, "different", 7L, CUSTOMERS);

		String original = digest(DemoDatabaseGenerator.jdbcUrl(directory, "demo"));
		assertThat(digest(DemoDatabaseGenerator.jdbcUrl(other, "again"))).isEqualTo(original);
		assertThat(digest(DemoDatabaseGenerator.jdbcUrl(other, "different"))).isNotEqualTo(original);
	}

	@Test
	void leavesAnExistingDatabaseAlone() throws Exception {
		Path file = directory.resolve("demo.mv.db");
		FileTime modified = Files.getLastModifiedTime(file);
		long started = System.nanoTime();

		boolean created = DemoDatabaseGenerator.generate(directory, "demo", 42L, 10);

		assertThat(created).isFalse();
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(200);
		assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
		assertThat(longValue("SELECT COUNT(*) FROM sales.customers")).isEqualTo(CUSTOMERS);
		assertThat(DemoDatabaseGenerator.exists(directory, "demo")).isTrue();
	}

	@Test
	void leavesNoScratchFilesBehind() throws Exception {
		try (var files = Files.list(directory)) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("-building-"));
		}
	}

	@Test
	void generatesTwoThousandCustomersWithinFiveSeconds(@TempDir Path other) {
		// CPU time of the generating thread, so that a busy build machine cannot fail the test
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long started = threads.getCurrentThreadCpuTime();

		DemoDatabaseGenerator.generate(other, "large", 1L, 2_000);

		assertThat((threads.getCurrentThreadCpuTime() - started) / 1_000_000).as("CPU milliseconds").isLessThan(5_000);
	}

	@Test
	void rejectsNamesThatCouldEscapeTheDirectory() {
		assertThatThrownBy(() -> DemoDatabaseGenerator.generate(directory, "../demo", 1L, 10))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DemoDatabaseGenerator.generate(directory, "demo", 1L, 0))
				.isInstanceOf(IllegalArgumentException.class);
	}

	/** A hash over every row of every table, in primary key order. */
	private static String digest(String url) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", DemoDatabaseGenerator.USER,
				DemoDatabaseGenerator.PASSWORD); Statement statement = connection.createStatement()) {
			for (String table : DemoSchema.TABLES) {
				try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int i = 1; i <= columns; i++) {
							sha.update(String.valueOf(rows.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
							sha.update((byte) 0);
						}
					}
				}
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static List<String> strings(String sql) throws SQLException {
		var values = new ArrayList<String>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static long longValue(String sql) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
