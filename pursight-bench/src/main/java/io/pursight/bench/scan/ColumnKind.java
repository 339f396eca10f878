package io.pursight.bench.scan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.pursight.bench.classification.Vocabulary;

/**
 * What a generated column holds: its SQL type, the names it may go by, and the PostgreSQL
 * expressions that compute its values from one 63-bit hash of the row number. Half are personal
 * data of a type the classifier detects (the expected type id), half plain business columns that
 * must get no type. Values with check digits are valid: card numbers pass Luhn, IBANs mod 97.
 *
 * <p>An expression receives {@code p}, the column of the inner query that {@link #prepare} made of
 * the hash, written as {@code {p}}; it must stay deterministic (no {@code random()}), so a table is
 * the same whichever connection creates it and in whatever order.
 */
enum ColumnKind {

	EMAIL("EMAIL_ADDRESS", "varchar(320)", 0, List.of("email", "contact_email", "customer_email", "mail", "e_mail",
			"login", "billing_email"),
			List.of("lower(" + pick("{p}", ascii(Vocabulary.GIVEN)) + ") || '.' || lower("
					+ pick("({p} / 101)", ascii(Vocabulary.FAMILY)) + ") || ({p} / 7919 % 100)::text || '@' || "
					+ pick("({p} / 104729)", List.of("example.com", "mail.com", "gmail.com", "yahoo.com", "outlook.com",
							"corp.example.org", "web.de", "orange.fr")))),
	PHONE("PHONE_NUMBER", "varchar(32)", 10, List.of("phone", "phone_number", "mobile", "telephone", "contact",
			"cell_phone"),
			List.of("'+1 (' || (201 + {p} % 798)::text || ') ' || (200 + {p} / 1000 % 800)::text || '-' || "
					+ "lpad(({p} / 1000000 % 10000)::text, 4, '0')",
					"'+44 20 ' || (7000 + {p} % 3000)::text || ' ' || lpad(({p} / 10000 % 10000)::text, 4, '0')",
					"'+49 30 ' || (10000000 + {p} % 89999999)::text")),
	FULL_NAME("PERSON_NAME", "varchar(200)", 0, List.of("full_name", "customer_name", "contact_name", "holder",
			"employee_name", "recipient"),
			List.of(pick("{p}", Vocabulary.GIVEN) + " || ' ' || " + pick("({p} / 101)", Vocabulary.FAMILY))),
	FIRST_NAME("PERSON_NAME", "varchar(100)", 0, List.of("first_name", "given_name", "fname", "firstname"),
			List.of(pick("{p}", Vocabulary.GIVEN))),
	LAST_NAME("PERSON_NAME", "varchar(100)", 0, List.of("last_name", "surname", "family_name", "lname"),
			List.of(pick("{p}", Vocabulary.FAMILY))),
	CARD("CREDIT_CARD_NUMBER", "varchar(19)", 0, List.of("card_number", "cc_number", "pan", "payment_card", "card_no"),
			List.of(luhn("{p}") + "::text",
					"regexp_replace((" + luhn("{p}") + ")::text, '(\\d{4})(\\d{4})(\\d{4})(\\d{4})', '\\1 \\2 \\3 \\4')")) {

		@Override
		String prepare(String hash) {
			return "(400000000000000 + " + hash + " % 100000000000000)"; // a Visa number without its check digit
		}
	},
	IBAN("IBAN", "varchar(34)", 0, List.of("iban", "account_iban", "payout_iban", "bank_account"),
			// DE + check digits + 18 digits: 98 - (BBAN || "DE00" as digits) mod 97, in bigint arithmetic
			List.of("'DE' || lpad((98 - ({p} % 97 * 27 + 131400) % 97)::text, 2, '0') || lpad({p}::text, 18, '0')")) {

		@Override
		String prepare(String hash) {
			return "(" + hash + " % 1000000000000000000)";
		}
	},
	BIRTH_DATE("DATE_OF_BIRTH", "date", 5, List.of("date_of_birth", "dob", "birth_date", "birthdate", "born_on"),
			List.of("date '1940-01-01' + ({p} % 23000)::int")),
	IP("IP_ADDRESS", "varchar(45)", 0, List.of("ip_address", "client_ip", "last_login_ip", "remote_addr", "source_ip"),
			List.of("(1 + {p} % 223)::text || '.' || ({p} / 256 % 256)::text || '.' || ({p} / 65536 % 256)::text || '.' "
					+ "|| (1 + {p} / 16777216 % 254)::text")),
	SSN("US_SSN", "char(11)", 0, List.of("ssn", "social_security_number", "ssn_number", "national_id"),
			List.of("lpad((1 + {p} % 665)::text, 3, '0') || '-' || lpad((1 + {p} / 1000 % 99)::text, 2, '0') || '-' "
					+ "|| lpad((1 + {p} / 100000 % 9999)::text, 4, '0')")),
	STREET("STREET_ADDRESS", "varchar(200)", 0, List.of("street_address", "address_line1", "address", "shipping_street"),
			List.of("(1 + {p} % 9999)::text || ' ' || " + pick("({p} / 10007)", Vocabulary.STREETS) + " || ' ' || "
					+ pick("({p} / 1000003)", Vocabulary.STREET_SUFFIXES))),
	CITY("CITY", "varchar(100)", 0, List.of("city", "town", "billing_city", "city_name"),
			List.of(pick("{p}", Vocabulary.CITIES))),

