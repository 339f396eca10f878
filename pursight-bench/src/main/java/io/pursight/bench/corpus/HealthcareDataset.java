package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BIGINT;
import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.DATE;
import static io.pursight.bench.corpus.SqlType.DOUBLE;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.chars;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.NationalIds;
import io.pursight.synthetic.SeededRandom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * The electronic health record of a US community hospital (PHI): patients of every origin living in the US,
 * providers with their NPIs, encounters, coded diagnoses, prescriptions, insurance coverage with Medicare ids,
 * lab results and clinical notes whose free text names relatives, phone numbers and birth dates. Lab values,
 * units, LOINC and NDC codes, taxonomy codes, charges and room numbers are the hard negatives.
 */
final class HealthcareDataset implements CorpusDataset {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final LocalDate FIRST_VISIT = LocalDate.of(2019, 1, 1);
	private static final int PATIENTS = 12000;
	private static final int PROVIDERS = 180;
	private static final int ENCOUNTERS = 30000;
	private static final String[] LANGUAGES = {"en", "en", "en", "es", "es", "zh", "vi", "ar", "hi", "ko", "tl", "fr"};
	private static final String[] MARITAL = {"S", "M", "D", "W", "U"};
	private static final String[] ENCOUNTER_TYPES = {"OP", "OP", "OP", "ED", "IP", "TELE"};
	private static final String[] NOTE_TYPES = {"Progress Note", "H&P", "Discharge Summary", "Nursing Note", "Telephone Encounter"};

	@Override
	public String name() {
		return "healthcare";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(facility(), providers(), patients(), coverage(), encounters(), diagnoses(), prescriptions(),
				labResults(), clinicalNotes(), noteTemplates());
	}

	/** The patient's home in the US, drawn once per row so street, city, state and ZIP agree. */
	private static Place home(CorpusRow r) {
		Object place = r.value("_home");
		if (place == null) {
			place = Places.near("US", r.random());
			r.put("_home", place);
		}
		return (Place) place;
	}

	private static CorpusTable facility() {
		return CorpusTable.named("facility", 2)
				.column("facility_id", SMALLINT, r -> r.index() + 1)
				.column("facility_name", varchar(80), r -> List.of("Riverside Community Hospital",
						"Riverside Outpatient Center - East").get(r.index())).optional("ORGANIZATION_NAME")
				.column("org_npi", chars(10), r -> NationalIds.usNpi(r.random())).expect("US_NPI")
				.column("tax_id", varchar(10), r -> r.random().between(10, 98) + "-" + r.random().digits(7))
				.column("street", varchar(80), r -> home(r).streetLine()).expect("STREET_ADDRESS")
				.column("city", varchar(40), r -> home(r).city()).expect("CITY")
				.column("state", chars(2), r -> home(r).region()).expect("STATE_PROVINCE")
				.column("zip", varchar(10), r -> home(r).postalCode()).expect("POSTAL_CODE")
				.column("main_phone", varchar(20), r -> Phones.national("US", r.random())).expect("PHONE_NUMBER")
				.column("bed_count", SMALLINT, r -> r.index() == 0 ? 312 : 0)
				.build();
	}

	private static CorpusTable providers() {
		return CorpusTable.named("providers", PROVIDERS)
				.column("provider_id", INT, r -> r.index() + 1)
				.column("npi", chars(10), HealthcareDataset::providerNpi).expect("US_NPI")
				.column("provider_name", varchar(100), r -> r.person().family() + ", " + r.person().given()
						+ (r.random().chance(0.8) ? " MD" : r.random().chance(0.5) ? " DO" : " NP")).expect("PERSON_NAME")
				.column("specialty", varchar(60), r -> specialty(r)[0])
				.column("taxonomy_cd", varchar(10), r -> specialty(r)[1])
				.column("office_phone", varchar(20), r -> Phones.national("US", r.random())).expect("PHONE_NUMBER")
				.column("license_state", chars(2), r -> r.random().chance(0.85) ? home(r).region() : "NY")
				.optional("STATE_PROVINCE")
				.column("accepting_new", BOOLEAN, r -> r.random().chance(0.6))
				.column("fte", decimal(3, 2), r -> BigDecimal.valueOf(r.random().between(2, 10) * 10, 2))
				.build();
	}

	/** The NPI of provider {@code index}: the same draw wherever a table refers to that provider. */
	private static String npiOf(int index) {
		return NationalIds.usNpi(new SeededRandom(0x4E5049L + index));
	}

	private static String providerNpi(CorpusRow r) {
		return npiOf(r.index());
	}

	private static String[] specialty(CorpusRow r) {
		Object s = r.value("_specialty");
		if (s == null) {
			s = r.random().pick(ClinicalValues.SPECIALTIES);
			r.put("_specialty", s);
		}
		return (String[]) s;
	}

