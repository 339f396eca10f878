package io.pursight.bench.classification;

import java.util.List;

/**
 * The words synthetic columns are made of: names, places, streets, titles and companies from many countries.
 * Public for the scan benchmark's generator ({@code io.pursight.bench.scan}), which writes them into tables.
 */
public final class Vocabulary {
	public static final List<String> GIVEN = List.of("James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William",
			"Linda", "David", "Elizabeth", "José", "María", "François", "Zoë", "Søren", "Björn", "Łukasz", "Małgorzata",
			"Jürgen", "Chloé", "Siobhán", "Aoife", "Raúl", "Inês", "João", "Ngozi", "Oluwaseun", "Priya", "Arjun",
			"Wei", "Hiroshi", "Yuki", "Seo-yeon", "Mohammed", "Fatima", "Olga", "Dmitri", "Kerstin", "Henrik", "Aino",
			"Matteo", "Giulia", "Anouk", "Sven", "Ingrid", "Tomasz", "Zsófia", "Kemal", "Elif", "Thabo", "Kwame",
			"Alejandro", "Camille", "Noémie", "Beatriz", "Ximena", "Nikolai", "Agnieszka", "Lars", "Freya");
	public static final List<String> FAMILY = List.of("Smith", "Johnson", "Williams", "Brown", "García", "Müller", "Schmidt",
			"Dubois", "Rossi", "Novák", "Kowalski", "Nowak", "Jensen", "Hansen", "Virtanen", "O'Brien", "MacDonald",
			"Fernández", "González", "Silva", "Santos", "Pereira", "Nguyen", "Tanaka", "Suzuki", "Kim", "Park", "Chen",
			"Wang", "Patel", "Sharma", "Okafor", "Mensah", "Ivanov", "Petrov", "Yılmaz", "De Vries", "Van der Berg",
			"Lefèvre", "Bianchi", "Ferrari", "Andersson", "Lindqvist", "Kovačević", "Horváth", "Papadopoulos",
			"Haddad", "Cohen", "Murphy", "Kelly", "Walsh", "Schneider", "Fischer", "Weber", "Wagner", "Becker",
			"Hoffmann", "Lambert", "Mercier", "Moreau");
	public static final List<String> CITIES = List.of("London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Vienna",
			"Zürich", "Genève", "Amsterdam", "Rotterdam", "Brussels", "Antwerp", "Copenhagen", "Stockholm", "Göteborg",
			"Oslo", "Helsinki", "Warsaw", "Kraków", "Prague", "Budapest", "Athens", "Dublin", "Cork", "Edinburgh",
			"Manchester", "New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Boston", "Denver", "Austin",
			"Toronto", "Montréal", "Vancouver", "Calgary", "Mexico City", "Guadalajara", "São Paulo", "Rio de Janeiro",
			"Buenos Aires", "Santiago", "Bogotá", "Lima", "Tokyo", "Osaka", "Seoul", "Beijing", "Shanghai", "Mumbai",
			"Bangalore", "Sydney", "Melbourne", "Auckland", "Cape Town", "Nairobi", "Lagos", "Cairo", "Istanbul",
			"München", "Köln", "Düsseldorf", "Frankfurt am Main", "Saint-Étienne", "Aix-en-Provence", "Málaga",
			"Valladolid", "Porto", "Bergen", "Tampere", "Gdańsk", "Brno", "Ghent", "Utrecht", "Leeds", "Bristol",
			"Springfield", "Fort Collins", "Ann Arbor", "Boulder", "Halifax", "Québec", "Oaxaca", "Curitiba", "Cusco");
	public static final List<String> STATES = List.of("California", "Texas", "New York", "Florida", "Illinois", "Ohio",
			"Georgia", "Washington", "Oregon", "Colorado", "CA", "TX", "NY", "FL", "WA", "MA", "Ontario", "Quebec",
			"British Columbia", "Alberta", "ON", "QC", "BC", "Bayern", "Hessen", "Nordrhein-Westfalen", "Sachsen",
			"New South Wales", "Victoria", "Queensland", "NSW", "VIC", "QLD", "São Paulo", "Minas Gerais", "RJ", "SP",
			"Maharashtra", "Karnataka", "Tamil Nadu", "Jalisco", "Nuevo León", "Lombardia", "Toscana", "Andalucía",
			"Cataluña", "Île-de-France", "Bretagne", "Zuid-Holland", "Utrecht");
	public static final List<String> COUNTRIES = List.of("Germany", "France", "Spain", "Italy", "United Kingdom", "UK",
			"United States", "USA", "Canada", "Mexico", "Brazil", "Argentina", "Japan", "China", "India", "Australia",
			"Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Poland",
			"Czech Republic", "Portugal", "Ireland", "Greece", "Turkey", "South Africa", "Nigeria", "Kenya", "Egypt",
			"Deutschland", "España", "Österreich", "Schweiz", "Brasil", "México", "Sverige");
	public static final List<String> STREETS = List.of("Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill",
			"Park", "Pine", "Sunset", "Highland", "Church", "Mill", "River", "King", "Queen", "Victoria", "Station");
	public static final List<String> STREET_SUFFIXES = List.of("Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Boulevard",
			"Blvd", "Lane", "Drive", "Way", "Court", "Place", "Terrace");
	public static final List<String> JOB_TITLES = List.of("Software Engineer", "Senior Software Engineer", "Sales Manager",
			"Account Executive", "Marketing Coordinator", "Chief Financial Officer", "HR Business Partner",
			"Data Analyst", "Registered Nurse", "Customer Support Agent", "Operations Director", "Product Manager",
			"Warehouse Associate", "Accountant", "Legal Counsel", "Research Scientist", "Office Administrator",
			"VP Engineering", "Store Manager", "Graphic Designer", "Sales Representative", "Technician",
			"Geschäftsführer", "Directeur commercial", "Ingeniero de software", "Project Coordinator");
	public static final List<String> COMPANIES = List.of("Acme Corp", "Globex GmbH", "Initech LLC", "Umbrella Ltd",
			"Stark Industries Inc.", "Wayne Enterprises", "Siemens AG", "Renault S.A.", "Nordlicht AB",
			"Fjord Shipping AS", "Tulip Trading B.V.", "Banco Azul S.A.", "Kowalski Sp. z o.o.", "Sakura KK",
			"Maple Leaf Foods Inc.", "Outback Pty Ltd", "Contoso Ltd", "Fabrikam Inc.", "Northwind Traders",
			"Tailspin Toys", "Alpine Ski House", "Blue Yonder Airlines", "Coho Winery", "Litware Inc.",
			"Proseware, Inc.", "Wide World Importers", "Adventure Works Cycles", "Margie's Travel");

	private Vocabulary() {
	}
}