	REFERENCE(null, "bigint", 0, List.of("customer_id", "account_ref", "order_no", "parent_id", "owner_id", "batch_id"),
			List.of("1 + {p} % 5000000")),
	AMOUNT(null, "numeric(12,2)", 0, List.of("amount", "total", "price", "balance", "net_value", "fee", "unit_price"),
			List.of("round(({p} % 10000000) / 100.0, 2)")),
	QUANTITY(null, "integer", 0, List.of("quantity", "qty", "units", "item_count", "stock_level"),
			List.of("({p} % 500)::int")),
	STATUS(null, "varchar(16)", 0, List.of("status", "state", "order_status", "stage", "workflow_state"),
			List.of(pick("{p}", List.of("NEW", "OPEN", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED",
					"ON_HOLD")))),
	TIMESTAMP(null, "timestamptz", 0, List.of("created_at", "updated_at", "shipped_at", "event_time", "modified_at",
			"processed_at"),
			List.of("timestamptz '2020-01-01 00:00:00+00' + ({p} % 157680000) * interval '1 second'")),
	DATE(null, "date", 10, List.of("due_date", "valid_from", "booking_date", "period_start", "expiry_date"),
			List.of("date '2019-01-01' + ({p} % 2500)::int")),
	TEXT(null, "text", 30, List.of("note", "description", "comment", "remarks", "memo", "summary"),
			List.of(pick("{p}", Words.FIRST) + " || ' ' || " + pick("({p} / 31)", Words.MORE) + " || ' ' || "
					+ pick("({p} / 997)", Words.MORE) + " || ' ' || " + pick("({p} / 30011)", Words.MORE) + " || '.'")),
	PRODUCT(null, "varchar(120)", 0, List.of("product_name", "item_name", "product", "title", "name"),
			List.of(pick("{p}", Words.PRODUCTS) + " || ' ' || (1 + {p} / 101 % 40)::text")),
	CODE(null, "varchar(32)", 0, List.of("sku", "code", "reference", "ref_no", "batch_code", "voucher"),
			List.of("'SKU-' || lpad(({p} % 1000000)::text, 6, '0')", "upper(substr(md5({p}::text), 1, 10))")),
	UUID(null, "uuid", 0, List.of("external_id", "correlation_id", "uuid", "request_id", "trace_id"),
			List.of("md5({p}::text)::uuid")),
	FLAG(null, "boolean", 0, List.of("active", "is_deleted", "enabled", "verified", "archived"),
			List.of("{p} % 3 <> 0")),
	RATIO(null, "double precision", 0, List.of("rate", "score", "ratio", "weight", "discount_pct"),
			List.of("({p} % 100000) / 1000.0::float8")),
	CURRENCY(null, "char(3)", 0, List.of("currency", "ccy", "currency_code"),
			List.of(pick("{p}", List.of("EUR", "USD", "GBP", "CHF", "JPY", "SEK", "PLN"))));