	private static CorpusTable patients() {
		return CorpusTable.named("patients", PATIENTS)
				.column("patient_id", INT, r -> r.index() + 1)
				.column("mrn", varchar(12), r -> ClinicalValues.mrn(r.index(), r.random())).expect("MEDICAL_RECORD_NUMBER")
				.column("first_name", varchar(60), r -> r.person().given()).expect("PERSON_NAME")
				.column("middle_initial", chars(1), r -> r.person().middle() == null ? null : r.person().middle().substring(0, 1))
				.optional("PERSON_NAME")
				.column("last_name", varchar(60), r -> r.person().family()).expect("PERSON_NAME")
				.column("sex", chars(1), r -> r.random().chance(0.01) ? "U" : r.person().female() ? "F" : "M").expect("GENDER")
				.column("birth_date", DATE, r -> r.person().born()).expect("DATE_OF_BIRTH")
				.column("deceased_date", DATE, r -> Values.date(r.random(), FIRST_VISIT, TODAY)).sparse(0.97)
				.column("address_line", varchar(100), r -> home(r).streetLine()).expect("STREET_ADDRESS")
				.column("city", varchar(40), r -> home(r).city()).expect("CITY")
				.column("state", chars(2), r -> home(r).region()).expect("STATE_PROVINCE")
				.column("zip", varchar(10), r -> home(r).postalCode() + (r.random().chance(0.2) ? "-" + r.random().digits(4) : ""))
				.expect("POSTAL_CODE")
				.column("home_phone", varchar(20), r -> Phones.national("US", r.random())).expect("PHONE_NUMBER").sparse(0.55)
				.column("cell_phone", varchar(20), r -> Phones.any("US", r.random())).expect("PHONE_NUMBER").sparse(0.15)
				.column("email", varchar(100), r -> Values.privateEmail(r.person(), r.random())).expect("EMAIL_ADDRESS")
				.sparse(0.45)
				.column("pref_language", varchar(5), r -> r.random().pick(LANGUAGES))
				.column("marital_status", chars(1), r -> r.random().pick(MARITAL))
				.column("ssn", varchar(11), r -> r.random().chance(0.3)
						? NationalIds.usSsn(r.random()).replaceFirst("(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3") : null).expect("US_SSN")
				.column("portal_enrolled", BOOLEAN, r -> r.random().chance(0.4))
				.column("registered_at", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2009, 5, 1), TODAY))
				.build();
	}

	private static CorpusTable coverage() {
		return CorpusTable.named("insurance_coverage", 14000)
				.column("coverage_id", INT, r -> r.index() + 1)
				.column("patient_id", INT, r -> r.random().between(1, PATIENTS))
				.column("payer_name", varchar(60), r -> payer(r)).optional("ORGANIZATION_NAME")
				.column("plan_type", varchar(6), r -> payer(r).startsWith("Medicare") ? "MCARE" : payer(r).startsWith("Medicaid")
						? "MCAID" : payer(r).equals("Self-pay") ? "SELF" : r.random().pick(new String[] {"PPO", "HMO", "EPO"}))
				.column("medicare_mbi", varchar(13), r -> payer(r).startsWith("Medicare") ? ClinicalValues.mbi(r.random()) : null)
				.expect("US_MBI")
				.column("member_id", varchar(14), r -> payer(r).equals("Self-pay") || payer(r).startsWith("Medicare") ? null
						: ClinicalValues.memberId(r.random()))
				.column("group_no", varchar(10), r -> payer(r).startsWith("Medic") ? null : r.random().digits(6))
				.column("subscriber_name", varchar(100), r -> r.person().familyFirst().toUpperCase(java.util.Locale.ROOT))
				.expect("PERSON_NAME").sparse(0.05)
				.column("subscriber_dob", varchar(10), r -> Values.dateText(r.person().born(), "MM/dd/yyyy")).expect("DATE_OF_BIRTH")
				.column("rel_to_subscriber", varchar(8), r -> r.random().pick(new String[] {"SELF", "SELF", "SELF", "SPOUSE", "CHILD"}))
				.column("effective_dt", DATE, r -> Values.date(r.random(), FIRST_VISIT, TODAY))
				.column("copay_amt", decimal(6, 2), r -> BigDecimal.valueOf(r.random().pick(new Integer[] {0, 10, 20, 25, 35, 50})))
				.column("priority", SMALLINT, r -> r.random().chance(0.85) ? 1 : 2)
				.build();
	}

	private static String payer(CorpusRow r) {
		Object p = r.value("_payer");
		if (p == null) {
			p = r.random().pick(ClinicalValues.PAYERS);
			r.put("_payer", p);
		}
		return (String) p;
	}

	private static CorpusTable encounters() {
		return CorpusTable.named("encounters", ENCOUNTERS)
				.column("encounter_id", BIGINT, r -> 7_000_000L + r.index())
				.column("patient_id", INT, r -> r.random().between(1, PATIENTS))
				.column("attending_npi", chars(10), r -> npiOf(r.random().between(0, PROVIDERS - 1))).expect("US_NPI")
				.column("enc_type", varchar(4), r -> r.random().pick(ENCOUNTER_TYPES))
				.column("admit_ts", TIMESTAMP, r -> admitted(r))
				.column("discharge_ts", TIMESTAMP, r -> admitted(r).plusHours(r.random().between(1, 160))).sparse(0.05)
				.column("age_at_visit", SMALLINT, r -> Period.between(r.person().born(), admitted(r).toLocalDate()).getYears())
				.expect("AGE")
				.column("room_no", varchar(6), r -> r.random().between(1, 6) + r.random().pick(new String[] {"A", "B", "C"}) + "-"
						+ r.random().between(1, 40)).sparse(0.6)
				.column("drg", chars(3), r -> String.format("%03d", r.random().between(1, 999))).sparse(0.7)
				.column("chief_complaint", varchar(120), r -> r.random().pick(ClinicalValues.DIAGNOSES)[1].toLowerCase(
						java.util.Locale.ROOT))
				.column("total_charge", decimal(10, 2), r -> Values.amount(r.random(), 85, 48000))
				.column("disposition", varchar(12), r -> r.random().pick(new String[] {"HOME", "HOME", "SNF", "AMA", "TRANSFER"}))
				.build();
	}

	private static LocalDateTime admitted(CorpusRow r) {
		Object t = r.value("_admit");
		if (t == null) {
			t = Values.timestamp(r.random(), FIRST_VISIT, TODAY);
			r.put("_admit", t);
		}
		return (LocalDateTime) t;
	}

	private static CorpusTable diagnoses() {
		return CorpusTable.named("diagnoses", 30000)
				.column("dx_id", BIGINT, r -> r.index() + 1L)
				.column("encounter_id", BIGINT, r -> 7_000_000L + r.random().between(0, ENCOUNTERS - 1))
				.column("dx_seq", SMALLINT, r -> r.random().between(1, 6))
				.column("icd10_cd", varchar(8), r -> ClinicalValues.icd10(diagnosis(r), r.random())).expect("ICD10_CODE")
				.column("dx_desc", varchar(120), r -> diagnosis(r)[1])
				.column("code_system", varchar(10), r -> "ICD-10-CM")
				.column("poa", chars(1), r -> r.random().pick(new String[] {"Y", "Y", "N", "U", "W"}))
				.column("is_principal", BOOLEAN, r -> (Integer) r.value("dx_seq") == 1)
				.build();
	}

	private static String[] diagnosis(CorpusRow r) {
		Object d = r.value("_dx");
		if (d == null) {
			d = r.random().pick(ClinicalValues.DIAGNOSES);
			r.put("_dx", d);
		}
		return (String[]) d;
	}

	private static CorpusTable prescriptions() {
		return CorpusTable.named("rx_orders", 15000)
				.column("rx_id", INT, r -> 900000 + r.index())
				.column("patient_id", INT, r -> r.random().between(1, PATIENTS))
				.column("prescriber_npi", chars(10), r -> npiOf(r.random().between(0, PROVIDERS - 1))).expect("US_NPI")
				.column("ndc", varchar(13), r -> ClinicalValues.ndc(r.random()))
				.column("drug", varchar(60), r -> drug(r)[0])
				.column("dose_form", varchar(10), r -> drug(r)[1])
				.column("sig", varchar(120), r -> drug(r)[2])
				.column("qty", SMALLINT, r -> r.random().pick(new Integer[] {14, 28, 30, 60, 90}))
				.column("refills", SMALLINT, r -> r.random().between(0, 5))
				.column("written_on", DATE, r -> Values.date(r.random(), FIRST_VISIT, TODAY))
				.column("pharmacy_phone", varchar(20), r -> Phones.national("US", r.random())).expect("PHONE_NUMBER").sparse(0.3)
				.column("erx_msg_id", varchar(32), r -> Values.hex(r.random(), 16))
				.build();
	}

	private static String[] drug(CorpusRow r) {
		Object d = r.value("_drug");
		if (d == null) {
			d = r.random().pick(ClinicalValues.DRUGS);
			r.put("_drug", d);
		}
		return (String[]) d;
	}

	private static CorpusTable labResults() {
		return CorpusTable.named("LabResults", 30000)
				.column("resultId", BIGINT, r -> 31_000_000L + r.index())
				.column("encounterId", BIGINT, r -> 7_000_000L + r.random().between(0, ENCOUNTERS - 1))
				.column("loincCode", varchar(10), r -> test(r)[0])
				.column("testName", varchar(100), r -> test(r)[1])
				.column("resultValue", DOUBLE, r -> labValue(r).doubleValue())
				.column("resultText", varchar(12), r -> labValue(r).toPlainString())
				.column("units", varchar(10), r -> test(r)[2])
				.column("refRange", varchar(16), r -> test(r)[3] + "-" + test(r)[4])
				.column("abnFlag", chars(1), r -> ClinicalValues.flag(test(r), labValue(r)))
				.column("specimenId", varchar(14), r -> "SP" + (19 + r.index() % 8) + "-" + String.format("%07d", r.index()))
				.column("collectedAt", TIMESTAMP, r -> Values.timestamp(r.random(), FIRST_VISIT, TODAY))
				.build();
	}

	private static String[] test(CorpusRow r) {
		Object t = r.value("_test");
		if (t == null) {
			t = r.random().pick(ClinicalValues.LAB_TESTS);
			r.put("_test", t);
		}
		return (String[]) t;
	}

	private static BigDecimal labValue(CorpusRow r) {
		Object v = r.value("_value");
		if (v == null) {
			v = ClinicalValues.labValue(test(r), r.random());
			r.put("_value", v);
		}
		return (BigDecimal) v;
	}

	private static CorpusTable clinicalNotes() {
		return CorpusTable.named("clinical_notes", 6000)
				.column("note_id", INT, r -> r.index() + 1)
				.column("encounter_id", BIGINT, r -> 7_000_000L + r.random().between(0, ENCOUNTERS - 1))
				.column("note_type", varchar(24), r -> r.random().pick(NOTE_TYPES))
				.column("author_provider_id", INT, r -> r.random().between(1, PROVIDERS))
				.column("note_text", TEXT, HealthcareDataset::note).embeds("PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH")
				.column("signed", BOOLEAN, r -> r.random().chance(0.93))
				.column("signed_at", TIMESTAMP, r -> Values.timestamp(r.random(), FIRST_VISIT, TODAY)).sparse(0.07)
				.column("word_count", SMALLINT, r -> r.text("note_text").split("\\s+").length)
				.build();
	}

	/** A note as clinicians write them: vitals and plans, and in some the names, numbers and birth dates of people. */
	private static String note(CorpusRow r) {
		SeededRandom random = r.random();
		Person patient = r.person();
		Person relative = People.draw(random);
		String age = Period.between(patient.born(), TODAY).getYears() + " y/o " + (patient.female() ? "F" : "M");
		String[] dx = random.pick(ClinicalValues.DIAGNOSES);
		return switch (random.between(0, 7)) {
			case 0 -> age + " presenting with " + dx[1].toLowerCase(java.util.Locale.ROOT) + ". " + ClinicalValues.vitals(random)
					+ ". Plan: follow up in " + random.between(1, 6) + " weeks.";
			case 1 -> "Pt identity verified with name and DOB " + Values.dateText(patient.born(), "MM/dd/yyyy") + ". "
					+ ClinicalValues.vitals(random) + ".";
			case 2 -> "Spoke with " + (relative.female() ? "daughter " : "son ") + relative.fullName() + " at "
					+ Phones.national("US", random) + " re: discharge planning. Agrees with SNF placement.";
			case 3 -> "Assessment: " + dx[0] + " " + dx[1] + ". Continue current meds, recheck labs in " + random.between(2, 12)
					+ " weeks.";
			case 4 -> "Telephone call from pt, callback number " + Phones.any("US", random) + ". Reports symptoms improved.";
			case 5 -> "Interpreter used (" + random.pick(new String[] {"Spanish", "Mandarin", "Vietnamese", "Arabic"})
					+ "). Wife " + relative.given() + " present for the visit.";
			case 6 -> "No acute distress. Lungs clear bilaterally. RRR, no murmurs. Abdomen soft, non-tender.";
			default -> "Discharged home in stable condition. Return precautions given. " + ClinicalValues.vitals(random) + ".";
		};
	}

	private static CorpusTable noteTemplates() {
		return CorpusTable.named("note_templates", 3)
				.column("template_id", SMALLINT, r -> r.index() + 1)
				.column("template_code", varchar(12), r -> List.of("SOAP-GEN", "DC-SUM", "TEL-ENC").get(r.index()))
				.column("body", TEXT, r -> Values.lorem(r.random(), 4))
				.column("version", varchar(8), r -> "v" + (r.index() + 1) + "." + r.random().between(0, 9))
				.column("active", BOOLEAN, r -> true)
				.build();
	}
}
