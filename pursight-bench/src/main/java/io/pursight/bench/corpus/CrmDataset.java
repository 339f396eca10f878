package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.DATE;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.CompanyIds;
import io.pursight.synthetic.SeededRandom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A CRM in three styles at once, as such systems end up after a few migrations: PascalCase objects of a
 * cloud CRM ({@code Account}, {@code Contact}, {@code Opportunity}, {@code Task}) with 18-character record ids,
 * an old lead table with abbreviated columns ({@code ld_nm}, {@code ld_eml}, {@code tel1}), and the contacts a
 * French subsidiary imported with French column names ({@code nom}, {@code courriel}, {@code code_postal}).
 */
final class CrmDataset implements CorpusDataset {
	private static final LocalDate START = LocalDate.of(2012, 1, 1);
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	private static final String[] INDUSTRIES = {"Manufacturing", "Retail", "Healthcare", "Financial Services", "Energy",
			"Education", "Logistics", "Technology", "Hospitality", "Agriculture"};
	private static final String[] STAGES = {"Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
			"Closed Lost"};

	@Override
	public String name() {
		return "crm";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(accounts(), contacts(), leads(), opportunities(), tasks(), frenchContacts(), campaigns(), users());
	}

	/** A record id in the cloud CRM's style: a three-character object prefix and 15 case-sensitive characters. */
	private static String recordId(String prefix, SeededRandom random) {
		return prefix + "5g00000" + random.lettersOf(ID_CHARS, 8);
	}

	private static CorpusTable accounts() {
		return CorpusTable.named("Account", 4000)
				.column("Id", varchar(18), r -> recordId("001", r.random()))
				.column("Name", varchar(160), r -> Values.organization(r.random())).expect("ORGANIZATION_NAME")
				.column("Industry", varchar(40), r -> r.random().pick(INDUSTRIES))
				.column("AnnualRevenue", decimal(15, 2), r -> Values.amount(r.random(), 1e5, 5e9))
				.column("NumberOfEmployees", INT, r -> r.random().between(3, 120000))
				.column("Website", varchar(120), r -> "https://www." + Values.upper(r.random(), 6).toLowerCase() + ".com")
				.optional("URL").sparse(0.2)
				.column("BillingStreet", varchar(160), r -> r.place().streetLine()).expect("STREET_ADDRESS")
				.column("BillingCity", varchar(80), r -> r.place().city()).expect("CITY")
				.column("BillingState", varchar(80), r -> r.place().region()).expect("STATE_PROVINCE").sparse(0.25)
				.column("BillingPostalCode", varchar(12), r -> r.place().postalCode()).expect("POSTAL_CODE")
				.column("BillingCountry", varchar(60), r -> r.place().countryName()).expect("COUNTRY")
				.column("Phone", varchar(32), r -> Phones.any(r.place().country(), r.random())).expect("PHONE_NUMBER")
				.column("VAT_Number__c", varchar(16), r -> CompanyIds.vatNumber(r.random().pick(new String[] {"DE", "BE", "IT",
						"AT"}), r.random())).expect("VAT_ID").sparse(0.7)
				.column("DUNS__c", varchar(9), r -> r.random().digits(9)).sparse(0.5)
				.column("Rating", varchar(8), r -> r.random().pick(new String[] {"Hot", "Warm", "Cold"}))
				.column("Description", TEXT, r -> Values.lorem(r.random(), 3)).sparse(0.6)
				.build();
	}

