package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.DATE;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.chars;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.CompanyIds;
import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The order and customer application of a tool retailer in Germany with customers in Austria and Switzerland,
 * written with German names throughout (Kunden, Bestellungen, Rechnungen, Mitarbeiter…) and German data formats:
 * dates as dd.MM.yyyy text, phone numbers in every office spelling, Steuer-IDs, IBANs, umlauts; plus the customer
 * table of its French shop with French column names. Order, invoice and article numbers, EANs, prices, VAT rates
 * and storage places are the hard negatives.
 */
final class DeAppDataset implements CorpusDataset {
	private static final LocalDate HEUTE = LocalDate.of(2026, 11, 30);
	private static final int KUNDEN = 8000;
	private static final String[] ZAHLUNGSARTEN = {"Lastschrift", "Rechnung", "Vorkasse", "PayPal", "Kreditkarte"};
	private static final String[] VERSANDARTEN = {"DHL Paket", "Hermes", "DPD", "Abholung", "Spedition"};
	private static final String[] STATUS = {"offen", "versandt", "versandt", "versandt", "storniert", "retour"};
	private static final String[] ABTEILUNGEN = {"Vertrieb", "Lager", "Buchhaltung", "Kundenservice", "Einkauf", "IT"};
	private static final String[] KRANKENKASSEN = {"AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit",
			"IKK classic", "KKH"};

	@Override
	public String name() {
		return "de_app";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(einstellungen(), benutzer(), mitarbeiter(), artikel(), kunden(), bestellungen(), rechnungen(),
				clientsFr());
	}

	/** The customer of the row, drawn once: a person living in Germany, Austria or Switzerland. */
	private static Person kunde(CorpusRow r) {
		Object p = r.value("_kunde");
		if (p == null) {
			p = GermanValues.dachPerson(r.random());
			r.put("_kunde", p);
		}
		return (Person) p;
	}

	private static Place wohnort(CorpusRow r) {
		Object p = r.value("_wohnort");
		if (p == null) {
			p = Places.near(kunde(r).country(), r.random());
			r.put("_wohnort", p);
		}
		return (Place) p;
	}

	private static CorpusTable einstellungen() {
		List<String[]> werte = List.of(new String[] {"mwst_standard", "19"}, new String[] {"rechnungs_praefix", "RE-"},
				new String[] {"waehrung", "EUR"});
		return CorpusTable.named("einstellungen", werte.size())
				.column("schluessel", varchar(40), r -> werte.get(r.index())[0])
				.column("wert", varchar(80), r -> werte.get(r.index())[1])
				.column("geaendert_am", TIMESTAMP, r -> Values.timestamp(r.random(), LocalDate.of(2020, 1, 1), HEUTE))
				.build();
	}

	private static CorpusTable benutzer() {
		return CorpusTable.named("benutzer", 4)
				.column("benutzer_id", SMALLINT, r -> r.index() + 1)
				.column("benutzername", varchar(40), r -> Values.username(kunde(r), r.random())).expect("USERNAME")
				.column("passwort", varchar(80), r -> Values.bcrypt(r.random())).expect("PASSWORD")
				.column("rolle", varchar(20), r -> List.of("admin", "buchhaltung", "lager", "service").get(r.index()))
				.column("letzte_anmeldung", TIMESTAMP, r -> Values.timestamp(r.random(), HEUTE.minusDays(40), HEUTE))
				.build();
	}

