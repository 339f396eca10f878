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

import io.pursight.synthetic.Serials;
import io.pursight.synthetic.SeededRandom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A parcel carrier with hubs in Europe and New Jersey: shipments to consignees in many countries, an address book
 * with every postal code format, parcels with their measurements, the US drivers with licence numbers, vehicles
 * with VINs, plates and telematics units, GPS fixes, and tracking events with the drivers' free-text notes.
 * Tracking numbers (one passes a mod-11 check), SSCC and EAN labels, HS codes, weights, dimensions, speeds and
 * headings are the hard negatives.
 */
final class LogisticsDataset implements CorpusDataset {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final int SHIPMENTS = 30000;
	private static final int VEHICLES = 350;
	private static final String[] SERVICES = {"EXPRESS", "ECONOMY", "ECONOMY", "SAMEDAY", "FREIGHT"};
	private static final String[] INCOTERMS = {"DAP", "DDP", "EXW", "FCA", "CPT"};
	private static final String[] STATUS = {"PU", "AF", "DF", "OD", "DL", "DL", "NH", "RT"};
	private static final String[] UNLOCODES = {"DEHAM", "DEFRA", "NLRTM", "GBLHR", "ESMAD", "USEWR", "FRCDG", "PLWAW"};
	private static final String[] MAKES = {"Mercedes-Benz Sprinter", "Ford Transit", "Renault Master", "Iveco Daily",
			"Volkswagen Crafter", "Freightliner M2", "MAN TGL", "Ram ProMaster"};
	private static final String[] DL_STATES = {"NJ", "NJ", "NJ", "NY", "NY", "PA", "CA", "TX", "FL", "IL"};
	private static final String[] LANGUAGES = {"en", "en", "de", "fr", "es", "local"};

	@Override
	public String name() {
		return "logistics";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(hubs(), rateCard(), addressBook(), shipments(), parcels(), drivers(), vehicles(), gpsPings(),
				trackingEvents());
	}

	private static CorpusTable hubs() {
		List<String[]> hubs = FreightValues.HUBS;
		return CorpusTable.named("hubs", hubs.size())
				.column("hub_code", chars(4), r -> hubs.get(r.index())[0])
				.column("street", varchar(60), r -> hubs.get(r.index())[1]).expect("STREET_ADDRESS")
				.column("city", varchar(40), r -> hubs.get(r.index())[2]).expect("CITY")
				.column("postcode", varchar(10), r -> hubs.get(r.index())[3]).expect("POSTAL_CODE")
				.column("country", chars(2), r -> hubs.get(r.index())[4]).expect("COUNTRY")
				.column("latitude", decimal(9, 6), r -> new BigDecimal(hubs.get(r.index())[5])).expect("GEO_COORDINATES")
				.column("longitude", decimal(9, 6), r -> new BigDecimal(hubs.get(r.index())[6])).expect("GEO_COORDINATES")
				.column("dock_doors", SMALLINT, r -> r.random().between(12, 96))
				.column("floor_sqm", INT, r -> 1000 * r.random().between(8, 60))
				.column("duty_phone", varchar(24), r -> Phones.international(hubs.get(r.index())[4], r.random()))
				.expect("PHONE_NUMBER")
				.build();
	}

	private static CorpusTable rateCard() {
		return CorpusTable.named("rate_card", 4)
				.column("zone", chars(2), r -> "Z" + (r.index() + 1))
				.column("max_kg", decimal(6, 1), r -> BigDecimal.valueOf(List.of(20, 50, 100, 310).get(r.index()), 1))
				.column("price", decimal(8, 2), r -> BigDecimal.valueOf(List.of(499, 799, 1249, 1999).get(r.index()), 2))
				.column("currency", chars(3), r -> "EUR")
				.column("fuel_surcharge_pct", decimal(4, 2), r -> new BigDecimal("14.25"))
				.build();
	}

	private static CorpusTable addressBook() {
		return CorpusTable.named("addr_book", 20000)
				.column("addr_id", INT, r -> r.index() + 1)
				.column("street1", varchar(100), r -> place(r).streetLine()).expect("STREET_ADDRESS")
				.column("street2", varchar(60), r -> r.random().pick(new String[] {"c/o ", "Hinterhaus, ", "Unit ", "Bldg ",
						"Escalera B, "}) + r.random().between(1, 30)).optional("STREET_ADDRESS").sparse(0.75)
				.column("city", varchar(60), r -> place(r).city()).expect("CITY")
				.column("region", varchar(60), r -> place(r).region()).expect("STATE_PROVINCE").sparse(0.35)
				.column("postal_code", varchar(12), r -> place(r).postalCode()).expect("POSTAL_CODE")
				.column("country_name", varchar(60), r -> Places.countryName(place(r).country(), r.random().pick(LANGUAGES)))
				.expect("COUNTRY")
				.column("validated", BOOLEAN, r -> r.random().chance(0.8))
				.column("geocode_quality", varchar(12), r -> r.random().pick(new String[] {"ROOFTOP", "INTERPOLATED", "CENTROID"}))
				.column("last_used", DATE, r -> Values.date(r.random(), LocalDate.of(2021, 1, 1), TODAY))
				.build();
	}

