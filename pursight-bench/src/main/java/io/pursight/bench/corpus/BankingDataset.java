package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BIGINT;
import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.DATE;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.UUID;
import static io.pursight.bench.corpus.SqlType.chars;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.Grouping;
import io.pursight.synthetic.NationalIds;
import io.pursight.synthetic.PaymentCards.Brand;
import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The core system of a European retail bank and card issuer with a US branch (PCI): customers, cards with their
 * numbers in several spellings and verification codes, accounts with IBANs or US account and routing numbers,
 * card transactions, transfers with free-text remittance information, statements, branches and operators.
 * Masked and truncated card numbers, acquirer reference numbers (23 digits with a Luhn digit), merchant category
 * codes, authorisation codes and terminal ids are the hard negatives of a payment schema.
 */
final class BankingDataset implements CorpusDataset {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final int CUSTOMERS = 8000;
	private static final int CARDS = 10000;
	private static final String[] SEGMENTS = {"RETAIL", "RETAIL", "RETAIL", "PREMIUM", "PRIVATE", "STUDENT"};
	private static final String[] RISK = {"LOW", "LOW", "LOW", "MEDIUM", "HIGH"};
	private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "GBP", "CHF", "SEK", "PLN"};
	private static final String[] PURPOSES = {"SALA", "RENT", "SUPP", "GDDS", "TAXS", "OTHR", "INTC"};
	private static final String[] RESPONSE_CODES = {"00", "00", "00", "00", "00", "00", "05", "51", "54", "91"};

	@Override
	public String name() {
		return "banking";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(branches(), customers(), accounts(), cards(), cardTransactions(), transfers(), statements(),
				merchantCategories(), operators());
	}

	private static CorpusTable branches() {
		return CorpusTable.named("branches", 4)
				.column("branch_code", chars(5), r -> List.of("FRA01", "MUC02", "LDN01", "NYC01").get(r.index()))
				.column("branch_name", varchar(40), r -> List.of("Frankfurt Zeil", "München Marienplatz", "London Moorgate",
						"New York Park Ave").get(r.index()))
				.column("bic", varchar(11), r -> List.of("HNSBDEFFXXX", "HNSBDEMM", "HNSBGB2L", "HNSBUS33").get(r.index()))
				.expect("SWIFT_BIC")
				.column("street", varchar(60), r -> List.of("Zeil 112", "Marienplatz 8", "71 Moorgate", "350 Park Avenue")
						.get(r.index())).expect("STREET_ADDRESS")
				.column("city", varchar(40), r -> List.of("Frankfurt am Main", "München", "London", "New York").get(r.index()))
				.expect("CITY")
				.column("postcode", varchar(10), r -> List.of("60313", "80331", "EC2R 6DB", "10022").get(r.index()))
				.expect("POSTAL_CODE")
				.column("phone", varchar(20), r -> List.of("+49 69 2713 400", "+49 89 2424 110", "+44 20 7946 0312",
						"+1 212-555-0143").get(r.index())).expect("PHONE_NUMBER")
				.column("opened_year", SMALLINT, r -> List.of(1961, 1974, 1998, 2011).get(r.index()))
				.build();
	}

	private static CorpusTable customers() {
		return CorpusTable.named("customers", CUSTOMERS)
				.column("cust_id", INT, r -> r.index() + 1)
				.column("cif_no", varchar(10), r -> "CIF" + (7000000 + r.index() * 11))
				.column("title", varchar(5), r -> r.random().chance(0.05) ? "Dr" : r.person().female()
						? r.random().pick(new String[] {"Mrs", "Ms", "Ms"}) : "Mr").optional("GENDER").sparse(0.2)
				.column("first_name", varchar(60), r -> r.person().given()).expect("PERSON_NAME")
				.column("last_name", varchar(60), r -> r.person().family()).expect("PERSON_NAME")
				.column("date_of_birth", DATE, r -> r.person().born()).expect("DATE_OF_BIRTH")
				.column("email", varchar(100), r -> Values.privateEmail(r.person(), r.random())).expect("EMAIL_ADDRESS")
				.column("mobile_no", varchar(24), r -> Phones.international(r.person().country(), r.random()))
				.expect("PHONE_NUMBER")
				.column("postal_address", varchar(160), r -> r.place().oneLine()).expect("STREET_ADDRESS")
				.column("residence_country", varchar(40), r -> r.place().countryName()).expect("COUNTRY")
				.column("nationality", chars(2), r -> r.person().country()).expect("COUNTRY")
				.column("us_tin", varchar(11), r -> r.person().country().equals("US")
						? Grouping.grouped(NationalIds.usSsn(r.random()), '-', 3, 2, 4) : null).expect("US_SSN")
				.column("occupation", varchar(60), r -> Values.jobTitle(r.random())).expect("JOB_TITLE").sparse(0.3)
				.column("employer", varchar(80), r -> Values.company(r.random())).optional("ORGANIZATION_NAME").sparse(0.4)
				.column("income_band", varchar(10), r -> r.random().pick(new String[] {"<25k", "25-50k", "50-75k", "75-150k",
						">150k"}))
				.column("segment", varchar(8), r -> r.random().pick(SEGMENTS))
				.column("kyc_risk", varchar(6), r -> r.random().pick(RISK))
				.column("pep", BOOLEAN, r -> r.random().chance(0.004))
				.column("customer_since", DATE, r -> Values.date(r.random(), LocalDate.of(1995, 1, 1), TODAY))
				.build();
	}

	private static CorpusTable accounts() {
		return CorpusTable.named("accounts", 9000)
				.column("acct_id", INT, r -> 100000 + r.index())
				.column("cust_id", INT, r -> r.random().between(1, CUSTOMERS))
				.column("product_cd", varchar(12), r -> r.random().pick(new String[] {"CHK-STD-01", "CHK-PRM-02", "SAV-FLX-01",
						"SAV-FIX-12", "CHK-STU-01"}))
				.column("iban", varchar(42), r -> us(r) ? null : PaymentValues.iban(r.person().country(), r.random()))
				.expect("IBAN")
				.column("bic", varchar(11), r -> us(r) ? null : Values.bic(r.text("iban").substring(0, 2), r.random()))
				.expect("SWIFT_BIC").sparse(0.2)
				.column("account_no", varchar(14), r -> us(r) ? PaymentValues.usAccount(r.random()) : null)
				.expect("BANK_ACCOUNT_NUMBER")
				.column("routing_no", chars(9), r -> us(r) ? BankAccounts.abaRouting(r.random()) : null)
				.expect("US_ROUTING_NUMBER")
				.column("currency", chars(3), r -> us(r) ? "USD" : r.random().pick(CURRENCIES))
				.column("balance", decimal(14, 2), r -> Values.amount(r.random(), -2500, 250000))
				.column("overdraft_limit", decimal(10, 2), r -> Values.amount(r.random(), 0, 5000)).sparse(0.5)
				.column("interest_rate", decimal(5, 3), r -> java.math.BigDecimal.valueOf(r.random().between(0, 4250), 3))
				.column("opened_on", DATE, r -> Values.date(r.random(), LocalDate.of(1998, 1, 1), TODAY))
				.column("closed_on", DATE, r -> Values.date(r.random(), LocalDate.of(2010, 1, 1), TODAY)).sparse(0.92)
				.build();
	}

	/** Whether the row's holder banks with the US branch (about one in eight). */
	private static boolean us(CorpusRow r) {
		return r.person().country().equals("US") || r.index() % 8 == 3;
	}

	private static CorpusTable cards() {
		return CorpusTable.named("cards", CARDS)
				.column("card_id", INT, r -> r.index() + 1)
				.column("cust_id", INT, r -> r.random().between(1, CUSTOMERS))
				.column("card_brand", varchar(12), r -> brand(r).name())
				.column("pan", varchar(23), r -> PaymentValues.written(pan(r), r.random())).expect("CREDIT_CARD_NUMBER")
				.column("pan_masked", varchar(23), r -> PaymentValues.masked(pan(r), r.random()))
				.column("pan_last4", chars(4), r -> pan(r).substring(pan(r).length() - 4))
				.column("bin", chars(6), r -> pan(r).substring(0, 6))
				.column("pan_sha256", chars(64), r -> Values.hex(r.random(), 32))
				.column("cvv", varchar(4), r -> PaymentValues.cvv(brand(r), r.random())).expect("CVV")
				.column("expiry", chars(5), r -> String.format("%02d/%02d", r.random().between(1, 12), r.random().between(26, 31)))
				.column("cardholder_name", varchar(26), r -> embossed(r.person())).expect("PERSON_NAME")
				.column("credit_limit", decimal(10, 2), r -> java.math.BigDecimal.valueOf(500L * r.random().between(1, 40)))
				.sparse(0.3)
				.column("status", varchar(8), r -> r.random().pick(new String[] {"ACTIVE", "ACTIVE", "ACTIVE", "BLOCKED", "EXPIRED"}))
				.column("network_token", varchar(40), r -> "tkn_" + Values.base62(r.random(), 24)).sparse(0.5)
				.column("issued_on", DATE, r -> Values.date(r.random(), LocalDate.of(2019, 1, 1), TODAY))
				.build();
	}

	/** The name as the card carries it: capitals, at most 26 characters (the embossing line's width). */
	private static String embossed(Person p) {
		String name = p.fullName().toUpperCase(Locale.ROOT);
		return name.length() <= 26 ? name : name.substring(0, 26).strip();
	}

	private static Brand brand(CorpusRow r) {
		Object b = r.value("_brand");
		if (b == null) {
			b = PaymentValues.brand(r.random());
			r.put("_brand", b);
		}
		return (Brand) b;
	}

	private static String pan(CorpusRow r) {
		Object p = r.value("_pan");
		if (p == null) {
			p = PaymentValues.pan(brand(r), r.random());
			r.put("_pan", p);
		}
		return (String) p;
	}

	private static CorpusTable cardTransactions() {
		return CorpusTable.named("card_txn", 30000)
				.column("txn_id", BIGINT, r -> 880_000_000L + r.index())
				.column("card_id", INT, r -> r.random().between(1, CARDS))
				.column("txn_ts", TIMESTAMP, r -> processed(r))
				.column("amount", decimal(12, 2), r -> Values.amount(r.random(), 0.5, 1800))
				.column("currency", chars(3), r -> r.random().pick(CURRENCIES))
				.column("mcc", chars(4), r -> merchant(r)[1])
				.column("merchant_descriptor", varchar(40), r -> merchant(r)[0]).optional("ORGANIZATION_NAME")
				.column("merchant_city", varchar(20), r -> merchant(r)[2]).expect("CITY")
				.column("merchant_country", chars(2), r -> merchant(r)[3]).expect("COUNTRY")
				.column("terminal_id", chars(8), r -> Values.upper(r.random(), 2) + r.random().digits(6))
				.column("auth_code", chars(6), r -> PaymentValues.authCode(r.random()))
				.column("rrn", chars(12), r -> PaymentValues.rrn(processed(r).toLocalDate(), r.index()))
				.column("arn", chars(23), r -> PaymentValues.arn(processed(r).toLocalDate(), r.random())).sparse(0.1)
				.column("response_code", chars(2), r -> r.random().pick(RESPONSE_CODES))
				.column("pos_entry_mode", chars(3), r -> r.random().pick(new String[] {"051", "071", "010", "812", "901"}))
				.column("contactless", BOOLEAN, r -> "071".equals(r.value("pos_entry_mode")))
				.build();
	}

	private static LocalDateTime processed(CorpusRow r) {
		Object t = r.value("_ts");
		if (t == null) {
			t = Values.timestamp(r.random(), LocalDate.of(2025, 6, 1), TODAY);
			r.put("_ts", t);
		}
		return (LocalDateTime) t;
	}

	private static String[] merchant(CorpusRow r) {
		Object m = r.value("_merchant");
		if (m == null) {
			m = r.random().pick(PaymentValues.MERCHANTS);
			r.put("_merchant", m);
		}
		return (String[]) m;
	}

	private static CorpusTable transfers() {
		return CorpusTable.named("SepaTransfers", 12000)
				.column("transferId", BIGINT, r -> 5_500_000L + r.index())
				.column("debtorAcctId", INT, r -> 100000 + r.random().between(0, 8999))
				.column("endToEndId", varchar(35), r -> r.random().chance(0.3) ? "NOTPROVIDED" : "E2E" + Values.upper(r.random(), 4)
						+ r.random().digits(12))
				.column("uetr", UUID, r -> java.util.UUID.nameUUIDFromBytes(Values.hex(r.random(), 8).getBytes()).toString())
				.column("creditorName", varchar(70), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("creditorIban", varchar(42), r -> PaymentValues.iban(r.person().country(), r.random())).expect("IBAN")
				.column("creditorBic", varchar(11), r -> Values.bic(r.text("creditorIban").substring(0, 2), r.random()))
				.expect("SWIFT_BIC").sparse(0.6)
				.column("amount", decimal(12, 2), r -> Values.amount(r.random(), 5, 9500))
				.column("purposeCode", chars(4), r -> r.random().pick(PURPOSES))
				.column("remittanceInfo", varchar(140), BankingDataset::remittance).embeds("PERSON_NAME", "STREET_ADDRESS")
				.column("valueDate", DATE, r -> Values.date(r.random(), LocalDate.of(2025, 1, 1), TODAY))
				.column("chargeBearer", chars(4), r -> "SLEV")
				.build();
	}

	/** What payers write in the 140 characters of a SEPA transfer: invoice numbers, months, and sometimes who and where. */
	private static String remittance(CorpusRow r) {
		SeededRandom random = r.random();
		String month = random.pick(new String[] {"Januar", "Februar", "März", "April", "May", "June", "juillet", "octobre"});
		return switch (random.between(0, 6)) {
			case 0 -> "RE-" + random.between(2024, 2026) + "-" + random.digits(5);
			case 1 -> "Miete " + month + " " + r.place().streetLine();
			case 2 -> "Invoice " + random.digits(7) + " / customer " + random.digits(6);
			case 3 -> "Geschenk für " + People.draw(random).given() + " und " + People.draw(random).fullName();
			case 4 -> "Loyer " + month + " appt " + random.between(1, 40);
			case 5 -> "Kaution Whg. " + r.place().streetLine() + ", " + r.place().city();
			default -> "Erstattung Auslagen " + month;
		};
	}

	private static CorpusTable statements() {
		return CorpusTable.named("stmt", 6000)
				.column("stmt_id", INT, r -> r.index() + 1)
				.column("acct_id", INT, r -> 100000 + r.random().between(0, 8999))
				.column("period", chars(7), r -> (2024 + r.index() % 3) + "-" + String.format("%02d", 1 + r.index() % 12))
				.column("opening_bal", decimal(14, 2), r -> Values.amount(r.random(), -1500, 90000))
				.column("closing_bal", decimal(14, 2), r -> Values.amount(r.random(), -1500, 90000))
				.column("cover_letter", TEXT, BankingDataset::coverLetter).embeds("PERSON_NAME", "IBAN")
				.column("pdf_sha1", chars(40), r -> Values.hex(r.random(), 20))
				.column("pages", SMALLINT, r -> r.random().between(1, 9))
				.build();
	}

	private static String coverLetter(CorpusRow r) {
		SeededRandom random = r.random();
		Person p = r.person();
		return switch (random.between(0, 4)) {
			case 0 -> "Dear " + (p.female() ? "Ms " : "Mr ") + p.family() + ", please find enclosed your statement for account "
					+ BankAccounts.printed(BankAccounts.iban("DE", random)) + ".";
			case 1 -> "Your statement is ready. No action is required.";
			case 2 -> "Sehr geehrte" + (p.female() ? " Frau " : "r Herr ") + p.family()
					+ ", anbei Ihr Kontoauszug. Bei Fragen erreichen Sie uns in jeder Filiale.";
			case 3 -> "Interest rates change on " + Values.dateText(TODAY.plusMonths(2), "d MMMM yyyy") + "; see page 2.";
			default -> "Statement " + r.text("period") + ", " + random.between(3, 80) + " transactions.";
		};
	}

	private static CorpusTable merchantCategories() {
		return CorpusTable.named("mcc_ref", PaymentValues.MCC.size())
				.column("mcc", chars(4), r -> PaymentValues.MCC.get(r.index())[0])
				.column("description", varchar(60), r -> PaymentValues.MCC.get(r.index())[1])
				.column("high_risk", BOOLEAN, r -> PaymentValues.MCC.get(r.index())[0].equals("6011"))
				.build();
	}

	private static CorpusTable operators() {
		return CorpusTable.named("ops_users", 3)
				.column("user_id", SMALLINT, r -> r.index() + 1)
				.column("login", varchar(40), r -> Values.username(r.person(), r.random())).expect("USERNAME")
				.column("password_hash", varchar(80), r -> Values.bcrypt(r.random())).expect("PASSWORD")
				.column("api_key", varchar(48), r -> "hb_live_" + Values.base62(r.random(), 32)).expect("API_KEY")
				.column("role", varchar(16), r -> List.of("ADMIN", "FRAUD_ANALYST", "SUPPORT").get(r.index()))
				.column("created_at", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2022, 1, 1), TODAY))
				.build();
	}
}
