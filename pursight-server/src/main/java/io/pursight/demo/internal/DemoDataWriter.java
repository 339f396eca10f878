package io.pursight.demo.internal;

import io.pursight.demo.internal.Addresses.Address;
import io.pursight.demo.internal.DemoProducts.Product;
import io.pursight.demo.internal.NationalIds.NationalId;
import io.pursight.demo.internal.PaymentCards.Card;
import io.pursight.demo.internal.People.Person;
import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.SeededRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invents the demo company's rows from one {@link SeededRandom} — its staff ({@link DemoStaff}) and catalog
 * ({@link DemoProducts}), then customers, addresses, orders, lines and payments — and writes them with batched
 * inserts ({@link DemoRows}).
 * Everything is dated relative to the fixed {@link #TODAY}, never the clock, so a seed always
 * yields the same rows.
 */
final class DemoDataWriter {

	/** The demo's "today": ages, order histories and statuses are relative to it. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	/** Where customers and employees are paid and pay by IBAN. */
	static final Set<Country> IBAN_COUNTRIES = EnumSet.of(Country.DE, Country.GB, Country.IE, Country.FR, Country.ES,
			Country.IT, Country.NL, Country.PL, Country.SE, Country.PT);
	private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
	private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	/** What later rows need to know about a customer. */
	private static final class CustomerDraft {
		long id;
		Country country;
		Person person;
		String email;
		OffsetDateTime createdAt;
		Object[] row;
		long billingAddressId;
		long shippingAddressId;
		long otherShippingAddressId;
		final List<Card> cards = new ArrayList<>();
		String iban;
		long lifetimeUsdCents;
	}

	private record OrderDraft(CustomerDraft customer, OffsetDateTime orderedAt) {
	}


	private final DemoRows rows;
	private final SeededRandom random;
	private final People people;

	DemoDataWriter(Connection connection, long seed) {
		this.rows = new DemoRows(connection);
		this.random = new SeededRandom(seed);
		this.people = new People(random, TODAY);
	}

	void write(int customerCount) throws SQLException {
		List<Long> salesReps = DemoStaff.write(rows, random, people, Math.max(40, customerCount / 8));
		List<Product> products = DemoProducts.write(rows, random, 150);
		List<CustomerDraft> customers = draftCustomers(customerCount);
		writeOrders(customers, products, salesReps);
		var customerRows = new ArrayList<Object[]>(customers.size());
		for (CustomerDraft customer : customers) {
			long points = customer.lifetimeUsdCents / 100;
			customer.row[12] = points < 500 ? "BRONZE" : points < 1_500 ? "SILVER" : points < 4_000 ? "GOLD" : "PLATINUM";
			customer.row[13] = (int) points;
			customerRows.add(customer.row);
		}
		rows.insert("""
				INSERT INTO sales.customers (customer_id, customer_code, first_name, last_name, email, email_verified, phone,
				    date_of_birth, national_id, national_id_type, country_code, preferred_language, loyalty_tier, loyalty_points,
				    marketing_opt_in, signup_ip, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", customerRows);
		flushAddresses();
		flushOrders();
		restartIdentities();
	}

	// ---------------------------------------------------------------- products


	// ---------------------------------------------------------------- customers and addresses

	private final List<Object[]> addressRows = new ArrayList<>();

	private List<CustomerDraft> draftCustomers(int count) {
		var customers = new ArrayList<CustomerDraft>(count);
		for (long id = 1; id <= count; id++) {
			var c = new CustomerDraft();
			c.id = id;
			c.country = Country.forCustomer(random);
			Culture culture = random.chance(0.12) ? random.pick(Culture.values()) : c.country.culture(random);
			c.person = people.person(culture, 18, 40, 88);
			c.email = people.personalEmail(c.person);
			c.createdAt = DemoRows.at(random.dateBetween(LocalDate.of(2019, 1, 1), TODAY.minusDays(1)), random.between(0, 23))
					.plusMinutes(random.between(0, 59)).plusSeconds(random.between(0, 59));
			Address billing = Addresses.random(c.country, random);
			c.billingAddressId = address(c, "BILLING", c.person.fullName(), billing, true);
			c.shippingAddressId = c.billingAddressId;
			if (random.chance(0.35)) {
				String recipient = random.chance(0.15)
						? people.person(culture, 18, 40, 88).fullName()
						: c.person.fullName();
				c.shippingAddressId = address(c, "SHIPPING", recipient, Addresses.random(c.country, random), true);
			}
			c.otherShippingAddressId = random.chance(0.1)
					? address(c, "SHIPPING", c.person.fullName(), Addresses.random(c.country, random), false)
					: c.shippingAddressId;
			double idRate = switch (c.country) {
				case BR -> 0.95;
				case ES, IT, PT -> 0.6;
				case PL, SE -> 0.5;
				case IN -> 0.4;
				default -> 0.12;
			};
			NationalId nationalId = random.chance(idRate) ? NationalIds.of(c.country, c.person, random) : null;
			String language = c.country == Country.CA && culture == Culture.FRENCH ? "fr-CA" : c.country.languageTag();
			OffsetDateTime updated = c.createdAt.plusDays(random.between(0L, TODAY.toEpochDay() - c.createdAt.toLocalDate().toEpochDay()));
			c.row = new Object[] {id, "CUS-" + (100_000 + id), c.person.givenName(), c.person.familyName(), c.email,
					random.chance(0.88), random.chance(0.92) ? c.country.phoneNumber(billing.city(), random) : null,
					random.chance(0.85) ? c.person.birthDate() : null, nationalId == null ? null : nationalId.value(),
					nationalId == null ? null : nationalId.type(), c.country.name(), language, null, null, random.chance(0.45),
					ipAddress(), c.createdAt, updated};
			customers.add(c);
		}
		return customers;
	}

	private long address(CustomerDraft customer, String type, String recipient, Address address, boolean isDefault) {
		long id = addressRows.size() + 1L;
		addressRows.add(new Object[] {id, customer.id, type, recipient, address.line1(), address.line2(), address.city().name(),
				address.city().region(), address.postalCode(), address.country().name(), isDefault});
		return id;
	}

	private void flushAddresses() throws SQLException {
		rows.insert("""
				INSERT INTO sales.addresses (address_id, customer_id, address_type, recipient_name, street_line1, street_line2,
				    city, state_region, postal_code, country_code, is_default)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", addressRows);
	}

	/** An address from the documentation ranges (RFC 5737, RFC 3849), never a routable host. */
	private String ipAddress() {
		if (random.chance(0.25)) {
			return String.format("2001:db8:%x:%x::%x", random.between(0, 0xffff), random.between(0, 0xffff), random.between(1, 0xffff));
		}
		return random.pick(new String[] {"192.0.2.", "198.51.100.", "203.0.113."}) + random.between(1, 254);
	}

	// ---------------------------------------------------------------- orders, lines, payments

	private final List<Object[]> orderRows = new ArrayList<>();
	private final List<Object[]> itemRows = new ArrayList<>();
	private final List<Object[]> paymentRows = new ArrayList<>();

	private void writeOrders(List<CustomerDraft> customers, List<Product> products, List<Long> salesReps) {
		var drafts = new ArrayList<OrderDraft>();
		OffsetDateTime end = DemoRows.at(TODAY, 23);
		for (CustomerDraft customer : customers) {
			if (random.chance(0.12)) {
				continue;
			}
			int count = 1;
			while (count < 15 && random.chance(0.62)) {
				count++;
			}
			long span = end.toEpochSecond() - customer.createdAt.toEpochSecond();
			for (int i = 0; i < count; i++) {
				drafts.add(new OrderDraft(customer, customer.createdAt.plusSeconds(random.between(60L, Math.max(61L, span)))));
			}
		}
		// order ids grow with time, as they do in a real shop
		drafts.sort(Comparator.comparing(OrderDraft::orderedAt).thenComparing(d -> d.customer().id));
		long orderId = 0;
		for (OrderDraft draft : drafts) {
			orderId++;
			writeOrder(orderId, draft, products, salesReps);
		}
	}

	private void writeOrder(long orderId, OrderDraft draft, List<Product> products, List<Long> salesReps) {
		CustomerDraft customer = draft.customer();
		Country country = customer.country;
		OffsetDateTime orderedAt = draft.orderedAt();
		long ageDays = TODAY.toEpochDay() - orderedAt.toLocalDate().toEpochDay();
		String status;
		if (ageDays <= 2) {
			status = random.chance(0.5) ? "PENDING" : "PAID";
		}
		else if (ageDays <= 7) {
			status = random.pick(new String[] {"PAID", "SHIPPED", "SHIPPED", "CANCELLED"});
		}
		else {
			int roll = random.weightedIndex(new int[] {86, 7, 5, 2});
			status = new String[] {"DELIVERED", "CANCELLED", "REFUNDED", "PENDING"}[roll];
			if (status.equals("PENDING")) {
				status = "CANCELLED"; // abandoned pending orders are cancelled eventually
			}
		}
		String channel = new String[] {"WEB", "MOBILE", "PHONE", "STORE"}[random.weightedIndex(new int[] {60, 25, 10, 5})];
		Long salesRep = (channel.equals("PHONE") || channel.equals("STORE")) && !salesReps.isEmpty() ? random.pick(salesReps) : null;

		int lines = 1 + random.weightedIndex(new int[] {40, 30, 15, 10, 5});
		var chosen = new LinkedHashSet<Product>();
		while (chosen.size() < lines) {
			chosen.add(random.pick(products));
		}
		long subtotal = 0;
		int lineNumber = 0;
		for (Product product : chosen) {
			int quantity = random.chance(0.7) ? 1 : random.between(2, 4);
			long unit = DemoRows.toCents(country.fromUsd(product.listPriceUsd()));
			int discount = random.chance(0.8) ? 0 : random.pick(new Integer[] {5, 10, 15, 20});
			long lineTotal = DemoRows.roundFor(country, Math.round(quantity * unit * (100 - discount) / 100.0));
			subtotal += lineTotal;
			itemRows.add(new Object[] {orderId, ++lineNumber, product.id(), quantity, DemoRows.money(unit), DemoRows.money(discount * 100L), DemoRows.money(lineTotal)});
		}
		long tax = DemoRows.roundFor(country, Math.round(subtotal * country.taxRate()));
		long freeShippingFrom = DemoRows.toCents(country.fromUsd(75));
		long shipping = subtotal >= freeShippingFrom ? 0 : DemoRows.toCents(country.fromUsd(random.pick(new Double[] {4.99, 7.99, 12.5})));
		long total = subtotal + tax + shipping;
		if (!status.equals("CANCELLED") && !status.equals("REFUNDED")) {
			customer.lifetimeUsdCents += Math.round(total / (country.fromUsd(1_000) / 1_000));
		}

		OffsetDateTime shippedAt = null;
		OffsetDateTime deliveredAt = null;
		String tracking = null;
		if (status.equals("SHIPPED") || status.equals("DELIVERED") || status.equals("REFUNDED")) {
			shippedAt = orderedAt.plusHours(random.between(6, 72));
			tracking = trackingNumber(country);
			if (!status.equals("SHIPPED")) {
				deliveredAt = shippedAt.plusHours(random.between(24, 168));
			}
		}
		long shippingAddress = random.chance(0.15) ? customer.otherShippingAddressId : customer.shippingAddressId;
		orderRows.add(new Object[] {orderId, "SO-" + (1_000_000 + orderId), customer.id, customer.billingAddressId, shippingAddress,
				salesRep, channel, status, orderedAt, shippedAt, deliveredAt, country.currency(), DemoRows.money(subtotal), DemoRows.money(tax),
				DemoRows.money(shipping), DemoRows.money(total), tracking});
		writePayments(orderId, customer, status, total, orderedAt);
	}

	private void writePayments(long orderId, CustomerDraft customer, String orderStatus, long total, OffsetDateTime orderedAt) {
		boolean noPayment = switch (orderStatus) {
			case "PENDING", "CANCELLED" -> random.chance(0.5);
			default -> false;
		};
		if (noPayment) {
			return;
		}
		Country country = customer.country;
		String method;
		if (IBAN_COUNTRIES.contains(country)) {
			int roll = random.weightedIndex(new int[] {65, country == Country.GB ? 0 : 15, 8, 12});
			method = new String[] {"CARD", "SEPA_DEBIT", "BANK_TRANSFER", "PAYPAL"}[roll];
		}
		else {
			method = random.chance(0.85) ? "CARD" : "PAYPAL";
		}
		String status = switch (orderStatus) {
			case "PENDING" -> "AUTHORIZED";
			case "CANCELLED" -> "VOIDED";
			case "REFUNDED" -> "REFUNDED";
			default -> "CAPTURED";
		};
		OffsetDateTime processedAt = orderedAt.plusSeconds(random.between(5, 1_800));
		int attempt = 1;
		if (method.equals("CARD") && random.chance(0.06)) {
			Card declined = random.chance(0.5) ? PaymentCards.random(country, processedAt.toLocalDate(), random) : card(customer, processedAt);
			paymentRows.add(payment(orderId, attempt++, "CARD", "DECLINED", total, country, declined, null, null, null, processedAt,
					customer));
			processedAt = processedAt.plusSeconds(random.between(20, 600));
		}
		switch (method) {
			case "CARD" -> paymentRows.add(payment(orderId, attempt, method, status, total, country, card(customer, processedAt), null,
					null, authorizationCode(), processedAt, customer));
			case "SEPA_DEBIT", "BANK_TRANSFER" -> {
				if (customer.iban == null) {
					customer.iban = BankAccounts.iban(country.name(), random);
				}
				String iban = random.chance(0.6) ? customer.iban : BankAccounts.printed(customer.iban);
				paymentRows.add(payment(orderId, attempt, method, status, total, country, null, iban, null, null, processedAt, customer));
			}
			default -> {
				String payer = random.chance(0.8) ? customer.email : people.personalEmail(customer.person);
				paymentRows.add(payment(orderId, attempt, method, status, total, country, null, null, payer, null, processedAt, customer));
			}
		}
	}

	private Object[] payment(long orderId, int attempt, String method, String status, long amount, Country country, Card card,
			String iban, String payerEmail, String authorization, OffsetDateTime processedAt, CustomerDraft customer) {
		long id = paymentRows.size() + 1L;
		String holder = null;
		if (card != null) {
			holder = random.chance(0.7) ? People.foldToAscii(customer.person.fullName()).toUpperCase(Locale.ROOT) : customer.person.fullName();
		}
		return new Object[] {id, orderId, attempt, method, status, DemoRows.money(amount), country.currency(),
				card == null ? null : card.brand(), card == null ? null : card.number(), holder, card == null ? null : card.expiry(),
				card == null ? null : card.cvv(), iban, payerEmail, authorization, processedAt};
	}

	/** The customer's usual card if it has not expired, now and then another one. */
	private Card card(CustomerDraft customer, OffsetDateTime when) {
		LocalDate day = when.toLocalDate();
		List<Card> valid = customer.cards.stream().filter(card -> card.validOn(day)).toList();
		if (valid.isEmpty() || random.chance(0.12)) {
			Card card = PaymentCards.random(customer.country, day, random);
			customer.cards.add(card);
			return card;
		}
		return random.chance(0.85) ? valid.get(valid.size() - 1) : random.pick(valid);
	}

	private String authorizationCode() {
		return random.lettersOf(ALPHANUMERIC, 6);
	}

	/** A carrier tracking number in the carrier's own layout; long digit runs that are not card numbers. */
	private String trackingNumber(Country country) {
		return switch (country) {
			case US -> random.chance(0.5)
					? "1Z" + random.lettersOf(ALPHANUMERIC, 6) + "03" + random.digits(8)
					: "9400" + random.digits(18);
			case CA -> "1Z" + random.lettersOf(ALPHANUMERIC, 6) + "01" + random.digits(8);
			case GB -> random.lettersOf(LETTERS, 2) + random.digits(9) + "GB";
			case DE -> "00340434" + random.digits(12);
			case JP -> random.digits(4) + "-" + random.digits(4) + "-" + random.digits(4);
			case BR -> random.lettersOf(LETTERS, 2) + random.digits(9) + "BR";
			case IN -> "EE" + random.digits(9) + "IN";
			default -> random.digits(10);
		};
	}

	private void flushOrders() throws SQLException {
		rows.insert("""
				INSERT INTO sales.orders (order_id, order_number, customer_id, billing_address_id, shipping_address_id, sales_rep_id,
				    channel, status, ordered_at, shipped_at, delivered_at, currency, subtotal, tax_amount, shipping_amount,
				    total_amount, tracking_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orderRows);
		rows.insert("""
				INSERT INTO sales.order_items (order_id, line_number, product_id, quantity, unit_price, discount_pct, line_total)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", itemRows);
		rows.insert("""
				INSERT INTO sales.payments (payment_id, order_id, attempt, method, status, amount, currency, card_brand, card_number,
				    card_holder, card_expiry, cvv, iban, payer_email, authorization_code, processed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", paymentRows);
	}

	// ---------------------------------------------------------------- plumbing

	/** Identity columns continue after the loaded ids, so the demo accepts new rows. */
	private void restartIdentities() throws SQLException {
		String[][] identities = {{"hr.departments", "department_id"}, {"hr.employees", "employee_id"},
				{"sales.customers", "customer_id"}, {"sales.addresses", "address_id"}, {"sales.products", "product_id"},
				{"sales.orders", "order_id"}, {"sales.payments", "payment_id"}};
		for (String[] identity : identities) {
			rows.restartIdentity(identity[0], identity[1]);
		}
	}
}