	/** The classifier's type id a column of this kind should get; null for a business column (none). */
	final String expectedType;
	final String sqlType;
	/** One row in this many is null; 0 for none. */
	final int nullEvery;
	final List<String> names;
	final List<String> values;

	ColumnKind(String expectedType, String sqlType, int nullEvery, List<String> names, List<String> values) {
		this.expectedType = expectedType;
		this.sqlType = sqlType;
		this.nullEvery = nullEvery;
		this.names = names;
		this.values = values;
	}

	boolean personal() {
		return expectedType != null;
	}

	/** The inner query's column for this kind, made of the row's hash (a non-negative bigint expression). */
	String prepare(String hash) {
		return hash;
	}

	/** The value of one row: expression {@code variant} over {@code p}, null one row in {@link #nullEvery}. */
	String value(int variant, String p) {
		String value = values.get(variant).replace("{p}", p);
		if (nullEvery == 0) {
			return value;
		}
		return "CASE WHEN " + p + " / 1000003 % " + nullEvery + " = 0 THEN NULL ELSE " + value + " END";
	}

	/**
	 * A 16-digit card number from a 15-digit bigint expression: the Luhn check digit computed in
	 * integer arithmetic, each digit doubled from the rightmost of {@code base} on.
	 */
	static String luhn(String base) {
		var sum = new StringBuilder();
		long power = 1;
		for (int i = 0; i < 15; i++) {
			String digit = "(" + base + " / " + power + " % 10)";
			sum.append(i == 0 ? "" : " + ").append(i % 2 == 0 ? "(2 * " + digit + " - 9 * (" + digit + " / 5))" : digit);
			power *= 10;
		}
		return "(" + base + " * 10 + (10 - (" + sum + ") % 10) % 10)";
	}

	/** {@code (ARRAY[...])[1 + index % n]}: one of the words, literals quoted. */
	static String pick(String index, List<String> words) {
		String array = words.stream().map(w -> "'" + w.replace("'", "''") + "'").collect(Collectors.joining(",", "(ARRAY[", "])"));
		return array + "[1 + " + index + " % " + words.size() + "]";
	}

	/** Names fit for the local part of an address: accents dropped, letters only. */
	static List<String> ascii(List<String> names) {
		return names.stream()
				.map(n -> Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))
				.filter(n -> !n.isEmpty()).distinct().toList();
	}

	/** Words of notes and product names: business prose, nothing personal. */
	private static final class Words {
		static final List<String> FIRST = List.of("Delivered", "Customer requested", "Invoice", "Shipment", "Order",
				"Payment", "Return", "Follow-up", "Backorder", "Quote", "Refund", "Stock check", "Reminder", "Review",
				"Escalated", "Pending", "Approved", "Rejected", "Updated", "Scheduled", "Cancelled", "Confirmed",
				"Packed", "Audit", "Renewal", "Discount", "Warranty", "Complaint", "Inquiry", "Transfer", "Credit");
		static final List<String> MORE = List.of("after", "before", "the", "warehouse", "delay", "carrier", "pallet",
				"contract", "terms", "quarterly", "batch", "priority", "standard", "express", "partial", "complete",
				"missing", "damaged", "label", "freight", "customs", "region", "budget", "forecast", "margin", "supplier",
				"tender", "rebate", "volume", "invoice", "ledger", "entry", "approval", "queue", "ticket", "review");
		static final List<String> PRODUCTS = List.of("Steel Bolt", "Hex Nut", "Widget Pro", "Cable Tie", "LED Panel",
				"Office Chair", "Desk Lamp", "Paper Ream", "Toner Cartridge", "Copper Pipe", "Garden Hose", "Drill Bit",
				"Safety Gloves", "Laptop Stand", "USB Hub", "Coffee Beans", "Water Filter", "Storage Box", "Label Roll",
				"Packing Tape");
	}
}
