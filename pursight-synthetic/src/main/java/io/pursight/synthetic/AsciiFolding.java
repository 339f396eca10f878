package io.pursight.synthetic;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Folds names to plain ASCII letters the way registries and e-mail providers do: Łukasz → Lukasz, Müßig → Mussig. */
public final class AsciiFolding {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

	private AsciiFolding() {
	}

	public static String fold(String name) {
		String folded = name.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE").replace("œ", "oe")
				.replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o').replace('Đ', 'D').replace('đ', 'd')
				.replace('ı', 'i');
		return COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
	}
}
