package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BIGINT;
import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.PaymentCards;
import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An online shop grown over the years: a legacy customer table with run-together names ({@code custfname},
 * {@code emailaddr}, {@code ph_no}), addresses with delivery instructions, a catalogue full of SKUs, EANs and
 * measurements, orders with tracking numbers and gift messages, payments that keep only what a PSP returns,
 * reviews, gift cards and the shop's API clients.
 */
final class EcommerceDataset implements CorpusDataset {
	private static final LocalDate OPENED = LocalDate.of(2015, 4, 1);
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final String[] LANGUAGES = {"en", "de", "fr", "es", "local"};

	@Override
	public String name() {
		return "ecommerce";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(customers(), addresses(), products(), orders(), orderItems(), payments(), reviews(), giftCards(),
				warehouses(), apiClients());
	}

	private static CorpusTable customers() {
		return CorpusTable.named("cust", 20000)
				.column("custid", INT, r -> 100000 + r.index())
				.column("custfname", varchar(60), r -> r.person().given()).expect("PERSON_NAME")
				.column("custlname", varchar(60), r -> r.person().family()).expect("PERSON_NAME")
				.column("emailaddr", varchar(120), r -> Values.privateEmail(r.person(), r.random())).expect("EMAIL_ADDRESS")
				.column("ph_no", varchar(32), r -> Phones.any(r.person().country(), r.random())).expect("PHONE_NUMBER")
				.sparse(0.3)
				.column("dob", varchar(10), r -> Values.dateText(r.person().born(), r.random().chance(0.5) ? "dd/MM/yyyy"
						: "yyyy-MM-dd")).expect("DATE_OF_BIRTH").sparse(0.6)
				.column("gender", varchar(20), r -> r.random().chance(0.1) ? r.random().pick(new String[] {"diverse",
						"prefer not to say"}) : r.person().female() ? "female" : "male").expect("GENDER").sparse(0.5)
				.column("cntry", varchar(60), r -> Places.countryName(r.person().country(), r.random().pick(LANGUAGES)))
				.expect("COUNTRY")
				.column("signup_ts", TIMESTAMP, r -> Values.timestamp(r.random(), OPENED, TODAY))
				.column("newsletter_optin", BOOLEAN, r -> r.random().chance(0.35))
				.column("loyalty_tier", varchar(10), r -> r.random().pick(new String[] {"NONE", "SILVER", "GOLD",
						"PLATINUM"}))
				.column("referral_code", varchar(12), r -> "REF-" + Values.upper(r.random(), 5))
				.column("pwdhash", varchar(80), r -> Values.bcrypt(r.random())).expect("PASSWORD")
				.column("prefs", SqlType.JSON, r -> "{\"lang\": \"" + r.random().pick(new String[] {"en", "de", "fr", "es", "pl"})
						+ "\", \"currency\": \"" + r.random().pick(new String[] {"EUR", "USD", "GBP"}) + "\", \"marketing\": "
						+ "{\"email\": " + r.random().chance(0.4) + ", \"sms\": " + r.random().chance(0.1) + "}}")
				.build();
	}

