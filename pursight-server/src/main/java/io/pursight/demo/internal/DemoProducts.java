package io.pursight.demo.internal;

import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The demo shop's catalog: products of several lines and brands, with SKUs, EANs and list prices. */
final class DemoProducts {

	record Product(int id, double listPriceUsd) {
	}

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
	private static final String[] EAN_PREFIXES = {"400", "401", "405", "440", "500", "501", "300", "340", "370", "800", "840", "870",
			"045", "049", "030", "036"};
	/** Writes {@code count} products of the catalog and returns them. */
	static List<Product> write(DemoRows rows, SeededRandom random, int count) throws SQLException {
		var products = new ArrayList<Product>(count);
		var productRows = new ArrayList<Object[]>(count);
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
			productRows.add(new Object[] {id, sku, ean, name, line[1], BigDecimal.valueOf(price).setScale(2), random.between(50, 5_000),
					random.chance(0.92), DemoRows.at(LocalDate.of(2018, 1, 1).plusDays(random.between(0, 2_500)), 8)});
		}
		rows.insert("""
				INSERT INTO sales.products (product_id, sku, ean, name, category, list_price_usd, weight_grams, active, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", productRows);
		return products;
	}

	private DemoProducts() {
	}
}
