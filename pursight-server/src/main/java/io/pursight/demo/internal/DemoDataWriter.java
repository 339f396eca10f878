package io.pursight.demo.internal;

import io.pursight.demo.internal.Addresses.Address;
import io.pursight.demo.internal.NationalIds.NationalId;
import io.pursight.demo.internal.PaymentCards.Card;
import io.pursight.demo.internal.People.Person;
import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invents the demo company's rows (departments, employees, products, customers, addresses,
 * orders, lines, payments) from one {@link SeededRandom} and writes them with batched inserts.
 * Everything is dated relative to the fixed {@link #TODAY}, never the clock, so a seed always
 * yields the same rows.
 */
final class DemoDataWriter {

	/** The demo's "today": ages, order histories and statuses are relative to it. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final int BATCH_SIZE = 1_000;
	private static final String WORK_EMAIL_DOMAIN = "corp.example.com";

	/** An office of the demo company: employees work, live and are paid there. */
	private record Office(String city, Country country, String switchboard, double salaryFactor) {
	}

	private static final List<Office> OFFICES = List.of(
			new Office("New York", Country.US, "+1 212 555 0100", 1.0),
			new Office("San Francisco", Country.US, "+1 415 555 0150", 1.08),
			new Office("London", Country.GB, "+44 20 7946 0500", 0.62),
			new Office("Berlin", Country.DE, "+49 30 20459000", 0.68),
			new Office("Paris", Country.FR, "+33 1 53 45 67 00", 0.62),
			new Office("Amsterdam", Country.NL, "+31 20 794 6000", 0.66),
			new Office("Bengaluru", Country.IN, "+91 80 4567 8900", 22.0));

	/** A department, its share of the staff, the salary of its entry role in US dollars, and its roles. */
	private record Department(String code, String name, String costCenter, int office, int weight, int baseSalaryUsd,
			String headTitle, String[] titles) {
	}

	private static final List<Department> DEPARTMENTS = List.of(
			new Department("EXEC", "Executive Office", "CC-1000", 0, 2, 140_000, "Chief Executive Officer",
					new String[] {"Chief Operating Officer", "Chief Financial Officer", "Executive Assistant", "Chief of Staff"}),
			new Department("SALES", "Sales", "CC-2100", 0, 24, 72_000, "VP of Sales",
					new String[] {"Account Executive", "Senior Account Executive", "Sales Development Representative",
							"Regional Sales Manager", "Sales Operations Analyst"}),
			new Department("MKT", "Marketing", "CC-2200", 2, 7, 78_000, "Head of Marketing",
					new String[] {"Marketing Manager", "Content Strategist", "SEO Specialist", "Brand Designer", "Growth Marketing Analyst"}),
			new Department("SUPPORT", "Customer Support", "CC-2300", 5, 18, 48_000, "Director of Customer Support",
					new String[] {"Customer Support Agent", "Senior Support Agent", "Support Team Lead", "Customer Success Manager"}),
			new Department("ENG", "Engineering", "CC-3100", 3, 20, 118_000, "VP of Engineering",
					new String[] {"Software Engineer", "Senior Software Engineer", "Staff Engineer", "Site Reliability Engineer",
							"Data Engineer", "QA Engineer", "Engineering Manager"}),
			new Department("DATA", "Data & Analytics", "CC-3200", 6, 6, 104_000, "Head of Data",
					new String[] {"Data Analyst", "Data Scientist", "Analytics Engineer", "BI Developer"}),
			new Department("FIN", "Finance", "CC-4100", 0, 6, 84_000, "VP of Finance",
					new String[] {"Accountant", "Financial Analyst", "Payroll Specialist", "Controller", "Accounts Payable Clerk"}),
			new Department("PEOPLE", "People & HR", "CC-4200", 2, 4, 74_000, "Chief People Officer",
					new String[] {"HR Business Partner", "Recruiter", "People Operations Specialist", "Compensation Analyst"}),
			new Department("LEGAL", "Legal & Compliance", "CC-4300", 4, 3, 110_000, "General Counsel",
					new String[] {"Legal Counsel", "Compliance Officer", "Data Protection Officer", "Paralegal"}),
			new Department("LOGI", "Logistics", "CC-5100", 1, 10, 46_000, "Director of Logistics",
					new String[] {"Warehouse Associate", "Logistics Coordinator", "Fulfillment Supervisor", "Inventory Analyst",
							"Procurement Specialist"}));

	private static final String[][] PRODUCT_LINES = {
			{"ELE", "Electronics", "19", "349", "Wireless Earbuds", "Noise-Cancelling Headphones", "Bluetooth Speaker", "USB-C Charger 65W",
					"Smartwatch", "E-Reader", "Mechanical Keyboard", "4K Webcam", "Portable SSD 1TB", "Power Bank 20000mAh"},
			{"HOM", "Home & Kitchen", "12", "299", "Cast Iron Skillet", "French Press", "Chef's Knife 20cm", "Espresso Cups (Set of 4)",
					"Linen Tablecloth", "Bamboo Cutting Board", "Stand Mixer", "Ceramic Vase"},
			{"OUT", "Outdoor", "15", "249", "Trail Running Shoes", "Hiking Backpack 30L", "Insulated Water Bottle", "Camping Hammock",
					"Headlamp", "Down Jacket", "Trekking Poles"},
			{"APP", "Apparel", "9", "189", "Merino Wool Sweater", "Organic Cotton T-Shirt", "Denim Jacket", "Rain Jacket",
					"Wool Socks (3-Pack)", "Leather Belt", "Silk Scarf"},
			{"BOO", "Books & Media", "8", "59", "Cookbook: Mediterranean Kitchen", "Field Guide to Birds", "Sci-Fi Anthology",
					"Vinyl Record", "Jigsaw Puzzle 1000 pcs", "Travel Journal"},
			{"BEA", "Beauty", "6", "79", "Face Serum", "Shea Butter Hand Cream", "Beard Oil", "Sunscreen SPF 50", "Shampoo Bar"},
			{"TOY", "Toys", "10", "129", "Wooden Train Set", "Building Blocks 500 pcs", "Plush Fox", "Stunt Kite",
					"Board Game: Harbour Trade"}};

	private static final String[] BRANDS = {"Nordvik", "Aurelio", "Kestrel", "Lumen & Co.", "Tamarind", "Vireo", "Halcyon",
			"Bergfeld", "Ostara", "Solenne"};
	private static final String[] VARIANTS = {"", "", "", " – Midnight Blue", " – Sand", " – Forest Green", " – Graphite", " – Large",
			" – Small"};
	/** Where customers and employees are paid and pay by IBAN. */
	private static final Set<Country> IBAN_COUNTRIES = EnumSet.of(Country.DE, Country.GB, Country.IE, Country.FR, Country.ES,
			Country.IT, Country.NL, Country.PL, Country.SE, Country.PT);
	private static final String[] EAN_PREFIXES = {"400", "401", "405", "440", "500", "501", "300", "340", "370", "800", "840", "870",
			"045", "049", "030", "036"};
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

	private record Product(int id, double listPriceUsd) {
	}

	private final Connection connection;
	private final SeededRandom random;
	private final People people;

	DemoDataWriter(Connection connection, long seed) {
		this.connection = connection;
		this.random = new SeededRandom(seed);
		this.people = new People(random, TODAY);
	}

	void write(int customerCount) throws SQLException {
		List<Long> salesReps = writeDepartmentsAndEmployees(Math.max(40, customerCount / 8));
		List<Product> products = writeProducts(150);
		List<CustomerDraft> customers = draftCustomers(customerCount);
		writeOrders(customers, products, salesReps);
		var rows = new ArrayList<Object[]>(customers.size());
		for (CustomerDraft customer : customers) {
			long points = customer.lifetimeUsdCents / 100;
			customer.row[12] = points < 500 ? "BRONZE" : points < 1_500 ? "SILVER" : points < 4_000 ? "GOLD" : "PLATINUM";
			customer.row[13] = (int) points;
			rows.add(customer.row);
		}
		insert("""
				INSERT INTO sales.customers (customer_id, customer_code, first_name, last_name, email, email_verified, phone,
				    date_of_birth, national_id, national_id_type, country_code, preferred_language, loyalty_tier, loyalty_points,
				    marketing_opt_in, signup_ip, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		flushAddresses();
		flushOrders();
		restartIdentities();
	}

	// ---------------------------------------------------------------- hr

	private List<Long> writeDepartmentsAndEmployees(int employeeCount) throws SQLException {
		var departmentRows = new ArrayList<Object[]>();
		for (int i = 0; i < DEPARTMENTS.size(); i++) {
			Department d = DEPARTMENTS.get(i);
			Office office = OFFICES.get(d.office());
			departmentRows.add(new Object[] {i + 1, d.code(), d.name(), d.costCenter(), office.city(), office.country().name(),
					at(LocalDate.of(2012, 1, 2).plusDays(random.between(0, 900)), 9)});
		}
		insert("""
				INSERT INTO hr.departments (department_id, code, name, cost_center, office_city, office_country, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", departmentRows);

		int[] weights = DEPARTMENTS.stream().mapToInt(Department::weight).toArray();
		var employeeRows = new ArrayList<Object[]>(employeeCount);
		var salesReps = new ArrayList<Long>();
		long[] heads = new long[DEPARTMENTS.size()];
		var extensions = new LinkedHashSet<Integer>();
		for (long id = 1; id <= employeeCount; id++) {
			// employees 1..10 head the departments (1, heading the executive office, is the chief executive); the rest are staff
			int departmentIndex = id <= DEPARTMENTS.size() ? (int) id - 1 : random.weightedIndex(weights);
			Department department = DEPARTMENTS.get(departmentIndex);
			boolean head = id <= DEPARTMENTS.size();
			Long managerId = id == 1 ? null : head ? Long.valueOf(1) : Long.valueOf(heads[departmentIndex]);
			if (head) {
				heads[departmentIndex] = id;
			}
			String title = head ? department.headTitle() : random.pick(department.titles());
			Office office = head || random.chance(0.7) ? OFFICES.get(department.office()) : random.pick(OFFICES);
			Country country = office.country();
			Culture culture = random.chance(0.15) ? random.pick(Culture.values()) : country.culture(random);
			Person person = people.person(culture, head ? 32 : 23, head ? 48 : 35, 64);
			LocalDate earliestHire = person.birthDate().plusYears(22);
			if (earliestHire.isBefore(LocalDate.of(2012, 1, 2))) {
				earliestHire = LocalDate.of(2012, 1, 2);
			}
			LocalDate hired = random.dateBetween(earliestHire, head ? LocalDate.of(2021, 1, 1) : TODAY.minusDays(14));
			if (hired.isBefore(earliestHire)) {
				hired = earliestHire;
			}
			String status = "ACTIVE";
			LocalDate terminated = null;
			if (!head && hired.isBefore(TODAY.minusDays(400)) && random.chance(0.08)) {
				status = "TERMINATED";
				terminated = random.dateBetween(hired.plusDays(180), TODAY.minusDays(7));
			}
			else if (!head && random.chance(0.03)) {
				status = "ON_LEAVE";
			}
			Address home = Addresses.random(country, country.city(office.city()), random);
			NationalId nationalId = NationalIds.of(country, person, random);
			int extension;
			do {
				extension = random.between(2000, 7999);
			}
			while (!extensions.add(extension));
			String iban = null;
			String routing = null;
			String account = null;
			if (IBAN_COUNTRIES.contains(country)) {
				String compact = BankAccounts.iban(country.name(), random);
				iban = random.chance(0.7) ? compact : BankAccounts.printed(compact);
			}
			else if (country == Country.US) {
				routing = BankAccounts.abaRouting(random);
				account = random.digits(random.between(9, 12));
			}
			else {
				account = random.digits(random.between(11, 14));
			}
			double salaryUsd = id == 1 ? 320_000 : department.baseSalaryUsd() * seniority(title) * random.between(0.88, 1.15);
			double localSalary = salaryUsd * office.salaryFactor();
			long rounded = Math.round(localSalary / (country == Country.IN ? 1_000 : 100)) * (country == Country.IN ? 1_000 : 100);
			double bonus = head ? random.between(20, 30) : title.contains("Account Executive") ? 40 : random.between(0, 15);
			employeeRows.add(new Object[] {id, "E" + (10_000 + id), person.givenName(), person.familyName(),
					people.workEmail(person, WORK_EMAIL_DOMAIN), random.chance(0.7) ? people.personalEmail(person) : null,
					office.switchboard(), Integer.toString(extension), country.phoneNumber(home.city(), random),
					person.birthDate(), nationalId.value(), nationalId.type(), street(home), home.city().name(),
					home.city().region(), home.postalCode(), country.name(), departmentIndex + 1, managerId, title, office.city(),
					status, hired, terminated, money(rounded * 100), country.currency(), money(Math.round(bonus) * 100L), iban,
					routing, account, at(hired.minusDays(random.between(10, 40)), 10)});
			if (department.code().equals("SALES") && !head) {
				salesReps.add(id);
			}
		}
		insert("""
				INSERT INTO hr.employees (employee_id, employee_number, first_name, last_name, work_email, personal_email,
				    work_phone, extension, mobile_phone, date_of_birth, national_id, national_id_type, home_street, home_city,
				    home_region, home_postal_code, home_country, department_id, manager_id, job_title, work_location,
				    employment_status, hire_date, termination_date, salary, salary_currency, bonus_target_pct, iban,
				    bank_routing_number, bank_account_number, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", employeeRows);
		var managers = new ArrayList<Object[]>();
		for (int i = 0; i < heads.length; i++) {
			managers.add(new Object[] {heads[i], i + 1});
		}
		insert("UPDATE hr.departments SET manager_id = ? WHERE department_id = ?", managers);
		return salesReps;
	}

	private static double seniority(String title) {
		if (title.startsWith("Chief") || title.startsWith("VP") || title.startsWith("Head") || title.startsWith("Director")
				|| title.equals("General Counsel") || title.equals("Controller")) {
			return 2.0;
		}
		if (title.startsWith("Staff") || title.contains("Manager") || title.contains("Lead") || title.contains("Supervisor")) {
			return 1.45;
		}
		if (title.startsWith("Senior") || title.contains("Scientist") || title.contains("Counsel")) {
			return 1.25;
		}
		if (title.contains("Clerk") || title.contains("Associate") || title.contains("Agent") || title.contains("Representative")
				|| title.contains("Assistant") || title.equals("Paralegal")) {
			return 0.75;
		}
		return 1.0;
	}

	// ---------------------------------------------------------------- products

	private List<Product> writeProducts(int count) throws SQLException {
		var products = new ArrayList<Product>(count);
		var rows = new ArrayList<Object[]>(count);
		var skus = new LinkedHashSet<String>();
		for (int id = 1; id <= count; id++) {
			String[] line = PRODUCT_LINES[random.between(0, PRODUCT_LINES.length - 1)];
			String sku;
			do {
				sku = line[0] + "-" + random.between(10_000, 99_999);
			}
			while (!skus.add(sku));
			String ean = Serials.ean13(random.pick(EAN_PREFIXES), random);
			String name = random.pick(BRANDS) + " " + line[random.between(4, line.length - 1)] + random.pick(VARIANTS);
			double price = Math.round(random.between(Double.parseDouble(line[2]), Double.parseDouble(line[3]))) - 0.01;
			products.add(new Product(id, price));
			rows.add(new Object[] {id, sku, ean, name, line[1], BigDecimal.valueOf(price).setScale(2), random.between(50, 5_000),
					random.chance(0.92), at(LocalDate.of(2018, 1, 1).plusDays(random.between(0, 2_500)), 8)});
		}
		insert("""
				INSERT INTO sales.products (product_id, sku, ean, name, category, list_price_usd, weight_grams, active, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return products;
	}

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
			c.createdAt = at(random.dateBetween(LocalDate.of(2019, 1, 1), TODAY.minusDays(1)), random.between(0, 23))
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
		insert("""
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
		OffsetDateTime end = at(TODAY, 23);
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
			long unit = toCents(country.fromUsd(product.listPriceUsd()));
			int discount = random.chance(0.8) ? 0 : random.pick(new Integer[] {5, 10, 15, 20});
			long lineTotal = roundFor(country, Math.round(quantity * unit * (100 - discount) / 100.0));
			subtotal += lineTotal;
			itemRows.add(new Object[] {orderId, ++lineNumber, product.id(), quantity, money(unit), money(discount * 100L), money(lineTotal)});
		}
		long tax = roundFor(country, Math.round(subtotal * country.taxRate()));
		long freeShippingFrom = toCents(country.fromUsd(75));
		long shipping = subtotal >= freeShippingFrom ? 0 : toCents(country.fromUsd(random.pick(new Double[] {4.99, 7.99, 12.5})));
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
				salesRep, channel, status, orderedAt, shippedAt, deliveredAt, country.currency(), money(subtotal), money(tax),
				money(shipping), money(total), tracking});
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
		return new Object[] {id, orderId, attempt, method, status, money(amount), country.currency(),
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
		insert("""
				INSERT INTO sales.orders (order_id, order_number, customer_id, billing_address_id, shipping_address_id, sales_rep_id,
				    channel, status, ordered_at, shipped_at, delivered_at, currency, subtotal, tax_amount, shipping_amount,
				    total_amount, tracking_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orderRows);
		insert("""
				INSERT INTO sales.order_items (order_id, line_number, product_id, quantity, unit_price, discount_pct, line_total)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", itemRows);
		insert("""
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
		try (Statement statement = connection.createStatement()) {
			for (String[] identity : identities) {
				long next;
				try (var rs = statement.executeQuery("SELECT COALESCE(MAX(" + identity[1] + "), 0) + 1 FROM " + identity[0])) {
					rs.next();
					next = rs.getLong(1);
				}
				statement.execute("ALTER TABLE " + identity[0] + " ALTER COLUMN " + identity[1] + " RESTART WITH " + next);
			}
		}
	}

	private void insert(String sql, List<Object[]> rows) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending == BATCH_SIZE) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static String street(Address address) {
		return address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
	}

	private static OffsetDateTime at(LocalDate date, int hour) {
		return OffsetDateTime.of(date, LocalTime.of(hour, 0), ZoneOffset.UTC);
	}

	private static long toCents(double amount) {
		return Math.round(amount * 100);
	}

	/** Yen have no minor unit: amounts in JPY are whole. */
	private static long roundFor(Country country, long cents) {
		return country.currency().equals("JPY") ? Math.round(cents / 100.0) * 100 : cents;
	}

	private static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}
}