	/** A delivery address anywhere in the world, drawn once per row. */
	private static Place place(CorpusRow r) {
		Object p = r.value("_place");
		if (p == null) {
			p = Places.anywhere(r.random());
			r.put("_place", p);
		}
		return (Place) p;
	}

	private static CorpusTable shipments() {
		return CorpusTable.named("shipments", SHIPMENTS)
				.column("shipment_id", BIGINT, r -> 40_000_000L + r.index())
				.column("tracking_no", varchar(24), r -> FreightValues.trackingNumber(r.random()))
				.column("order_ref", varchar(20), r -> r.random().pick(new String[] {"PO-", "SO", "#", ""}) + r.random().digits(7))
				.column("origin_hub", chars(4), r -> r.random().pick(FreightValues.HUBS)[0])
				.column("service", varchar(8), r -> r.random().pick(SERVICES))
				.column("ship_date", DATE, r -> shipped(r))
				.column("eta", DATE, r -> shipped(r).plusDays(r.random().between(1, 9)))
				.column("consignee_name", varchar(80), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("consignee_company", varchar(80), r -> Values.company(r.random())).optional("ORGANIZATION_NAME")
				.sparse(0.7)
				.column("consignee_phone", varchar(24), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.sparse(0.1)
				.column("consignee_email", varchar(100), r -> Values.privateEmail(r.person(), r.random())).expect("EMAIL_ADDRESS")
				.sparse(0.5)
				.column("dest_addr_id", INT, r -> r.random().between(1, 20000))
				.column("incoterm", chars(3), r -> r.random().pick(INCOTERMS))
				.column("declared_value", decimal(10, 2), r -> Values.amount(r.random(), 5, 4000))
				.column("cod_amount", decimal(10, 2), r -> Values.amount(r.random(), 10, 900)).sparse(0.95)
				.build();
	}

	private static LocalDate shipped(CorpusRow r) {
		Object d = r.value("_shipped");
		if (d == null) {
			d = Values.date(r.random(), LocalDate.of(2024, 1, 1), TODAY);
			r.put("_shipped", d);
		}
		return (LocalDate) d;
	}

	private static CorpusTable parcels() {
		return CorpusTable.named("parcels", 30000)
				.column("parcel_id", BIGINT, r -> 90_000_000L + r.index())
				.column("shipment_id", BIGINT, r -> 40_000_000L + r.random().between(0, SHIPMENTS - 1))
				.column("sscc", chars(18), r -> FreightValues.sscc(r.random()))
				.column("length_cm", SMALLINT, r -> r.random().between(10, 120))
				.column("width_cm", SMALLINT, r -> r.random().between(8, 80))
				.column("height_cm", SMALLINT, r -> r.random().between(2, 80))
				.column("weight_kg", decimal(7, 3), r -> BigDecimal.valueOf(r.random().between(0.05, 31.5)).setScale(3,
						RoundingMode.HALF_UP))
				.column("vol_weight_kg", decimal(7, 2), r -> BigDecimal.valueOf((Integer) r.value("length_cm")
						* (Integer) r.value("width_cm") * (Integer) r.value("height_cm") / 5000.0).setScale(2, RoundingMode.HALF_UP))
				.column("contents", varchar(40), r -> r.random().pick(FreightValues.CONTENTS))
				.column("hs_code", varchar(10), r -> FreightValues.hsCode(r.random())).sparse(0.4)
				.column("ean", chars(13), r -> Serials.ean13(r.random().pick(new String[] {"400", "401", "500", "871", "890"}),
						r.random())).sparse(0.6)
				.column("fragile", BOOLEAN, r -> r.random().chance(0.1))
				.build();
	}

	private static CorpusTable drivers() {
		return CorpusTable.named("us_drivers", 400)
				.column("driver_id", INT, r -> r.index() + 1)
				.column("full_name", varchar(80), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("mobile", varchar(20), r -> Phones.national("US", r.random())).expect("PHONE_NUMBER")
				.column("dob", DATE, r -> r.person().born()).expect("DATE_OF_BIRTH")
				.column("dl_state", chars(2), r -> dlState(r)).optional("STATE_PROVINCE")
				.column("dl_number", varchar(20), r -> FreightValues.usDriverLicence(dlState(r), r.random()))
				.expect("US_DRIVER_LICENSE")
				.column("dl_class", chars(1), r -> r.random().pick(new String[] {"A", "B", "C", "C", "D"}))
				.column("dl_expires", DATE, r -> Values.date(r.random(), TODAY, TODAY.plusYears(8)))
				.column("hired_on", DATE, r -> Values.date(r.random(), LocalDate.of(2012, 1, 1), TODAY))
				.column("hourly_rate", decimal(6, 2), r -> Values.amount(r.random(), 19, 38))
				.column("home_hub", chars(4), r -> "EWR1")
				.build();
	}

	private static String dlState(CorpusRow r) {
		Object s = r.value("_state");
		if (s == null) {
			s = r.random().pick(DL_STATES);
			r.put("_state", s);
		}
		return (String) s;
	}

	private static CorpusTable vehicles() {
		return CorpusTable.named("vehicles", VEHICLES)
				.column("vehicle_id", INT, r -> r.index() + 1)
				.column("vin", chars(17), r -> Serials.vin(r.random())).expect("VIN")
				.column("reg_plate", varchar(12), r -> FreightValues.plate(regCountry(r), r.random())).expect("LICENSE_PLATE")
				.column("reg_country", chars(2), r -> regCountry(r)).expect("COUNTRY")
				.column("make_model", varchar(40), r -> r.random().pick(MAKES))
				.column("model_year", SMALLINT, r -> r.random().between(2014, 2026))
				.column("payload_kg", INT, r -> 100 * r.random().between(8, 60))
				.column("odometer_km", INT, r -> r.random().between(1200, 640000))
				.column("telematics_imei", chars(15), r -> Serials.imei(r.random())).expect("IMEI").sparse(0.1)
				.column("fuel", varchar(8), r -> r.random().pick(new String[] {"DIESEL", "DIESEL", "BEV", "CNG"}))
				.build();
	}

	private static String regCountry(CorpusRow r) {
		Object c = r.value("_country");
		if (c == null) {
			c = r.random().pick(new String[] {"DE", "DE", "NL", "GB", "ES", "FR", "US", "US"});
			r.put("_country", c);
		}
		return (String) c;
	}

	private static CorpusTable gpsPings() {
		return CorpusTable.named("gps_pings", 30000)
				.column("ping_id", BIGINT, r -> r.index() + 1L)
				.column("vehicle_id", INT, r -> r.random().between(1, VEHICLES))
				.column("recorded_at", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(60), TODAY))
				.column("lat", DOUBLE, r -> fix(r)[0]).expect("GEO_COORDINATES")
				.column("lon", DOUBLE, r -> fix(r)[1]).expect("GEO_COORDINATES")
				.column("speed_kmh", DOUBLE, r -> Math.round(r.random().between(0.0, 110.0) * 10) / 10.0)
				.column("heading_deg", SMALLINT, r -> r.random().between(0, 359))
				.column("hdop", decimal(3, 1), r -> BigDecimal.valueOf(r.random().between(6, 40), 1))
				.column("ignition_on", BOOLEAN, r -> r.random().chance(0.85))
				.build();
	}

	private static double[] fix(CorpusRow r) {
		Object f = r.value("_fix");
		if (f == null) {
			f = FreightValues.near(r.random().pick(FreightValues.HUBS), r.random());
			r.put("_fix", f);
		}
		return (double[]) f;
	}

	private static CorpusTable trackingEvents() {
		return CorpusTable.named("TrackingEvents", 30000)
				.column("EventId", BIGINT, r -> r.index() + 1L)
				.column("TrackingNo", varchar(24), r -> FreightValues.trackingNumber(r.random()))
				.column("StatusCode", chars(2), r -> r.random().pick(STATUS))
				.column("EventTime", TIMESTAMP, r -> LocalDateTime.of(Values.date(r.random(), LocalDate.of(2024, 1, 1), TODAY),
						java.time.LocalTime.of(r.random().between(6, 21), r.random().between(0, 59))))
				.column("LocationCode", chars(5), r -> r.random().pick(UNLOCODES))
				.column("SignedBy", varchar(60), r -> "DL".equals(r.value("StatusCode")) ? signature(r.person(), r.random()) : null)
				.expect("PERSON_NAME")
				.column("DriverNote", TEXT, LogisticsDataset::driverNote).embeds("PERSON_NAME", "PHONE_NUMBER", "STREET_ADDRESS")
				.sparse(0.55)
				.column("PodSha256", chars(64), r -> "DL".equals(r.value("StatusCode")) ? Values.hex(r.random(), 32) : null)
				.build();
	}

	/** How a recipient's name is typed at the door: full, initial and surname, or the surname in capitals. */
	private static String signature(Person p, SeededRandom random) {
		return switch (random.between(0, 2)) {
			case 0 -> p.fullName();
			case 1 -> p.given().charAt(0) + ". " + p.family();
			default -> p.family().toUpperCase(java.util.Locale.ROOT);
		};
	}

	private static String driverNote(CorpusRow r) {
		SeededRandom random = r.random();
		Person neighbour = People.draw(random);
		Place place = Places.near(r.person().country(), random);
		return switch (random.between(0, 6)) {
			case 0 -> "Left with neighbour " + neighbour.fullName() + " at no. " + place.houseNumber();
			case 1 -> "Nobody home, card left. Recipient asked to call " + Phones.any(r.person().country(), random);
			case 2 -> "Gate code 4" + random.digits(3) + ", deliver to back door";
			case 3 -> "Wrong address, actual address is " + place.streetLine() + ", " + place.city();
			case 4 -> "Parcel damaged on arrival, photo taken";
			case 5 -> "Delivered to reception";
			default -> "Safe place: garage. Customer " + neighbour.given() + " confirmed by phone.";
		};
	}
}
