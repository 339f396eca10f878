package io.pursight.demo.internal;

import io.pursight.synthetic.SeededRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The countries demo customers and employees live in, with what it takes to write a believable
 * address and phone number there: cities (region, postal code range, dialling area), streets,
 * phone number layouts, currency and tax rate.
 *
 * <p>City entries read {@code name/region/postal code spec/area code}; what a postal code spec
 * means depends on the country (see {@link Addresses}). Phone layouts use {@code #} for a digit,
 * {@code @} for the city's area code and {@code {a|b}} for a choice.
 */
enum Country {
	US("United States", "USD", 1.0, 0.0725, "en-US", 30,
			"ANGLO:55,HISPANIC:18,CHINESE:4,KOREAN:3,VIETNAMESE:3,INDIAN:5,WEST_AFRICAN:4,ARABIC:3,IRISH:3,ITALIAN:2",
			"New York/NY/100/212;Brooklyn/NY/112/718;Los Angeles/CA/900/213;San Francisco/CA/941/415;San Diego/CA/921/619;"
					+ "Chicago/IL/606/312;Houston/TX/770/713;Austin/TX/787/512;Dallas/TX/752/214;Phoenix/AZ/850/602;"
					+ "Philadelphia/PA/191/215;Seattle/WA/981/206;Denver/CO/802/303;Boston/MA/021/617;Atlanta/GA/303/404;"
					+ "Miami/FL/331/305;Portland/OR/972/503;Minneapolis/MN/554/612;Nashville/TN/372/615;Columbus/OH/432/614;"
					+ "Raleigh/NC/276/919;Salt Lake City/UT/841/801;Kansas City/MO/641/816;Albuquerque/NM/871/505;"
					+ "Honolulu/HI/968/808;Anchorage/AK/995/907;Burlington/VT/054/802;Madison/WI/537/608;New Orleans/LA/701/504;Detroit/MI/482/313",
			"Main Street,Oak Avenue,Maple Drive,Cedar Lane,Pine Street,Elm Street,Washington Avenue,Lake Shore Drive,Hillcrest Road,"
					+ "Park Place,Sunset Boulevard,Lincoln Way,Jackson Street,Highland Avenue,Franklin Court,Madison Avenue,Chestnut Street,"
					+ "Willow Lane,Riverside Drive,Broadway,Market Street,Mission Street,Peachtree Road NE,Magnolia Court,Martin Luther King Jr Boulevard",
			"(@) 555-####|@-555-####|@.555.####|+1 @ 555 ####|+1@555####|+1 (@) 555-####|1-@-555-####"),
	GB("United Kingdom", "GBP", 0.79, 0.20, "en-GB", 12,
			"ANGLO:62,INDIAN:10,IRISH:5,WEST_AFRICAN:5,POLISH:5,ARABIC:5,CHINESE:3,ITALIAN:2,FRENCH:3",
			"London/Greater London/SW1A,SW3,SE10,E14,N1,NW3,EC1V,W2/20;Manchester/Greater Manchester/M1,M4,M14,M20/161;"
					+ "Birmingham/West Midlands/B1,B5,B15,B29/121;Leeds/West Yorkshire/LS1,LS6,LS11/113;Glasgow/Scotland/G1,G3,G12,G41/141;"
					+ "Edinburgh/Scotland/EH1,EH3,EH9/131;Cardiff/Wales/CF10,CF11,CF24/29;Bristol/Bristol/BS1,BS6,BS8/117;"
					+ "Belfast/Northern Ireland/BT1,BT7,BT9/28;Newcastle upon Tyne/Tyne and Wear/NE1,NE2,NE6/191;Oxford/Oxfordshire/OX1,OX2,OX4/1865",
			"High Street,Station Road,Church Lane,Victoria Road,Green Lane,Manor Road,Park Avenue,King's Road,Queen's Road,Mill Lane,"
					+ "Albert Street,York Road,The Crescent,Orchard Close,Windsor Gardens,St Mary's Road,Abbey Road,Hawthorn Way",
			"07{4|5|7|8|9}## ######|+44 7{4|5|7|8|9}## ######|+447{5|7|8}########|020 7946 0###|+44 20 7946 0###"),
	DE("Germany", "EUR", 0.92, 0.19, "de-DE", 9,
			"GERMAN:75,TURKISH:10,POLISH:5,ITALIAN:3,ARABIC:4,NORDIC:1,VIETNAMESE:2",
			"Berlin/Berlin/10115-14199/30;Hamburg/Hamburg/20095-22769/40;München/Bayern/80331-81929/89;"
					+ "Köln/Nordrhein-Westfalen/50667-51149/221;Frankfurt am Main/Hessen/60306-60599/69;Stuttgart/Baden-Württemberg/70173-70629/711;"
					+ "Düsseldorf/Nordrhein-Westfalen/40210-40629/211;Leipzig/Sachsen/04103-04357/341;Nürnberg/Bayern/90402-90491/911;"
					+ "Dresden/Sachsen/01067-01328/351;Bremen/Bremen/28195-28779/421;Hannover/Niedersachsen/30159-30669/511",
			"Hauptstraße,Schulstraße,Gartenstraße,Bahnhofstraße,Dorfstraße,Bergstraße,Birkenweg,Lindenstraße,Kirchstraße,Waldstraße,"
					+ "Ringstraße,Schillerstraße,Goethestraße,Mühlenweg,Am Sonnenhang,Friedrich-Ebert-Straße,Königsallee,Karl-Marx-Allee,"
					+ "Kurfürstendamm,Rosenstraße,Weißdornweg,Mozartstraße",
			"0{151|152|157|159|176|177|178|179} ########|+49 {151|152|157|159|176|177|178|179} ########|0{170|171|172|173|174|175} #######|"
					+ "+49 {170|171|172|173|174|175} #######|+49 @ #######|0@ #######|0@/#######"),
	FR("France", "EUR", 0.92, 0.20, "fr-FR", 8,
			"FRENCH:75,ARABIC:12,PORTUGUESE:4,WEST_AFRICAN:5,VIETNAMESE:3,ITALIAN:1",
			"Paris/Île-de-France/75001-75020/1;Lyon/Auvergne-Rhône-Alpes/69001-69009/4;Marseille/Provence-Alpes-Côte d'Azur/13001-13016/4;"
					+ "Toulouse/Occitanie/31000-31500/5;Nice/Provence-Alpes-Côte d'Azur/06000-06300/4;Nantes/Pays de la Loire/44000-44300/2;"
					+ "Strasbourg/Grand Est/67000-67200/3;Bordeaux/Nouvelle-Aquitaine/33000-33800/5;Lille/Hauts-de-France/59000-59800/3;"
					+ "Montpellier/Occitanie/34000-34090/4;Rennes/Bretagne/35000-35700/2;Besançon/Bourgogne-Franche-Comté/25000-25048/3",
			"rue de la République,avenue Victor Hugo,rue des Lilas,boulevard Voltaire,rue du Général Leclerc,avenue Jean Jaurès,rue Pasteur,"
					+ "place de la Mairie,rue Émile Zola,chemin des Écoliers,allée des Châtaigniers,impasse du Moulin,quai Saint-Michel,"
					+ "rue Sainte-Catherine,boulevard Haussmann,rue de l'Église",
			"06 ## ## ## ##|07 {6|7|8}# ## ## ##|+33 6 ## ## ## ##|+33 (0)6 ## ## ## ##|06########|0@ {4|5|6|7}# ## ## ##|+33 @ {4|5|6|7}# ## ## ##"),
	ES("Spain", "EUR", 0.92, 0.21, "es-ES", 5,
			"HISPANIC:88,ARABIC:5,ANGLO:2,PORTUGUESE:2,CHINESE:3",
			"Madrid/Comunidad de Madrid/28001-28055/91;Barcelona/Cataluña/08001-08042/93;Valencia/Comunitat Valenciana/46001-46026/96;"
					+ "Sevilla/Andalucía/41001-41020/95;Bilbao/País Vasco/48001-48015/94;Málaga/Andalucía/29001-29018/95;"
					+ "Zaragoza/Aragón/50001-50021/976;A Coruña/Galicia/15001-15011/981;Palma/Illes Balears/07001-07015/971",
			"Calle Mayor,Calle de Alcalá,Gran Vía,Avenida de la Constitución,Calle del Sol,Paseo de la Castellana,Calle Real,"
					+ "Plaza de España,Carrer de Mallorca,Calle San Vicente,Avenida de Andalucía,Calle de la Iglesia,Rúa Nova",
			"6## ### ###|+34 6## ## ## ##|+34 6########|6## ## ## ##"),
	IT("Italy", "EUR", 0.92, 0.22, "it-IT", 5,
			"ITALIAN:88,ARABIC:4,WEST_AFRICAN:2,CHINESE:3,POLISH:3",
			"Roma/Lazio/00118-00199/06;Milano/Lombardia/20121-20162/02;Napoli/Campania/80121-80147/081;Torino/Piemonte/10121-10156/011;"
					+ "Bologna/Emilia-Romagna/40121-40141/051;Firenze/Toscana/50121-50145/055;Palermo/Sicilia/90121-90151/091;"
					+ "Genova/Liguria/16121-16167/010;Venezia/Veneto/30121-30176/041;Bari/Puglia/70121-70132/080",
			"Via Roma,Via Garibaldi,Corso Vittorio Emanuele II,Via Mazzini,Piazza del Duomo,Via Dante Alighieri,Viale della Repubblica,"
					+ "Via Cavour,Via XX Settembre,Corso Italia,Via dei Mille,Largo Argentina,Via San Francesco d'Assisi",
			"3{20|28|33|35|38|39|40|45|47|48|49|66|88|93} ### ####|+39 3{20|28|33|35|38|39|40|45|47|48|49} ### ####|+39 3{33|35|47}#######|@ #######|+39 @ #######"),
	NL("Netherlands", "EUR", 0.92, 0.21, "nl-NL", 4,
			"DUTCH:76,TURKISH:8,ARABIC:8,INDIAN:3,CHINESE:2,POLISH:3",
			"Amsterdam/Noord-Holland/1011-1109/20;Rotterdam/Zuid-Holland/3011-3089/10;Den Haag/Zuid-Holland/2491-2599/70;"
					+ "Utrecht/Utrecht/3511-3585/30;Eindhoven/Noord-Brabant/5611-5658/40;Groningen/Groningen/9711-9747/50;"
					+ "Tilburg/Noord-Brabant/5011-5049/13;Maastricht/Limburg/6211-6229/43",
			"Keizersgracht,Prinsengracht,Herengracht,Dorpsstraat,Kerkstraat,Molenweg,Stationsweg,Julianalaan,Beatrixstraat,"
					+ "Wilhelminaplein,Oranjestraat,Vondelstraat,Coolsingel,Oudegracht",
			"06-########|+31 6 ########|06 ## ## ## ##|+31 (0)6 ########|0@-{2|3|4|5|6}######|+31 @ {2|3|4|5|6}######"),
	IE("Ireland", "EUR", 0.92, 0.23, "en-IE", 2,
			"IRISH:70,ANGLO:12,POLISH:10,WEST_AFRICAN:4,INDIAN:4",
			"Dublin/County Dublin/D02,D04,D06,D08,D15,D24/1;Cork/County Cork/T12,T23/21;Galway/County Galway/H91/91;"
					+ "Limerick/County Limerick/V94/61;Waterford/County Waterford/X91/51;Kilkenny/County Kilkenny/R95/56",
			"Main Street,O'Connell Street,Church Road,Grafton Street,Patrick Street,The Crescent,Strand Road,Shop Street,Castle Street,"
					+ "Sráid na Siopaí,Ballsbridge Avenue,Rathmines Road Lower",
			"08{3|5|6|7|9} ### ####|+353 8{3|5|6|7|9} ### ####|+353 8{5|6|7}#######|08{5|7}-#######"),
	PL("Poland", "PLN", 3.95, 0.23, "pl-PL", 3,
			"POLISH:96,GERMAN:2,VIETNAMESE:2",
			"Warszawa/mazowieckie/00-04/22;Kraków/małopolskie/30-31/12;Łódź/łódzkie/90-94/42;Wrocław/dolnośląskie/50-54/71;"
					+ "Poznań/wielkopolskie/60-61/61;Gdańsk/pomorskie/80-80/58;Szczecin/zachodniopomorskie/70-71/91;Lublin/lubelskie/20-20/81;Katowice/śląskie/40-40/32",
			"ul. Marszałkowska,ul. Długa,al. Jerozolimskie,ul. Piotrkowska,ul. Floriańska,ul. Świętokrzyska,ul. Kościuszki,ul. Mickiewicza,"
					+ "ul. Słowackiego,ul. Żeromskiego,ul. Wrocławska,ul. Ogrodowa,ul. Źródlana",
			"{50|51|53|57|60|66|69|72|78|79|88}# ### ###|+48 {50|51|53|57|60|66|69|72|78|79|88}# ### ###|+48{50|51|53|60|66|69}#######|{50|51|60|69}#-###-###"),
	SE("Sweden", "SEK", 10.5, 0.25, "sv-SE", 2,
			"NORDIC:82,ARABIC:8,TURKISH:3,POLISH:3,WEST_AFRICAN:2,CHINESE:2",
			"Stockholm/Stockholms län/111-118/8;Göteborg/Västra Götalands län/411-418/31;Malmö/Skåne län/211-218/40;Uppsala/Uppsala län/752-757/18;"
					+ "Linköping/Östergötlands län/582-589/13;Västerås/Västmanlands län/721-725/21;Örebro/Örebro län/702-703/19;Umeå/Västerbottens län/903-907/90",
			"Drottninggatan,Storgatan,Sveavägen,Kungsgatan,Vasagatan,Götgatan,Järnvägsgatan,Skolgatan,Kyrkogatan,Strandvägen,"
					+ "Östra Hamngatan,Björkvägen,Ängsvägen,Södra Förstadsgatan",
			"07{0|2|3|6}-### ## ##|+46 7{0|2|3|6} ### ## ##|07{0|2|3|6} ### ## ##|+467{0|2|3|6}#######"),
	PT("Portugal", "EUR", 0.92, 0.23, "pt-PT", 2,
			"PORTUGUESE:92,WEST_AFRICAN:4,INDIAN:2,CHINESE:2",
			"Lisboa/Lisboa/1000-1998/21;Porto/Porto/4000-4369/22;Braga/Braga/4700-4719/253;Coimbra/Coimbra/3000-3049/239;"
					+ "Faro/Faro/8000-8009/289;Aveiro/Aveiro/3800-3814/234;Funchal/Madeira/9000-9064/291",
			"Rua Augusta,Avenida da Liberdade,Rua de Santa Catarina,Rua do Ouro,Avenida dos Aliados,Rua Garrett,Travessa do Carmo,"
					+ "Largo do Chiado,Rua da Prata,Avenida da República,Rua Dom João V,Calçada da Ajuda",
			"9{1|2|3|6}# ### ###|+351 9{1|2|3|6}# ### ###|+3519{1|2|3|6}#######"),
	CA("Canada", "CAD", 1.36, 0.13, "en-CA", 5,
			"ANGLO:48,FRENCH:25,CHINESE:8,INDIAN:8,ARABIC:4,KOREAN:3,IRISH:2,VIETNAMESE:2",
			"Toronto/ON/M5V,M4W,M6J,M5A,M4C/416;Montréal/QC/H2X,H3A,H2T,H1V/514;Vancouver/BC/V6B,V5K,V6K/604;Calgary/AB/T2P,T3A,T2N/403;"
					+ "Ottawa/ON/K1P,K2P,K1N/613;Québec/QC/G1R,G1K,G1S/418;Halifax/NS/B3H,B3K/902;Winnipeg/MB/R3C,R2M/204;"
					+ "Edmonton/AB/T5J,T6E/780;Victoria/BC/V8W,V8V/250",
			"Yonge Street,Queen Street West,King Street East,Bloor Street West,Robson Street,Granville Street,Jasper Avenue,"
					+ "Portage Avenue,rue Sainte-Catherine Ouest,boulevard Saint-Laurent,rue Saint-Jean,Spring Garden Road,Elgin Street,Maple Crescent",
			"(@) 555-####|@-555-####|+1 @ 555 ####|+1 (@) 555-####|@.555.####"),
	AU("Australia", "AUD", 1.52, 0.10, "en-AU", 4,
			"ANGLO:62,CHINESE:10,VIETNAMESE:5,INDIAN:7,ITALIAN:5,IRISH:5,KOREAN:3,ARABIC:3",
			"Sydney/NSW/2000-2234/2;Melbourne/VIC/3000-3207/3;Brisbane/QLD/4000-4179/7;Perth/WA/6000-6199/8;Adelaide/SA/5000-5199/8;"
					+ "Hobart/TAS/7000-7055/3;Canberra/ACT/2600-2620/2;Darwin/NT/0800-0832/8;Gold Coast/QLD/4209-4230/7",
			"George Street,Pitt Street,Collins Street,Bourke Street,Queen Street,Hay Street,King William Street,Flinders Lane,"
					+ "Chapel Street,Oxford Street,Beach Road,Wattle Avenue,Banksia Crescent,Jacaranda Drive",
			"04## ### ###|+61 4## ### ###|+614########|04########"),
	IN("India", "INR", 83.0, 0.18, "en-IN", 3,
			"INDIAN:98,ARABIC:2",
			"Mumbai/Maharashtra/400001-400104/22;New Delhi/Delhi/110001-110096/11;Bengaluru/Karnataka/560001-560103/80;"
					+ "Chennai/Tamil Nadu/600001-600119/44;Hyderabad/Telangana/500001-500100/40;Kolkata/West Bengal/700001-700157/33;"
					+ "Pune/Maharashtra/411001-411062/20;Ahmedabad/Gujarat/380001-380061/79;Jaipur/Rajasthan/302001-302039/141;Kochi/Kerala/682001-682041/484",
			"MG Road,Brigade Road,Linking Road,Anna Salai,Park Street,FC Road,Residency Road,Road No. 12 Banjara Hills,Nehru Place,"
					+ "Connaught Place,SV Road,100 Feet Road Indiranagar,80 Feet Road Koramangala,Hill Road Bandra West",
			"+91 {9|8|7}#### #####|0{9|8|7}#########|{9|8|7}#########|+91-{9|8|7}#########|{9|8|7}#### #####"),
	JP("Japan", "JPY", 150.0, 0.10, "ja-JP", 2,
			"JAPANESE:94,KOREAN:3,CHINESE:3",
			"Tokyo/Tokyo/100-199/3;Yokohama/Kanagawa/220-247/45;Osaka/Osaka/530-559/6;Nagoya/Aichi/450-468/52;Sapporo/Hokkaido/060-065/11;"
					+ "Fukuoka/Fukuoka/810-819/92;Kyoto/Kyoto/600-616/75;Kobe/Hyōgo/650-658/78;Sendai/Miyagi/980-989/22",
			"Shibuya,Shinjuku,Ginza,Roppongi,Umeda,Namba,Sakae,Tenjin,Gion,Minato Mirai,Ōdōri,Kita-Horie,Jiyūgaoka,Kōenji",
			"0{90|80|70}-####-####|+81 {90|80|70}-####-####|+81-{90|80}########|0{90|80}########"),
	BR("Brazil", "BRL", 5.0, 0.17, "pt-BR", 4,
			"PORTUGUESE:80,ITALIAN:8,GERMAN:4,JAPANESE:4,ARABIC:4",
			"São Paulo/SP/01000-05999/11;Rio de Janeiro/RJ/20000-23799/21;Belo Horizonte/MG/30000-31999/31;Brasília/DF/70000-72799/61;"
					+ "Salvador/BA/40000-42599/71;Porto Alegre/RS/90000-91999/51;Curitiba/PR/80000-82999/41;Recife/PE/50000-52999/81;"
					+ "Fortaleza/CE/60000-61599/85;Florianópolis/SC/88000-88099/48",
			"Rua Augusta,Avenida Paulista,Rua Oscar Freire,Avenida Atlântica,Rua da Consolação,Avenida Brasil,Rua XV de Novembro,"
					+ "Avenida Sete de Setembro,Rua das Flores,Avenida Beira-Mar,Rua Voluntários da Pátria,Alameda Santos",
			"(@) 9####-####|+55 @ 9####-####|+55 (@) 9####-####|@9########");

	/** A city: its region (state, county, province, Land…), postal code spec and telephone area code. */
	record City(String name, String region, String postalSpec, String areaCode) {
	}

	private final String displayName;
	private final String currency;
	private final double unitsPerUsd;
	private final double taxRate;
	private final String languageTag;
	private final int customerWeight;
	private final Culture[] cultures;
	private final int[] cultureWeights;
	private final List<City> cities;
	private final String[] streets;
	private final String[] phoneLayouts;

	Country(String displayName, String currency, double unitsPerUsd, double taxRate, String languageTag,
			int customerWeight, String cultures, String cities, String streets, String phoneLayouts) {
		this.displayName = displayName;
		this.currency = currency;
		this.unitsPerUsd = unitsPerUsd;
		this.taxRate = taxRate;
		this.languageTag = languageTag;
		this.customerWeight = customerWeight;
		String[] entries = cultures.split(",");
		this.cultures = new Culture[entries.length];
		this.cultureWeights = new int[entries.length];
		for (int i = 0; i < entries.length; i++) {
			String[] parts = entries[i].split(":");
			this.cultures[i] = Culture.valueOf(parts[0]);
			this.cultureWeights[i] = Integer.parseInt(parts[1]);
		}
		var parsed = new ArrayList<City>();
		for (String city : cities.split(";")) {
			String[] parts = city.split("/");
			parsed.add(new City(parts[0], parts[1], parts[2], parts[3]));
		}
		this.cities = List.copyOf(parsed);
		this.streets = streets.split(",");
		this.phoneLayouts = phoneLayouts.split("\\|(?![^{]*})");
	}

	String displayName() {
		return displayName;
	}

	/** ISO 4217 code of the currency orders and salaries are paid in. */
	String currency() {
		return currency;
	}

	/** Converts a US dollar price to this country's currency, rounded as that currency is. */
	double fromUsd(double usd) {
		double local = usd * unitsPerUsd;
		return currency.equals("JPY") ? Math.round(local) : Math.round(local * 100) / 100.0;
	}

	/** Sales tax or VAT applied to orders shipped here. */
	double taxRate() {
		return taxRate;
	}

	/** BCP 47 tag of the usual language. */
	String languageTag() {
		return languageTag;
	}

	Culture culture(SeededRandom random) {
		return cultures[random.weightedIndex(cultureWeights)];
	}

	City city(SeededRandom random) {
		return random.pick(cities);
	}

	/** The city of that name; it must be one of this country's. */
	City city(String name) {
		return cities.stream().filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(name + " is not a city of " + this));
	}

	String street(SeededRandom random) {
		return random.pick(streets);
	}

	/** A phone number of this country in one of its usual written layouts. */
	String phoneNumber(City city, SeededRandom random) {
		return PhoneNumbers.expand(random.pick(phoneLayouts), city.areaCode(), random);
	}

	static Country forCustomer(SeededRandom random) {
		Country[] all = values();
		int[] weights = new int[all.length];
		for (int i = 0; i < all.length; i++) {
			weights[i] = all[i].customerWeight;
		}
		return all[random.weightedIndex(weights)];
	}
}
