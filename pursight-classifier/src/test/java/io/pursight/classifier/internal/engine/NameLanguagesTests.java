package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Column names as people write them: run together, abbreviated, in other European languages. */
class NameLanguagesTests {
	private static final NameVocabulary VOCABULARY = BuiltInVocabulary.VOCABULARY;
	private static final ColumnWords WORDS = BuiltInVocabulary.WORDS;

	private static Set<SensitiveType> positives(String column) {
		Map<SensitiveType, NameFinding> findings = VOCABULARY.read(WORDS.ofIdentifier(column), NameContext.NONE,
				"column name", true);
		Set<SensitiveType> out = EnumSet.noneOf(SensitiveType.class);
		findings.forEach((type, finding) -> {
			if (finding.isPositive()) {
				out.add(type);
			}
		});
		return out;
	}

	@ParameterizedTest
	@CsvSource({"mothersmaiden, mother maiden", "emailaddr, email address", "telephonenumber, telephone number",
			"custfname, customer first name", "dateofbirth, dateofbirth", "placeofbirth, place of birth",
			"addr1, address", "ph_no, phone no", "fname, first name", "lname, last name", "mob, mobile",
			"cc_num, credit card num", "acctno, acct no", "dob, date of birth", "cust_nm, customer name",
			"ipaddr, ip address", "birthdt, birth date", "Straße, strasse", "prénom, prenom"})
	void writesOutRunTogetherAndAbbreviatedWords(String column, String words) {
		assertThat(String.join(" ", WORDS.ofIdentifier(column))).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource({"mothersmaiden, PERSON_NAME", "emailaddr, EMAIL_ADDRESS", "telephonenumber, PHONE_NUMBER",
			"custfname, PERSON_NAME", "firstname, PERSON_NAME", "dateofbirth, DATE_OF_BIRTH", "zipcode, POSTAL_CODE",
			"dob, DATE_OF_BIRTH", "ssn, US_SSN", "addr1, STREET_ADDRESS", "ph_no, PHONE_NUMBER", "fname, PERSON_NAME",
			"lname, PERSON_NAME", "tel, PHONE_NUMBER", "mob, PHONE_NUMBER", "cc_num, CREDIT_CARD_NUMBER",
			"acct_no, BANK_ACCOUNT_NUMBER", "remoteaddr, IP_ADDRESS", "usr_pwd, PASSWORD", "mobno, PHONE_NUMBER"})
	void readsRunTogetherAndAbbreviatedNames(String column, SensitiveType type) {
		assertThat(positives(column)).containsExactly(type);
	}

	@ParameterizedTest
	@CsvSource({"nachname, PERSON_NAME", "vorname, PERSON_NAME", "geburtsdatum, DATE_OF_BIRTH",
			"strasse, STREET_ADDRESS", "straße, STREET_ADDRESS", "telefonnummer, PHONE_NUMBER",
			"postleitzahl, POSTAL_CODE", "geburtsort, CITY", "prénom, PERSON_NAME", "courriel, EMAIL_ADDRESS",
			"date_de_naissance, DATE_OF_BIRTH", "adresse, STREET_ADDRESS", "téléphone, PHONE_NUMBER",
			"code_postal, POSTAL_CODE", "numéro_de_téléphone, PHONE_NUMBER", "adresse_email, EMAIL_ADDRESS",
			"lieu_de_naissance, CITY", "telefono, PHONE_NUMBER", "apellido, PERSON_NAME",
			"fecha_de_nacimiento, DATE_OF_BIRTH", "correo_electrónico, EMAIL_ADDRESS", "cognome, PERSON_NAME",
			"data_di_nascita, DATE_OF_BIRTH", "città, CITY", "achternaam, PERSON_NAME",
			"geboortedatum, DATE_OF_BIRTH", "telefoonnummer, PHONE_NUMBER", "woonplaats, CITY",
			"correo, EMAIL_ADDRESS", "nascimento, DATE_OF_BIRTH", "data_nascimento, DATE_OF_BIRTH",
			"endereço, STREET_ADDRESS", "sobrenome, PERSON_NAME", "ip_adresse, IP_ADDRESS", "contraseña, PASSWORD"})
	void readsNamesInOtherEuropeanLanguages(String column, SensitiveType type) {
		assertThat(positives(column)).containsExactly(type);
	}

	@Test
	void readsAGenericForeignNameOnlyInAPersonTable() {
		NameContext people = new NameContext(true, false, false);
		assertThat(positives("nom")).isEmpty();
		assertThat(VOCABULARY.read(WORDS.ofIdentifier("nom"), people, "column name", true)
				.get(SensitiveType.PERSON_NAME).isPositive()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"status", "sku", "order_no", "product_code", "description", "created_at", "quantity",
			"amount", "hash", "version", "notes", "xq7", "zzkb", "tenant", "scandate", "usage", "postage", "passage",
			"lineage", "shortage", "brokerage", "export", "island", "mainland", "homeland", "landline", "landmark",
			"bypass", "pinpoint", "keyboard", "macro", "custody", "customs", "phase", "statement", "estate",
			"mobility", "cellular", "telemetry", "nominal", "update", "mandate", "message", "hostname", "pathname",
			"typename", "codename", "zipfile", "email_verified", "customerid", "accountant", "kundennummer"})
	void leavesOrdinaryWordsAndTheirAccidentalPiecesAlone(String column) {
		assertThat(positives(column)).isEmpty();
	}

	@Test
	void keepsAnAbbreviationThatIsStrongerThanItsExpansion() {
		Map<SensitiveType, NameFinding> accountId = VOCABULARY.read(WORDS.ofIdentifier("account_id"), NameContext.NONE,
				"column name", true);
		assertThat(accountId.get(SensitiveType.BANK_ACCOUNT_NUMBER).isStrong()).isFalse();
	}

	@Test
	void doesNotReadANamePlateAsAPersonName() {
		assertThat(positives("nameplate_id")).doesNotContain(SensitiveType.PERSON_NAME);
		assertThat(positives("nameplate")).doesNotContain(SensitiveType.PERSON_NAME);
	}

	@Test
	void doesNotWriteOutTwoLetterAbbreviationsInFreeText() {
		assertThat(WORDS.ofText("pH of the sample, cc the owner")).doesNotContain("phone", "credit");
		assertThat(WORDS.ofText("customer DOB")).containsExactly("customer", "date", "of", "birth");
	}

	@Test
	void leavesTheForeignPhrasesOfADisabledTypeOut() {
		List<NameVocabulary.Phrase> onlyEmail = new ArrayList<>();
		for (TypeDetector d : BuiltInDetectors.all()) {
			if (d.type == SensitiveType.EMAIL_ADDRESS) {
				onlyEmail.addAll(d.phrases);
			}
		}
		NameVocabulary vocabulary = new NameVocabulary(onlyEmail, Set.of(), Set.of());
		ColumnWords words = new ColumnWords(vocabulary.knownWords());
		assertThat(vocabulary.read(words.ofIdentifier("courriel"), NameContext.NONE, "column name", true))
				.containsKey(SensitiveType.EMAIL_ADDRESS);
		assertThat(vocabulary.read(words.ofIdentifier("telefonnummer"), NameContext.NONE, "column name", true))
				.isEmpty();
	}
}