	private static CorpusTable mitarbeiter() {
		return CorpusTable.named("mitarbeiter", 60)
				.column("personalnr", varchar(6), r -> String.format("P%04d", 1 + r.index() * 3))
				.column("vorname", varchar(60), r -> kunde(r).given()).expect("PERSON_NAME")
				.column("nachname", varchar(60), r -> kunde(r).family()).expect("PERSON_NAME")
				.column("geburtstag", DATE, r -> kunde(r).born()).expect("DATE_OF_BIRTH")
				.column("steuerid", varchar(14), r -> GermanValues.steuerId(r.random())).expect("DE_TAX_ID")
				.column("krankenkasse", varchar(40), r -> r.random().pick(KRANKENKASSEN)).optional("ORGANIZATION_NAME")
				.column("bankverbindung", varchar(34), r -> GermanValues.iban("DE", r.random())).expect("IBAN")
				.column("eintrittsdatum", DATE, r -> Values.date(r.random(), LocalDate.of(1998, 4, 1), HEUTE))
				.column("bruttogehalt", decimal(8, 2), r -> Values.amount(r.random(), 2400, 7800))
				.column("abteilung", varchar(20), r -> r.random().pick(ABTEILUNGEN))
				.column("durchwahl", varchar(5), r -> "-" + r.random().between(100, 399))
				.column("dienst_email", varchar(80), r -> Values.workEmail(kunde(r), "werkzeug-brenner.de", r.random()))
				.expect("EMAIL_ADDRESS")
				.build();
	}

	private static CorpusTable artikel() {
		return CorpusTable.named("artikel", 1200)
				.column("artikelnummer", varchar(10), r -> "ART-" + (10000 + r.index() * 7))
				.column("ean", chars(13), r -> Serials.ean13("40", r.random()))
				.column("bezeichnung", varchar(60), r -> GermanValues.ARTIKEL.get(r.index() % GermanValues.ARTIKEL.size())[0]
						+ (r.index() < GermanValues.ARTIKEL.size() ? "" : ", Variante " + (r.index() / GermanValues.ARTIKEL.size())))
				.column("gewicht_kg", decimal(6, 2), r -> new BigDecimal(GermanValues.ARTIKEL.get(r.index()
						% GermanValues.ARTIKEL.size())[1]))
				.column("preis_netto", decimal(8, 2), r -> new BigDecimal(GermanValues.ARTIKEL.get(r.index()
						% GermanValues.ARTIKEL.size())[2]))
				.column("lagerplatz", varchar(10), r -> "Regal " + (char) ('A' + r.random().between(0, 7)) + "-" + r.random()
						.between(1, 40))
				.column("beschreibung", TEXT, r -> Values.lorem(r.random(), 3)).sparse(0.3)
				.column("aktiv", BOOLEAN, r -> r.random().chance(0.9))
				.build();
	}

	private static CorpusTable kunden() {
		return CorpusTable.named("kunden", KUNDEN)
				.column("kundennummer", varchar(10), r -> "K-" + (100000 + r.index()))
				.column("anrede", varchar(6), r -> r.random().chance(0.01) ? "divers" : kunde(r).female() ? "Frau" : "Herr")
				.optional("GENDER")
				.column("titel", varchar(10), r -> r.random().pick(new String[] {"Dr.", "Dr.", "Prof.", "Dipl.-Ing."})).sparse(0.9)
				.column("vorname", varchar(60), r -> kunde(r).given()).expect("PERSON_NAME")
				.column("nachname", varchar(60), r -> kunde(r).family()).expect("PERSON_NAME")
				.column("geburtsdatum", varchar(10), r -> Values.dateText(kunde(r).born(), r.random().chance(0.9) ? "dd.MM.yyyy"
						: "yyyy-MM-dd")).expect("DATE_OF_BIRTH").sparse(0.3)
				.column("strasse", varchar(80), r -> wohnort(r).street()).expect("STREET_ADDRESS")
				.column("hausnr", varchar(8), r -> wohnort(r).houseNumber()).optional("STREET_ADDRESS")
				.column("plz", varchar(5), r -> wohnort(r).postalCode()).expect("POSTAL_CODE")
				.column("ort", varchar(60), r -> wohnort(r).city()).expect("CITY")
				.column("land", varchar(20), r -> r.random().chance(0.8) ? Places.countryName(kunde(r).country(), "de")
						: kunde(r).country()).expect("COUNTRY")
				.column("telefon", varchar(24), r -> GermanValues.telefon(kunde(r).country(), false, r.random()))
				.expect("PHONE_NUMBER").sparse(0.4)
				.column("mobil", varchar(24), r -> GermanValues.telefon(kunde(r).country(), true, r.random()))
				.expect("PHONE_NUMBER").sparse(0.3)
				.column("e_mail", varchar(100), r -> Values.privateEmail(kunde(r), r.random())).expect("EMAIL_ADDRESS").sparse(0.1)
				.column("steuer_id", varchar(14), r -> kunde(r).country().equals("DE") && r.random().chance(0.4)
						? GermanValues.steuerId(r.random()) : null).expect("DE_TAX_ID")
				.column("iban", varchar(34), r -> GermanValues.iban(kunde(r).country(), r.random())).expect("IBAN").sparse(0.5)
				.column("kunde_seit", DATE, r -> Values.date(r.random(), LocalDate.of(2003, 1, 1), HEUTE))
				.column("umsatz_gesamt", decimal(10, 2), r -> Values.amount(r.random(), 0, 25000))
				.column("newsletter", BOOLEAN, r -> r.random().chance(0.35))
				.column("bemerkung", TEXT, DeAppDataset::bemerkung).embeds("PERSON_NAME", "PHONE_NUMBER", "STREET_ADDRESS")
				.sparse(0.6)
				.build();
	}