	private static CorpusTable contacts() {
		return CorpusTable.named("Contact", 12000)
				.column("Id", varchar(18), r -> recordId("003", r.random()))
				.column("AccountId", varchar(18), r -> recordId("001", r.random()))
				.column("Salutation", varchar(8), r -> salutation(r.person(), r.random())).optional("GENDER").sparse(0.3)
				.column("FirstName", varchar(60), r -> r.person().given()).expect("PERSON_NAME")
				.column("LastName", varchar(80), r -> r.person().family()).expect("PERSON_NAME")
				.column("Title", varchar(80), r -> Values.jobTitle(r.random())).expect("JOB_TITLE").sparse(0.2)
				.column("Email", varchar(160), r -> Values.workEmail(r.person(), Values.upper(r.random(), 5).toLowerCase()
						+ ".example", r.random())).expect("EMAIL_ADDRESS")
				.column("Phone", varchar(32), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.column("MobilePhone", varchar(32), r -> Phones.international(r.person().country(), r.random()))
				.expect("PHONE_NUMBER").sparse(0.55)
				.column("Birthdate", DATE, r -> r.person().born()).expect("DATE_OF_BIRTH").sparse(0.85)
				.column("LinkedIn__c", varchar(160), r -> "https://www.linkedin.com/in/" + r.person().asciiGiven() + "-"
						+ r.person().asciiFamily() + "-" + Values.hex(r.random(), 3)).expect("URL").sparse(0.6)
				.column("LeadSource", varchar(20), r -> r.random().pick(new String[] {"Web", "Trade Show", "Partner", "Cold Call",
						"Webinar"}))
				.column("HasOptedOutOfEmail", BOOLEAN, r -> r.random().chance(0.1))
				.column("CreatedDate", TIMESTAMP, r -> Values.timestamp(r.random(), START, TODAY))
				.build();
	}

	private static String salutation(Person p, SeededRandom random) {
		return switch (p.country()) {
			case "DE", "AT", "CH" -> p.female() ? "Frau" : "Herr";
			case "FR", "BE" -> p.female() ? "Mme" : "M.";
			case "ES", "MX", "AR", "CO", "CL", "PE" -> p.female() ? "Sra." : "Sr.";
			default -> random.chance(0.1) ? "Dr." : p.female() ? random.pick(new String[] {"Ms.", "Mrs."}) : "Mr.";
		};
	}

	private static CorpusTable leads() {
		return CorpusTable.named("crm_lead", 8000)
				.column("ld_id", INT, r -> 40000 + r.index())
				.column("ld_nm", varchar(120), r -> r.random().chance(0.3) ? r.person().family().toUpperCase() + ", "
						+ r.person().given() : r.person().fullName()).expect("PERSON_NAME")
				.column("ld_co", varchar(160), r -> Values.organization(r.random())).expect("ORGANIZATION_NAME").sparse(0.15)
				.column("ld_eml", varchar(160), r -> Values.privateEmail(r.person(), r.random())).expect("EMAIL_ADDRESS")
				.column("tel1", varchar(32), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.column("tel2", varchar(32), r -> Phones.national(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.sparse(0.8)
				.column("src", varchar(12), r -> r.random().pick(new String[] {"webinar", "ads-g", "ads-li", "referral", "expo"}))
				.column("score", SMALLINT, r -> r.random().between(0, 100))
				.column("stage", varchar(4), r -> r.random().pick(new String[] {"MQL", "SQL", "REJ", "CONV"}))
				.column("created", varchar(16), r -> Values.dateText(Values.date(r.random(), START, TODAY), "yyyy-MM-dd")
						+ " " + String.format("%02d:%02d", r.random().between(7, 19), r.random().between(0, 59)))
				.column("form_payload", SqlType.JSON, r -> "{\"form\": \"" + r.text("src") + "-" + r.random().between(2019, 2026)
						+ "\", \"company_size\": \"" + r.random().pick(new String[] {"1-10", "11-50", "51-200", "201-1000", "1000+"})
						+ "\"" + (r.random().chance(0.3) ? ", \"callback\": \"" + Phones.any(r.person().country(), r.random()) + "\""
								: "") + "}").embeds("PHONE_NUMBER").sparse(0.4)
				.column("ld_note", TEXT, CrmDataset::leadNote).embeds("PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS").sparse(0.5)
				.build();
	}

	private static String leadNote(CorpusRow r) {
		SeededRandom random = r.random();
		Person other = People.draw(random);
		return switch (random.between(0, 6)) {
			case 0 -> "Met at the booth, interested in the " + random.pick(new String[] {"starter", "enterprise"}) + " plan.";
			case 1 -> "Assistant " + other.fullName() + " handles scheduling: " + Phones.any(other.country(), random);
			case 2 -> "Asked us to cc " + Values.privateEmail(other, random) + " on the proposal.";
			case 3 -> "Budget approved for Q" + random.between(1, 4) + ", decision in " + random.between(2, 10) + " weeks.";
			case 4 -> "Not interested. Do not contact before " + (TODAY.getYear() + 1) + ".";
			case 5 -> "Referred by " + other.fullName() + ".";
			default -> "Follow up.";
		};
	}

	private static CorpusTable opportunities() {
		return CorpusTable.named("Opportunity", 10000)
				.column("Id", varchar(18), r -> recordId("006", r.random()))
				.column("AccountId", varchar(18), r -> recordId("001", r.random()))
				.column("Name", varchar(160), r -> Values.organization(r.random()) + " - " + r.random().between(5, 900)
						+ " seats " + r.random().pick(new String[] {"renewal", "new business", "upsell"}))
				.embeds("ORGANIZATION_NAME")
				.column("StageName", varchar(20), r -> r.random().pick(STAGES))
				.column("Amount", decimal(12, 2), r -> Values.amount(r.random(), 1500, 2_500_000))
				.column("Probability", SMALLINT, r -> 10 * r.random().between(0, 10))
				.column("CloseDate", DATE, r -> Values.date(r.random(), START, TODAY.plusMonths(9)))
				.column("ForecastCategory", varchar(12), r -> r.random().pick(new String[] {"Pipeline", "BestCase", "Commit",
						"Omitted", "Closed"}))
				.column("NextStep", varchar(200), r -> Values.lorem(r.random(), 1)).sparse(0.4)
				.build();
	}

	private static CorpusTable tasks() {
		return CorpusTable.named("Task", 30000)
				.column("Id", varchar(18), r -> recordId("00T", r.random()))
				.column("WhoId", varchar(18), r -> recordId("003", r.random()))
				.column("Subject", varchar(80), r -> r.random().pick(new String[] {"Call", "Email", "Send quote", "Follow-up",
						"Demo", "Contract review"}))
				.column("Description", TEXT, CrmDataset::taskDescription).embeds("PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS")
				.sparse(0.35)
				.column("ActivityDate", DATE, r -> Values.date(r.random(), START, TODAY))
				.column("Status", varchar(16), r -> r.random().pick(new String[] {"Not Started", "In Progress", "Completed"}))
				.column("Priority", varchar(8), r -> r.random().pick(new String[] {"High", "Normal", "Low"}))
				.column("CallDurationInSeconds", INT, r -> r.random().between(0, 3600)).sparse(0.6)
				.column("CallDisposition", varchar(20), r -> r.random().pick(new String[] {"Connected", "Left voicemail",
						"No answer", "Wrong number"})).sparse(0.6)
				.build();
	}

	private static String taskDescription(CorpusRow r) {
		SeededRandom random = r.random();
		Person p = r.person();
		return switch (random.between(0, 5)) {
			case 0 -> "Spoke with " + p.fullName() + ", wants pricing for " + random.between(10, 500) + " users.";
			case 1 -> "Left voicemail on " + Phones.any(p.country(), random) + ".";
			case 2 -> "Sent deck to " + Values.workEmail(p, "client-" + random.between(1, 400) + ".example", random);
			case 3 -> "Demo went well; legal review next. " + Values.lorem(random, 1);
			case 4 -> "Rescheduled to next week.";
			default -> "Quote Q-" + random.between(10000, 99999) + " sent, valid " + random.between(14, 60) + " days.";
		};
	}

	private static Person fr(CorpusRow r) {
		return r.person("french", "FR");
	}

	private static CorpusTable frenchContacts() {
		return CorpusTable.named("contacts_fr", 1500)
				.column("id_contact", INT, r -> r.index() + 1)
				.column("civilite", varchar(4), r -> fr(r).female() ? "Mme" : "M.").optional("GENDER")
				.column("nom", varchar(80), r -> fr(r).family()).expect("PERSON_NAME")
				.column("prenom", varchar(80), r -> fr(r).given()).expect("PERSON_NAME")
				.column("courriel", varchar(160), r -> Values.privateEmail(fr(r), r.random())).expect("EMAIL_ADDRESS")
				.column("telephone", varchar(20), r -> Phones.national("FR", r.random())).expect("PHONE_NUMBER")
				.column("adresse", varchar(160), r -> r.place().streetLine()).expect("STREET_ADDRESS")
				.column("code_postal", varchar(5), r -> r.place().postalCode()).expect("POSTAL_CODE")
				.column("ville", varchar(80), r -> r.place().city()).expect("CITY")
				.column("pays", varchar(40), r -> Places.countryName(r.place().country(), "fr")).expect("COUNTRY")
				.column("date_naissance", varchar(10), r -> Values.dateText(fr(r).born(), "dd/MM/yyyy"))
				.expect("DATE_OF_BIRTH").sparse(0.7)
				.column("siren", varchar(9), r -> r.random().digits(9)).sparse(0.5)
				.column("montant_ca", decimal(12, 2), r -> Values.amount(r.random(), 0, 90000))
				.column("consentement_rgpd", BOOLEAN, r -> r.random().chance(0.7))
				.build();
	}

	private static CorpusTable campaigns() {
		return CorpusTable.named("email_campaigns", 5)
				.column("campaign_code", varchar(16), r -> "CMP-" + (2026 - r.index()) + "-" + (r.index() + 1))
				.column("subject_line", varchar(120), r -> new String[] {"Your Q4 product update", "Webinar: data governance 101",
						"We have moved!", "Last chance: early-bird pricing", "New in the app"}[r.index()])
				.column("sent_count", INT, r -> r.random().between(2000, 90000))
				.column("open_rate", decimal(5, 4), r -> BigDecimal.valueOf(r.random().between(800, 4200), 4))
				.column("click_rate", decimal(5, 4), r -> BigDecimal.valueOf(r.random().between(50, 900), 4))
				.column("template_md5", varchar(32), r -> Values.hex(r.random(), 16))
				.build();
	}

	private static CorpusTable users() {
		return CorpusTable.named("crm_users", 4)
				.column("Alias", varchar(8), r -> (r.person().asciiGiven().charAt(0) + r.person().asciiFamily()).substring(0,
						Math.min(8, 1 + r.person().asciiFamily().length()))).expect("USERNAME")
				.column("FullName", varchar(120), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("Email", varchar(160), r -> Values.workEmail(r.person(), "vendor-crm.example", r.random()))
				.expect("EMAIL_ADDRESS")
				.column("ProfileName", varchar(40), r -> r.index() == 0 ? "System Administrator" : "Sales User")
				.column("IsActive", BOOLEAN, r -> r.index() != 3)
				.build();
	}
}