	private static CorpusTable addresses() {
		return CorpusTable.named("cust_addresses", 26000)
				.column("addr_id", BIGINT, r -> 7000000L + r.index())
				.column("custid", INT, r -> 100000 + r.random().between(0, 19999))
				.column("recipient", varchar(120), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("addr_line1", varchar(160), r -> r.place().streetLine()).expect("STREET_ADDRESS")
				.column("addr_line2", varchar(80), r -> r.random().pick(new String[] {"c/o ", "Floor ", "Unit ", "Hinterhaus ",
						"Escalera B, "}) + r.random().between(1, 30)).optional("STREET_ADDRESS").sparse(0.75)
				.column("town", varchar(80), r -> r.place().city()).expect("CITY")
				.column("county_state", varchar(80), r -> r.place().region()).expect("STATE_PROVINCE").sparse(0.2)
				.column("zip", varchar(12), r -> r.place().postalCode()).expect("POSTAL_CODE")
				.column("country_iso", varchar(2), r -> r.place().country()).expect("COUNTRY")
				.column("is_default_billing", BOOLEAN, r -> r.random().chance(0.6))
				.column("delivery_instructions", TEXT, EcommerceDataset::deliveryNote).embeds("PHONE_NUMBER", "PERSON_NAME")
				.sparse(0.7)
				.build();
	}

	private static String deliveryNote(CorpusRow r) {
		SeededRandom random = r.random();
		return switch (random.between(0, 5)) {
			case 0 -> "Leave at the back door, please.";
			case 1 -> "If nobody answers, leave with neighbour " + People.draw(random).fullName() + " at no. "
					+ random.between(1, 90);
			case 2 -> "Call " + Phones.any(r.person().country(), random) + " on arrival";
			case 3 -> "Gate code " + random.digits(4) + "#";
			case 4 -> "Reception open 8-17, ask for " + People.draw(random).given();
			default -> "Do not bend.";
		};
	}

	private static CorpusTable products() {
		return CorpusTable.named("products", 3000)
				.column("sku", varchar(24), r -> Codes.sku(Codes.category(r.random()), r.random()))
				.column("ean", varchar(13), r -> Serials.ean13(r.random().pick(new String[] {"400", "590", "871", "760"}),
						r.random()))
				.column("product_name", varchar(120), r -> Codes.productName(r.random()))
				.column("short_desc", TEXT, r -> Codes.productDescription(r.random()))
				.column("long_desc", TEXT, r -> Values.lorem(r.random(), 5))
				.column("weight_g", INT, r -> r.random().between(20, 14000))
				.column("dims", varchar(32), r -> Codes.dimensions(r.random()))
				.column("unit_price", decimal(10, 2), r -> Values.amount(r.random(), 2.5, 899))
				.column("hs_code", varchar(12), r -> Codes.hsCode(r.random()))
				.column("mpn", varchar(20), r -> Values.upper(r.random(), 2) + r.random().digits(5) + "-" + r.random().digits(2))
				.column("image_url", varchar(200), r -> "https://cdn.shop.example/img/p/" + Values.hex(r.random(), 8) + ".jpg")
				.optional("URL")
				.column("is_active", BOOLEAN, r -> r.random().chance(0.85))
				.build();
	}

	private static CorpusTable orders() {
		return CorpusTable.named("orders", 40000)
				.column("order_no", varchar(20), r -> "ORD-" + (2016 + r.index() / 4000) + "-" + String.format("%06d", r.index()))
				.column("custid", INT, r -> 100000 + r.random().between(0, 19999))
				.column("order_ts", TIMESTAMP, r -> Values.timestamp(r.random(), OPENED, TODAY))
				.column("status", varchar(12), r -> r.random().pick(new String[] {"NEW", "PAID", "SHIPPED", "DELIVERED",
						"RETURNED", "CANCELLED"}))
				.column("currency", varchar(3), r -> r.random().pick(new String[] {"EUR", "USD", "GBP", "PLN", "SEK"}))
				.column("total_amt", decimal(10, 2), r -> Values.amount(r.random(), 4.99, 1450))
				.column("shipping_amt", decimal(6, 2), r -> new BigDecimal(r.random().pick(new String[] {"0.00", "4.95",
						"5.90", "9.99", "14.50"})))
				.column("coupon_code", varchar(16), r -> r.random().pick(new String[] {"SUMMER15", "WELCOME10", "BF2025",
						"FREESHIP", "VIP-20"})).sparse(0.8)
				.column("carrier", varchar(10), r -> r.random().pick(new String[] {"UPS", "DHL", "USPS", "POST", "DPD"}))
				.column("tracking_no", varchar(24), r -> Codes.trackingNumber(r.random())).sparse(0.15)
				.column("ship_to_name", varchar(120), r -> r.person().fullName()).expect("PERSON_NAME")
				.column("gift_message", TEXT, EcommerceDataset::giftMessage).embeds("PERSON_NAME").sparse(0.9)
				.column("client_ip", varchar(45), r -> Network.ip(r.random())).expect("IP_ADDRESS")
				.column("channel", varchar(8), r -> r.random().pick(new String[] {"web", "ios", "android", "pos"}))
				.build();
	}

	private static String giftMessage(CorpusRow r) {
		SeededRandom random = r.random();
		Person to = People.draw(random);
		return switch (random.between(0, 4)) {
			case 0 -> "Happy birthday " + to.given() + "! Love, " + r.person().given();
			case 1 -> "Congratulations on the new flat!";
			case 2 -> "For " + to.fullName() + " - merry Christmas from all of us";
			case 3 -> "Alles Gute zum Geburtstag, " + to.given() + "!";
			default -> "Thank you for everything.";
		};
	}

	private static CorpusTable orderItems() {
		return CorpusTable.named("order_items", 45000)
				.column("line_id", BIGINT, r -> 1L + r.index())
				.column("order_no", varchar(20), r -> "ORD-" + (2016 + r.index() / 4500) + "-"
						+ String.format("%06d", r.random().between(0, 39999)))
				.column("sku", varchar(24), r -> Codes.sku(Codes.category(r.random()), r.random()))
				.column("qty", SMALLINT, r -> r.random().chance(0.8) ? 1 : r.random().between(2, 12))
				.column("unit_price", decimal(10, 2), r -> Values.amount(r.random(), 2.5, 899))
				.column("discount_pct", decimal(4, 1), r -> BigDecimal.valueOf(5L * r.random().between(0, 6)))
				.column("tax_rate", decimal(4, 3), r -> new BigDecimal(r.random().pick(new String[] {"0.190", "0.070", "0.200",
						"0.210", "0.000"})))
				.column("line_total", decimal(10, 2), r -> ((BigDecimal) r.value("unit_price"))
						.multiply(BigDecimal.valueOf(((Number) r.value("qty")).longValue()))
						.multiply(BigDecimal.ONE.subtract(((BigDecimal) r.value("discount_pct")).movePointLeft(2)))
						.setScale(2, java.math.RoundingMode.HALF_UP))
				.build();
	}

	private static CorpusTable payments() {
		return CorpusTable.named("payments", 40000)
				.column("pay_id", BIGINT, r -> 9000000L + r.index())
				.column("order_no", varchar(20), r -> "ORD-" + (2016 + r.index() / 4000) + "-" + String.format("%06d", r.index()))
				.column("psp_ref", varchar(40), r -> "pi_" + Values.base62(r.random(), 24))
				.column("method", varchar(10), r -> method(r))
				.column("card_brand", varchar(12), r -> card(r) ? brand(r).name().toLowerCase() : null)
				.column("masked_pan", varchar(19), r -> card(r) ? mask(PaymentCards.number(brand(r), r.random())) : null)
				.optional("CREDIT_CARD_NUMBER")
				.column("card_last4", varchar(4), r -> card(r) ? r.text("masked_pan").substring(r.text("masked_pan").length() - 4)
						: null)
				.column("exp_month", SMALLINT, r -> card(r) ? r.random().between(1, 12) : null)
				.column("exp_year", SMALLINT, r -> card(r) ? r.random().between(2025, 2032) : null)
				.column("auth_code", varchar(6), r -> r.random().digits(6))
				.column("avs_result", varchar(1), r -> r.random().pick(new String[] {"Y", "N", "A", "Z", "U"}))
				.column("currency_num", varchar(3), r -> r.random().pick(new String[] {"978", "840", "826", "985", "752"}))
				.column("cvc_check", varchar(12), r -> r.random().pick(new String[] {"pass", "fail", "unavailable"}))
				.column("amount", decimal(10, 2), r -> Values.amount(r.random(), 4.99, 1450))
				.column("captured_at", TIMESTAMP, r -> Values.timestamp(r.random(), OPENED, TODAY))
				.build();
	}

	private static String method(CorpusRow r) {
		return r.shared("method", random -> random.pick(new String[] {"card", "card", "card", "paypal", "sepa", "klarna",
				"ideal"}));
	}

	private static boolean card(CorpusRow r) {
		return method(r).equals("card");
	}

	private static PaymentCards.Brand brand(CorpusRow r) {
		return r.shared("brand", random -> random.pick(new PaymentCards.Brand[] {PaymentCards.Brand.VISA,
				PaymentCards.Brand.VISA, PaymentCards.Brand.MASTERCARD, PaymentCards.Brand.MASTERCARD, PaymentCards.Brand.AMEX}));
	}

	/** First six and last four digits, the rest masked: what PCI DSS lets a merchant keep. */
	private static String mask(String pan) {
		return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
	}

	private static CorpusTable reviews() {
		return CorpusTable.named("reviews", 6000)
				.column("review_id", INT, r -> r.index() + 1)
				.column("sku", varchar(24), r -> Codes.sku(Codes.category(r.random()), r.random()))
				.column("custid", INT, r -> 100000 + r.random().between(0, 19999))
				.column("rating", SMALLINT, r -> r.random().between(1, 5))
				.column("title", varchar(120), r -> r.random().pick(new String[] {"Great value", "Runs small", "Not as pictured",
						"Love it!", "Sturdy and well made", "Returned it", "Five stars", "Colour faded after one wash"}))
				.column("body", TEXT, EcommerceDataset::reviewBody).embeds("EMAIL_ADDRESS", "PERSON_NAME")
				.column("reviewer_display", varchar(60), r -> r.random().chance(0.7)
						? r.person().given() + " " + r.person().family().charAt(0) + "." : Values.username(r.person(), r.random()))
				.optional("PERSON_NAME")
				.column("helpful_votes", INT, r -> r.random().chance(0.6) ? 0 : r.random().between(1, 240))
				.column("verified_purchase", BOOLEAN, r -> r.random().chance(0.8))
				.build();
	}

	private static String reviewBody(CorpusRow r) {
		SeededRandom random = r.random();
		return switch (random.between(0, 6)) {
			case 0 -> "Bought this for my partner " + People.draw(random).given() + " and she uses it every day.";
			case 1 -> "Arrived quickly. Would buy again.";
			case 2 -> "Seller did not answer, write to me at " + Values.privateEmail(r.person(), random) + " if you have the same problem";
			case 3 -> "The stitching came loose after " + random.between(2, 8) + " weeks.";
			case 4 -> "Fits true to size. I am 178 cm and took an M.";
			default -> Values.lorem(random, 2);
		};
	}

	private static CorpusTable giftCards() {
		return CorpusTable.named("gift_cards", 2000)
				.column("card_code", varchar(19), r -> "6" + r.random().digits(15))
				.column("pin", varchar(4), r -> r.random().digits(4))
				.column("initial_value", decimal(8, 2), r -> new BigDecimal(r.random().pick(new String[] {"25.00", "50.00",
						"100.00", "150.00"})))
				.column("balance", decimal(8, 2), r -> Values.amount(r.random(), 0, ((BigDecimal) r.value("initial_value"))
						.doubleValue()))
				.column("issued_at", TIMESTAMP, r -> Values.timestamp(r.random(), OPENED, TODAY))
				.column("batch", varchar(10), r -> "B" + r.random().between(100, 140))
				.build();
	}

	private static CorpusTable warehouses() {
		String[] cities = {"Leipzig", "Venlo", "Poznań", "Reno"};
		String[] zones = {"Europe/Berlin", "Europe/Amsterdam", "Europe/Warsaw", "America/Los_Angeles"};
		return CorpusTable.named("warehouses", 4)
				.column("wh_code", varchar(6), r -> "WH" + (r.index() + 1))
				.column("name", varchar(60), r -> "Fulfilment Centre " + cities[r.index()])
				.column("city", varchar(60), r -> cities[r.index()]).expect("CITY")
				.column("dock_count", SMALLINT, r -> r.random().between(8, 64))
				.column("timezone", varchar(40), r -> zones[r.index()])
				.build();
	}

	private static CorpusTable apiClients() {
		return CorpusTable.named("api_clients", 2)
				.column("client_name", varchar(40), r -> r.index() == 0 ? "erp-sync" : "marketplace-feed")
				.column("api_key", varchar(64), r -> Network.apiKey(r.random())).expect("API_KEY")
				.column("webhook_url", varchar(200), r -> "https://hooks.partner" + r.index() + ".example/pursight/orders")
				.optional("URL")
				.column("rate_limit", INT, r -> 600)
				.column("created_at", TIMESTAMP, r -> Values.timestamp(r.random(), OPENED, TODAY))
				.build();
	}
}
