package io.pursight.bench.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic values, valid by their checksums where the format has one, with the
 * messiness of real exports: mixed case, grouping spaces and dashes, several national
 * layouts. Deterministic for a given {@link Random}.
 */
final class SyntheticValues {
	static final List<String> GIVEN = List.of("James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William",
			"Linda", "David", "Elizabeth", "José", "María", "François", "Zoë", "Søren", "Björn", "Łukasz", "Małgorzata",
			"Jürgen", "Chloé", "Siobhán", "Aoife", "Raúl", "Inês", "João", "Ngozi", "Oluwaseun", "Priya", "Arjun",
			"Wei", "Hiroshi", "Yuki", "Seo-yeon", "Mohammed", "Fatima", "Olga", "Dmitri", "Kerstin", "Henrik", "Aino",
			"Matteo", "Giulia", "Anouk", "Sven", "Ingrid", "Tomasz", "Zsófia", "Kemal", "Elif", "Thabo", "Kwame",
			"Alejandro", "Camille", "Noémie", "Beatriz", "Ximena", "Nikolai", "Agnieszka", "Lars", "Freya");
	static final List<String> FAMILY = List.of("Smith", "Johnson", "Williams", "Brown", "García", "Müller", "Schmidt",
			"Dubois", "Rossi", "Novák", "Kowalski", "Nowak", "Jensen", "Hansen", "Virtanen", "O'Brien", "MacDonald",
			"Fernández", "González", "Silva", "Santos", "Pereira", "Nguyen", "Tanaka", "Suzuki", "Kim", "Park", "Chen",
			"Wang", "Patel", "Sharma", "Okafor", "Mensah", "Ivanov", "Petrov", "Yılmaz", "De Vries", "Van der Berg",
			"Lefèvre", "Bianchi", "Ferrari", "Andersson", "Lindqvist", "Kovačević", "Horváth", "Papadopoulos",
			"Haddad", "Cohen", "Murphy", "Kelly", "Walsh", "Schneider", "Fischer", "Weber", "Wagner", "Becker",
			"Hoffmann", "Lambert", "Mercier", "Moreau");
	static final List<String> CITIES = List.of("London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Vienna",
			"Zürich", "Genève", "Amsterdam", "Rotterdam", "Brussels", "Antwerp", "Copenhagen", "Stockholm", "Göteborg",
			"Oslo", "Helsinki", "Warsaw", "Kraków", "Prague", "Budapest", "Athens", "Dublin", "Cork", "Edinburgh",
			"Manchester", "New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Boston", "Denver", "Austin",
			"Toronto", "Montréal", "Vancouver", "Calgary", "Mexico City", "Guadalajara", "São Paulo", "Rio de Janeiro",
			"Buenos Aires", "Santiago", "Bogotá", "Lima", "Tokyo", "Osaka", "Seoul", "Beijing", "Shanghai", "Mumbai",
			"Bangalore", "Sydney", "Melbourne", "Auckland", "Cape Town", "Nairobi", "Lagos", "Cairo", "Istanbul",
			"München", "Köln", "Düsseldorf", "Frankfurt am Main", "Saint-Étienne", "Aix-en-Provence", "Málaga",
			"Valladolid", "Porto", "Bergen", "Tampere", "Gdańsk", "Brno", "Ghent", "Utrecht", "Leeds", "Bristol",
			"Springfield", "Fort Collins", "Ann Arbor", "Boulder", "Halifax", "Québec", "Oaxaca", "Curitiba", "Cusco");
	static final List<String> STATES = List.of("California", "Texas", "New York", "Florida", "Illinois", "Ohio",
			"Georgia", "Washington", "Oregon", "Colorado", "CA", "TX", "NY", "FL", "WA", "MA", "Ontario", "Quebec",
			"British Columbia", "Alberta", "ON", "QC", "BC", "Bayern", "Hessen", "Nordrhein-Westfalen", "Sachsen",
			"New South Wales", "Victoria", "Queensland", "NSW", "VIC", "QLD", "São Paulo", "Minas Gerais", "RJ", "SP",
			"Maharashtra", "Karnataka", "Tamil Nadu", "Jalisco", "Nuevo León", "Lombardia", "Toscana", "Andalucía",
			"Cataluña", "Île-de-France", "Bretagne", "Zuid-Holland", "Utrecht");
	static final List<String> COUNTRIES = List.of("Germany", "France", "Spain", "Italy", "United Kingdom", "UK",
			"United States", "USA", "Canada", "Mexico", "Brazil", "Argentina", "Japan", "China", "India", "Australia",
			"Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Poland",
			"Czech Republic", "Portugal", "Ireland", "Greece", "Turkey", "South Africa", "Nigeria", "Kenya", "Egypt",
			"Deutschland", "España", "Österreich", "Schweiz", "Brasil", "México", "Sverige");
	static final List<String> STREETS = List.of("Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill",
			"Park", "Pine", "Sunset", "Highland", "Church", "Mill", "River", "King", "Queen", "Victoria", "Station");
	static final List<String> STREET_SUFFIXES = List.of("Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Boulevard",
			"Blvd", "Lane", "Drive", "Way", "Court", "Place", "Terrace");
	static final List<String> JOB_TITLES = List.of("Software Engineer", "Senior Software Engineer", "Sales Manager",
			"Account Executive", "Marketing Coordinator", "Chief Financial Officer", "HR Business Partner",
			"Data Analyst", "Registered Nurse", "Customer Support Agent", "Operations Director", "Product Manager",
			"Warehouse Associate", "Accountant", "Legal Counsel", "Research Scientist", "Office Administrator",
			"VP Engineering", "Store Manager", "Graphic Designer", "Sales Representative", "Technician",
			"Geschäftsführer", "Directeur commercial", "Ingeniero de software", "Project Coordinator");
	static final List<String> COMPANIES = List.of("Acme Corp", "Globex GmbH", "Initech LLC", "Umbrella Ltd",
			"Stark Industries Inc.", "Wayne Enterprises", "Siemens AG", "Renault S.A.", "Nordlicht AB",
			"Fjord Shipping AS", "Tulip Trading B.V.", "Banco Azul S.A.", "Kowalski Sp. z o.o.", "Sakura KK",
			"Maple Leaf Foods Inc.", "Outback Pty Ltd", "Contoso Ltd", "Fabrikam Inc.", "Northwind Traders",
			"Tailspin Toys", "Alpine Ski House", "Blue Yonder Airlines", "Coho Winery", "Litware Inc.",
			"Proseware, Inc.", "Wide World Importers", "Adventure Works Cycles", "Margie's Travel");