	/** What the service desk notes about a customer: call-back numbers, relatives, moves, and plain remarks. */
	private static String bemerkung(CorpusRow r) {
		SeededRandom random = r.random();
		Person angehoerige = GermanValues.dachPerson(random);
		Place neu = Places.near(kunde(r).country(), random);
		return switch (random.between(0, 7)) {
			case 0 -> "Rückruf erbeten unter " + GermanValues.telefon(kunde(r).country(), true, random);
			case 1 -> (angehoerige.female() ? "Ehefrau " : "Sohn ") + angehoerige.given() + " " + kunde(r).family()
					+ " kümmert sich um die Rechnungen.";
			case 2 -> "Umzug zum " + Values.dateText(HEUTE.minusDays(random.between(10, 900)), "dd.MM.yyyy") + " nach "
					+ neu.streetLine() + ", " + neu.postalCode() + " " + neu.city();
			case 3 -> "Lieferung nur nachmittags, bitte nicht beim Nachbarn abgeben.";
			case 4 -> "Kunde wünscht keine Werbung (Widerspruch nach Art. 21 DSGVO).";
			case 5 -> "Ansprechpartner im Betrieb: " + (angehoerige.female() ? "Frau " : "Herr ") + angehoerige.family();
			case 6 -> "Zahlt immer pünktlich, Skonto 2 % gewährt.";
			default -> "Reklamation " + random.between(2023, 2026) + "-" + random.digits(4) + " erledigt.";
		};
	}

	private static CorpusTable bestellungen() {
		return CorpusTable.named("bestellungen", 30000)
				.column("bestellnr", varchar(12), r -> "B" + (2_400_000 + r.index()))
				.column("kundennr", varchar(10), r -> "K-" + (100000 + r.random().between(0, KUNDEN - 1)))
				.column("bestelldatum", varchar(10), r -> Values.dateText(Values.date(r.random(), LocalDate.of(2022, 1, 1), HEUTE),
						"dd.MM.yyyy"))
				.column("artikelnr", varchar(10), r -> "ART-" + (10000 + r.random().between(0, 1199) * 7))
				.column("menge", SMALLINT, r -> r.random().chance(0.8) ? 1 : r.random().between(2, 25))
				.column("einzelpreis", decimal(8, 2), r -> new BigDecimal(r.random().pick(GermanValues.ARTIKEL)[2]))
				.column("mwst_satz", decimal(4, 2), r -> r.random().chance(0.95) ? new BigDecimal("19.00") : new BigDecimal("7.00"))
				.column("versandart", varchar(12), r -> r.random().pick(VERSANDARTEN))
				.column("lieferadresse", varchar(120), r -> wohnort(r).oneLine()).expect("STREET_ADDRESS").sparse(0.8)
				.column("status", varchar(10), r -> r.random().pick(STATUS))
				.build();
	}