	private final Random random;

	SyntheticValues(Random random) {
		this.random = random;
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	int between(int min, int maxInclusive) {
		return min + random.nextInt(maxInclusive - min + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	String digits(int n) {
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append((char) ('0' + random.nextInt(10)));
		}
		return b.toString();
	}

	String letters(int n, String alphabet) {
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return b.toString();
	}

	static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static final String ALNUM = UPPER + "0123456789";

	// ---- identity ----

	String fullName() {
		String name = pick(GIVEN) + " " + pick(FAMILY);
		return chance(0.1) ? name.toUpperCase(Locale.ROOT) : name;
	}

	String email() {
		String local = strip(pick(GIVEN)).toLowerCase(Locale.ROOT) + (chance(0.5) ? "." : "_")
				+ strip(pick(FAMILY)).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "")
				+ (chance(0.3) ? String.valueOf(between(1, 99)) : "");
		String domain = pick(List.of("gmail.com", "yahoo.co.uk", "example.org", "mail.de", "corp.example.com",
				"outlook.fr", "uni-muenchen.de", "company.com.br"));
		String e = local + "@" + domain;
		return chance(0.1) ? e.toUpperCase(Locale.ROOT) : e;
	}

	private static String strip(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i");
	}

	String phone() {
		return switch (random.nextInt(12)) {
			case 0 -> "(" + between(201, 989) + ") " + between(200, 999) + "-" + digits(4);
			case 1 -> "+1 " + between(201, 989) + " " + between(200, 999) + " " + digits(4);
			case 2 -> "+44 20 " + between(7000, 8999) + " " + digits(4);
			case 3 -> "020 " + between(7000, 8999) + " " + digits(4);
			case 4 -> "+49 30 " + between(1000000, 99999999);
			case 5 -> "+33 1 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
			case 6 -> "0" + between(1, 5) + "." + digits(2) + "." + digits(2) + "." + digits(2) + "." + digits(2);
			case 7 -> "+91 " + between(70000, 99999) + " " + digits(5);
			case 8 -> "+55 11 9" + digits(4) + "-" + digits(4);
			case 9 -> "+81 3-" + digits(4) + "-" + digits(4);
			case 10 -> "+61 2 " + digits(4) + " " + digits(4);
			default -> "+34 91" + between(1, 9) + " " + digits(3) + " " + digits(3);
		};
	}

	String streetAddress() {
		return switch (random.nextInt(6)) {
			case 0, 1 -> between(1, 9999) + " " + pick(STREETS) + " " + pick(STREET_SUFFIXES);
			case 2 -> pick(List.of("Hauptstraße", "Bahnhofstr.", "Lindenweg", "Gartenstraße", "Kirchgasse")) + " "
					+ between(1, 200);
			case 3 -> between(1, 150) + ", rue " + pick(List.of("de la Paix", "Victor Hugo", "des Lilas", "Pasteur"));
			case 4 -> pick(List.of("Via Roma", "Calle Mayor", "Rua Augusta", "Avenida Paulista", "Strada Nuova")) + " "
					+ between(1, 300);
			default -> between(1, 500) + " " + pick(STREETS) + " " + pick(STREET_SUFFIXES) + ", Apt " + between(1, 40);
		};
	}

	String postalCode() {
		return switch (random.nextInt(7)) {
			case 0 -> digits(5);
			case 1 -> digits(5) + "-" + digits(4);
			case 2 -> letters(1, "ABCEGHJKLMNPRSTVXY") + digits(1) + letters(1, UPPER) + " " + digits(1)
					+ letters(1, UPPER) + digits(1);
			case 3 -> letters(2, "EHMNSW") + between(1, 20) + " " + digits(1) + letters(2, "ABDEFGHJLNPQRSTUWXYZ");
			case 4 -> between(1000, 9999) + " " + letters(2, UPPER);
			case 5 -> digits(5) + "-" + digits(3);
			default -> String.valueOf(between(1000, 9999));
		};
	}

	String dateOfBirth(int style) {
		LocalDate d = LocalDate.of(between(1935, 2010), between(1, 12), between(1, 28));
		return switch (style) {
			case 0 -> d.toString();
			case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
			case 2 -> String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
			default -> d + " 00:00:00";
		};
	}

	String recentDate() {
		return LocalDate.of(between(2015, 2025), between(1, 12), between(1, 28)).toString();
	}

	String username() {
		String base = strip(pick(GIVEN)).toLowerCase(Locale.ROOT).replace(" ", "");
		return switch (random.nextInt(4)) {
			case 0 -> base.charAt(0) + strip(pick(FAMILY)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			case 1 -> base + between(1, 9999);
			case 2 -> base + "." + strip(pick(FAMILY)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			default -> base + "_" + letters(3, "abcdefghijklmnopqrstuvwxyz");
		};
	}

	String passwordHash() {
		return chance(0.5) ? "$2a$10$" + base64(random, 40).substring(0, 53) : hex(64);
	}

	String ipAddress() {
		if (chance(0.25)) {
			return String.format(Locale.ROOT, "2001:db8:%x:%x::%x", random.nextInt(65536), random.nextInt(65536),
					random.nextInt(65536));
		}
		return between(1, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
	}

	String macAddress() {
		StringBuilder b = new StringBuilder();
		char sep = chance(0.7) ? ':' : '-';
		for (int i = 0; i < 6; i++) {
			if (i > 0) {
				b.append(sep);
			}
			b.append(String.format(Locale.ROOT, "%02x", random.nextInt(256)));
		}
		return chance(0.5) ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
	}

	String url() {
		return pick(List.of("https://", "http://", "https://www.")) + pick(List.of("example.com", "acme.org",
				"shop.example.co.uk", "blog.example.net")) + pick(List.of("/", "/products/" + between(1, 999),
						"/users/" + username(), "/search?q=" + letters(5, "abcdefgh"), ""));
	}

	String geoPair() {
		double lat = (random.nextDouble() * 170) - 85;
		double lon = (random.nextDouble() * 350) - 175;
		return String.format(Locale.ROOT, chance(0.5) ? "%.6f, %.6f" : "%.5f,%.5f", lat, lon);
	}

	String latitude() {
		return String.format(Locale.ROOT, "%.6f", (random.nextDouble() * 170) - 85);
	}

	// ---- financial ----

	String creditCard(int style) {
		String[] prefixes = {"4", "51", "52", "55", "2221", "34", "37", "6011", "3530"};
		String prefix = prefixes[random.nextInt(prefixes.length)];
		int length = prefix.equals("34") || prefix.equals("37") ? 15 : 16;
		String body = prefix + digits(length - prefix.length() - 1);
		String pan = body + luhnDigit(body);
		return switch (style) {
			case 0 -> pan;
			case 1 -> group(pan, length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4}, ' ');
			default -> group(pan, length == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4}, '-');
		};
	}

	String iban(int style) {
		String[][] layouts = {{"DE", "18"}, {"FR", "23"}, {"GB", "18"}, {"ES", "20"}, {"IT", "23"}, {"NL", "14"},
				{"BE", "12"}, {"CH", "17"}};
		String[] layout = layouts[random.nextInt(layouts.length)];
		String country = layout[0];
		int bbanLength = Integer.parseInt(layout[1]);
		String bban = switch (country) {
			case "GB" -> letters(4, UPPER) + digits(14);
			case "NL" -> letters(4, UPPER) + digits(10);
			case "IT" -> letters(1, UPPER) + digits(22);
			default -> digits(bbanLength);
		};
		String check = ibanCheck(country, bban);
		String iban = country + check + bban;
		return switch (style) {
			case 0 -> iban;
			case 1 -> group(iban, 4, ' ');
			default -> group(iban, 4, ' ').toLowerCase(Locale.ROOT);
		};
	}

	private static String ibanCheck(String country, String bban) {
		String rearranged = bban + country + "00";
		int rem = 0;
		for (char c : rearranged.toCharArray()) {
			rem = Character.isDigit(c) ? (rem * 10 + (c - '0')) % 97 : (rem * 100 + (c - 'A' + 10)) % 97;
		}
		return String.format(Locale.ROOT, "%02d", 98 - rem);
	}

	String swiftBic() {
		return letters(4, UPPER) + pick(List.of("DE", "FR", "GB", "US", "CH", "NL", "IT", "ES")) + letters(2, ALNUM)
				+ (chance(0.5) ? letters(3, ALNUM) : "");
	}

	String routingNumber() {
		String p = String.format(Locale.ROOT, "%02d", pick(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26,
				31, 32, 61, 63, 67, 71)));
		String body = p + digits(6);
		int[] d = new int[9];
		for (int i = 0; i < 8; i++) {
			d[i] = body.charAt(i) - '0';
		}
		int partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
		return body + (10 - partial % 10) % 10;
	}

	String ethereumAddress() {
		return "0x" + hex(40);
	}

	String bitcoinAddress() {
		byte[] payload = new byte[25];
		payload[0] = 0;
		for (int i = 1; i < 21; i++) {
			payload[i] = (byte) random.nextInt(256);
		}
		byte[] hash = sha256(sha256(java.util.Arrays.copyOf(payload, 21)));
		System.arraycopy(hash, 0, payload, 21, 4);
		return base58(payload);
	}

	String vatId() {
		return switch (random.nextInt(4)) {
			case 0 -> {
				String body = between(1, 9) + digits(7);
				yield "DE" + body + germanVatCheck(body);
			}
			case 1 -> {
				String base = "0" + between(1000000, 9999999);
				long mod = 97 - Long.parseLong(base) % 97;
				yield "BE" + base + String.format(Locale.ROOT, "%02d", mod);
			}
			case 2 -> {
				String body = digits(10);
				yield "IT" + body + luhnDigit(body);
			}
			default -> "ATU" + digits(8);
		};
	}

	private static int germanVatCheck(String body) {
		int product = 10;
		for (char c : body.toCharArray()) {
			int sum = (c - '0' + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (2 * sum) % 11;
		}
		int check = 11 - product;
		return check == 10 ? 0 : check;
	}

	// ---- government ids ----

	String ssn(boolean grouped) {
		int area;
		do {
			area = between(1, 899);
		} while (area == 666);
		String s = String.format(Locale.ROOT, "%03d%02d%04d", area, between(1, 99), between(1, 9999));
		return grouped ? s.substring(0, 3) + "-" + s.substring(3, 5) + "-" + s.substring(5) : s;
	}

	String itin() {
		int group = pick(List.of(between(50, 65), between(70, 88), between(90, 92), between(94, 99)));
		return "9" + digits(2) + "-" + group + "-" + digits(4);
	}

	String ukNino() {
		String first = "ABCEGHJKLMNOPRSTWXYZ";
		String second = "ABCEGHJKLMNPRSTWXYZ";
		String prefix;
		do {
			prefix = letters(1, first) + letters(1, second);
		} while (List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
		String body = digits(6);
		String suffix = letters(1, "ABCD");
		return chance(0.5) ? prefix + body + suffix
				: prefix + " " + body.substring(0, 2) + " " + body.substring(2, 4) + " " + body.substring(4) + " " + suffix;
	}

	String nhsNumber() {
		while (true) {
			String body = digits(9);
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (body.charAt(i) - '0') * (10 - i);
			}
			int check = 11 - sum % 11;
			if (check == 11) {
				check = 0;
			}
			if (check != 10) {
				String n = body + check;
				return chance(0.5) ? n : n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
			}
		}
	}

	String canadianSin() {
		String body = pick(List.of("1", "2", "3", "4", "5", "6", "7", "9")) + digits(7);
		String sin = body + luhnDigit(body);
		return chance(0.5) ? sin : sin.substring(0, 3) + " " + sin.substring(3, 6) + " " + sin.substring(6);
	}

	String germanTaxId() {
		while (true) {
			// ten digits, first not zero, exactly one digit twice
			java.util.List<Integer> pool = new java.util.ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
			java.util.Collections.shuffle(pool, random);
			int doubled = pool.get(0);
			java.util.List<Integer> digits = new java.util.ArrayList<>(pool.subList(1, 10));
			digits.set(random.nextInt(9), doubled);
			digits.add(doubled);
			java.util.Collections.shuffle(digits, random);
			if (digits.get(0) == 0) {
				continue;
			}
			int[] d = digits.stream().mapToInt(Integer::intValue).toArray();
			int product = 10;
			for (int i = 0; i < 10; i++) {
				int sum = (d[i] + product) % 10;
				if (sum == 0) {
					sum = 10;
				}
				product = (sum * 2) % 11;
			}
			int check = 11 - product;
			if (check == 10) {
				check = 0;
			}
			int[] counts = new int[10];
			for (int x : d) {
				counts[x]++;
			}
			long repeated = java.util.Arrays.stream(counts).filter(c -> c >= 2).count();
			if (repeated != 1 || java.util.Arrays.stream(counts).anyMatch(c -> c > 3)) {
				continue;
			}
			StringBuilder b = new StringBuilder();
			for (int x : d) {
				b.append(x);
			}
			return b.append(check).toString();
		}
	}

	String spanishNif() {
		String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
		if (chance(0.3)) {
			int prefix = random.nextInt(3);
			String body = digits(7);
			int number = Integer.parseInt(prefix + body);
			return "XYZ".charAt(prefix) + body + letters.charAt(number % 23);
		}
		int number = between(1000000, 99999999);
		return String.format(Locale.ROOT, "%08d%c", number, letters.charAt(number % 23));
	}

	String frenchInsee() {
		String body = between(1, 2) + String.format(Locale.ROOT, "%02d%02d", between(40, 99), between(1, 12))
				+ String.format(Locale.ROOT, "%02d", between(1, 95)) + digits(3) + digits(3);
		long n = Long.parseLong(body);
		long key = 97 - n % 97;
		String v = body + String.format(Locale.ROOT, "%02d", key);
		return chance(0.5) ? v
				: v.charAt(0) + " " + v.substring(1, 3) + " " + v.substring(3, 5) + " " + v.substring(5, 7) + " "
						+ v.substring(7, 10) + " " + v.substring(10, 13) + " " + v.substring(13);
	}

	String italianFiscalCode() {
		int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
		String code = letters(6, UPPER) + digits(2) + letters(1, "ABCDEHLMPRST")
				+ String.format(Locale.ROOT, "%02d", chance(0.5) ? between(1, 28) : between(41, 68))
				+ letters(1, UPPER) + digits(3);
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			char c = code.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A';
			sum += i % 2 == 0 ? odd[v] : v;
		}
		return code + (char) ('A' + sum % 26);
	}

	String aadhaar() {
		String body = between(2, 9) + digits(10);
		for (int check = 0; check < 10; check++) {
			String full = body + check;
			if (io.pursight.classifier.BuiltInValidator.IN_AADHAAR.test(full)) {
				return chance(0.5) ? full : full.substring(0, 4) + " " + full.substring(4, 8) + " " + full.substring(8);
			}
		}
		throw new IllegalStateException("every Verhoeff body has a check digit");
	}

	String indianPan() {
		return letters(3, UPPER) + letters(1, "PCHFAT") + letters(1, UPPER) + digits(4) + letters(1, UPPER);
	}

	String pesel() {
		int year = between(1940, 2015);
		int month = between(1, 12) + (year >= 2000 ? 20 : 0);
		String body = String.format(Locale.ROOT, "%02d%02d%02d", year % 100, month, between(1, 28)) + digits(4);
		int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (body.charAt(i) - '0') * w[i];
		}
		return body + (10 - sum % 10) % 10;
	}

	String australianTfn() {
		int[] w = {1, 4, 3, 7, 5, 8, 6, 9, 10};
		while (true) {
			String body = digits(8);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (body.charAt(i) - '0') * w[i];
			}
			// 10 * d9 = -d9 (mod 11), so the total is divisible by 11 when d9 = sum mod 11
			int d9 = sum % 11;
			if (d9 < 10) {
				String tfn = body + d9;
				return chance(0.5) ? tfn : tfn.substring(0, 3) + " " + tfn.substring(3, 6) + " " + tfn.substring(6);
			}
		}
	}

	String dutchBsn() {
		while (true) {
			String body = between(1, 9) + digits(7);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (body.charAt(i) - '0') * (9 - i);
			}
			int d9 = sum % 11;
			if (d9 < 10) {
				return body + d9;
			}
		}
	}

	String swedishPersonnummer() {
		LocalDate d = LocalDate.of(between(1940, 2010), between(1, 12), between(1, 28));
		String body = String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth())
				+ digits(3);
		String check = String.valueOf(luhnDigit(body));
		return chance(0.5) ? body.substring(0, 6) + "-" + body.substring(6) + check
				: d.getYear() / 100 + body + check;
	}

	String npi() {
		String body = pick(List.of("1", "2")) + digits(8);
		int check = luhnDigit("80840" + body);
		return body + check;
	}

	String mbi() {
		String alpha = "ACDEFGHJKMNPQRTUVWXY";
		String alnum = alpha + "0123456789";
		String m = between(1, 9) + letters(1, alpha) + letters(1, alnum) + digits(1) + letters(1, alpha)
				+ letters(1, alnum) + digits(1) + letters(1, alpha) + letters(1, alpha) + digits(2);
		return chance(0.3) ? m.substring(0, 4) + "-" + m.substring(4, 7) + "-" + m.substring(7) : m;
	}

	String icd10() {
		return pick(List.of("E11.9", "I10", "J45.909", "S72.001A", "M54.5", "F32.9", "K21.9", "E78.5", "N39.0",
				"R51", "Z00.00", "C50.911", "G43.909", "J06.9", "I25.10", "E66.9", "F41.1", "M17.11", "H52.4", "L40.0"));
	}

	String awsAccessKey() {
		return pick(List.of("AKIA", "ASIA")) + letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
	}

	String privateKey() {
		String type = pick(List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"));
		return "-----BEGIN " + type + "-----\n" + base64(random, 300) + "\n-----END " + type + "-----";
	}

	String apiKey() {
		return switch (random.nextInt(4)) {
			case 0 -> "sk_live_" + letters(24, ALNUM + "abcdefghijklmnopqrstuvwxyz");
			case 1 -> "ghp_" + letters(36, ALNUM + "abcdefghijklmnopqrstuvwxyz");
			default -> letters(32, ALNUM + "abcdefghijklmnopqrstuvwxyz");
		};
	}

	String jwt() {
		Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
		String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = enc.encodeToString(("{\"sub\":\"" + between(1000, 99999) + "\",\"iat\":" + between(1600000000,
				1700000000) + "}").getBytes(StandardCharsets.UTF_8));
		byte[] sig = new byte[32];
		random.nextBytes(sig);
		return header + "." + payload + "." + enc.encodeToString(sig);
	}

	String imei() {
		String body = pick(List.of("35", "86", "01", "99", "49")) + digits(12);
		String imei = body + luhnDigit(body);
		return chance(0.3) ? imei.substring(0, 2) + "-" + imei.substring(2, 8) + "-" + imei.substring(8, 14) + "-"
				+ imei.substring(14) : imei;
	}

	String vin() {
		String chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
		int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
		String years = "ABCDEFGHJKLMNPRSTVWXY123456789";
		{
			char[] v = (pick(List.of("1HG", "WVW", "JHM", "5YJ", "WBA", "1FT", "KMH", "VF1")) + letters(5, chars) + "0"
					+ letters(1, years) + letters(1, chars) + digits(6)).toCharArray();
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				sum += vinValue(v[i]) * weights[i];
			}
			int check = sum % 11;
			v[8] = check == 10 ? 'X' : (char) ('0' + check);
			return new String(v);
		}
	}

	private static int vinValue(char c) {
		if (Character.isDigit(c)) {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> 0;
		};
	}

	String licensePlate() {
		return switch (random.nextInt(4)) {
			case 0 -> between(1, 9) + letters(3, UPPER) + digits(3);
			case 1 -> letters(2, UPPER) + digits(2) + " " + letters(3, UPPER);
			case 2 -> letters(1, "BMKSHF") + "-" + letters(2, UPPER) + " " + between(1, 9999);
			default -> letters(3, UPPER) + "-" + digits(4);
		};
	}

	// ---- helpers ----

	String hex(int n) {
		return letters(n, "0123456789abcdef");
	}

	static int luhnDigit(String body) {
		int sum = 0;
		boolean doubleIt = true;
		for (int i = body.length() - 1; i >= 0; i--) {
			int d = body.charAt(i) - '0';
			if (doubleIt) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		return (10 - sum % 10) % 10;
	}

	static String group(String s, int size, char sep) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			if (i > 0 && i % size == 0) {
				b.append(sep);
			}
			b.append(s.charAt(i));
		}
		return b.toString();
	}

	static String group(String s, int[] sizes, char sep) {
		StringBuilder b = new StringBuilder();
		int pos = 0;
		for (int size : sizes) {
			if (pos > 0) {
				b.append(sep);
			}
			b.append(s, pos, pos + size);
			pos += size;
		}
		return b.toString();
	}

	private static String base64(Random random, int bytes) {
		byte[] b = new byte[bytes];
		random.nextBytes(b);
		return Base64.getEncoder().encodeToString(b).replace("/", ".").replace("+", "/");
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String base58(byte[] data) {
		String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
		java.math.BigInteger n = new java.math.BigInteger(1, data);
		StringBuilder b = new StringBuilder();
		java.math.BigInteger base = java.math.BigInteger.valueOf(58);
		while (n.signum() > 0) {
			java.math.BigInteger[] qr = n.divideAndRemainder(base);
			b.append(alphabet.charAt(qr[1].intValue()));
			n = qr[0];
		}
		for (byte x : data) {
			if (x != 0) {
				break;
			}
			b.append('1');
		}
		return b.reverse().toString();
	}
}