	private static CorpusTable rechnungen() {
		return CorpusTable.named("rechnungen", 20000)
				.column("rechnungsnr", varchar(16), r -> "RE-" + (2022 + r.index() / 6000) + "-" + String.format("%06d", r.index()))
				.column("kundennr", varchar(10), r -> "K-" + (100000 + r.random().between(0, KUNDEN - 1)))
				.column("rechnungsdatum", DATE, r -> datum(r))
				.column("faellig_am", DATE, r -> datum(r).plusDays(r.random().pick(new Integer[] {14, 14, 30})))
				.column("betrag_brutto", decimal(10, 2), r -> Values.amount(r.random(), 4.99, 3500))
				.column("ust_idnr", varchar(14), r -> CompanyIds.vatNumber(r.random().chance(0.85) ? "DE" : "AT", r.random()))
				.expect("VAT_ID").sparse(0.85)
				.column("zahlungsart", varchar(12), r -> r.random().pick(ZAHLUNGSARTEN))
				.column("verwendungszweck", varchar(60), r -> r.text("rechnungsnr") + " Kd-Nr " + r.text("kundennr"))
				.column("bezahlt", BOOLEAN, r -> r.random().chance(0.9))
				.build();
	}

	private static LocalDate datum(CorpusRow r) {
		Object d = r.value("_datum");
		if (d == null) {
			d = Values.date(r.random(), LocalDate.of(2022, 1, 1), HEUTE);
			r.put("_datum", d);
		}
		return (LocalDate) d;
	}

	private static Person client(CorpusRow r) {
		Object p = r.value("_client");
		if (p == null) {
			p = GermanValues.frenchPerson(r.random());
			r.put("_client", p);
		}
		return (Person) p;
	}

	private static Place adresse(CorpusRow r) {
		Object p = r.value("_adresse");
		if (p == null) {
			p = Places.near("FR", r.random());
			r.put("_adresse", p);
		}
		return (Place) p;
	}

	private static CorpusTable clientsFr() {
		return CorpusTable.named("clients_fr", 3000)
				.column("numéro_client", varchar(10), r -> "FR" + (500000 + r.index()))
				.column("civilité", varchar(4), r -> client(r).female() ? "Mme" : "M.").optional("GENDER")
				.column("nom", varchar(60), r -> client(r).family()).expect("PERSON_NAME")
				.column("prénom", varchar(60), r -> client(r).given()).expect("PERSON_NAME")
				.column("date_naissance", varchar(10), r -> Values.dateText(client(r).born(), "dd/MM/yyyy")).expect("DATE_OF_BIRTH")
				.column("courriel", varchar(100), r -> Values.privateEmail(client(r), r.random())).expect("EMAIL_ADDRESS")
				.column("téléphone", varchar(20), r -> GermanValues.frenchPhone(r.random())).expect("PHONE_NUMBER").sparse(0.2)
				.column("numéro_sécu", varchar(21), r -> GermanValues.nir(client(r), r.random())).expect("FR_INSEE").sparse(0.6)
				.column("adresse", varchar(80), r -> adresse(r).streetLine()).expect("STREET_ADDRESS")
				.column("code_postal", chars(5), r -> adresse(r).postalCode()).expect("POSTAL_CODE")
				.column("ville", varchar(40), r -> adresse(r).city()).expect("CITY")
				.column("date_inscription", DATE, r -> Values.date(r.random(), LocalDate.of(2015, 1, 1), HEUTE))
				.column("points_fidélité", INT, r -> r.random().between(0, 4000))
				.column("remarque", TEXT, r -> r.random().chance(0.5) ? "Livraison en point relais uniquement."
						: "Client fidèle, remise de " + r.random().between(5, 15) + " % accordée.").sparse(0.7)
				.build();
	}
}
