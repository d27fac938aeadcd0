package io.github.appwritespring.emulator.internal.avatars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes of Appwrite 1.8.1's three icon sets ({@code app/config/avatars/*.php}) with
 * the label the emulator draws for each: Appwrite ships logos and flags as images, the
 * emulator only their codes and names (public facts), and draws a tile instead.
 */
final class IconSets {

	/** Browser codes and names. */
	static final Map<String, String> BROWSERS = ordered("aa", "Avant Browser", "an", "Android WebView Beta", "ch",
			"Google Chrome", "ci", "Google Chrome (iOS)", "cm", "Google Chrome (Mobile)", "cr", "Chromium", "ff",
			"Mozilla Firefox", "sf", "Safari", "mf", "Mobile Safari", "ps", "Microsoft Edge", "oi",
			"Microsoft Edge (iOS)", "om", "Opera Mini", "op", "Opera", "on", "Opera (Next)");

	/** Credit card codes and names. */
	static final Map<String, String> CREDIT_CARDS = ordered("amex", "American Express", "argencard", "Argencard",
			"cabal", "Cabal", "cencosud", "Cencosud", "diners", "Diners Club", "discover", "Discover", "elo", "Elo",
			"hipercard", "Hipercard", "jcb", "JCB", "mastercard", "Mastercard", "naranja", "Naranja",
			"targeta-shopping", "Tarjeta Shopping", "unionpay", "Union Pay", "visa", "Visa", "mir", "MIR", "maestro",
			"Maestro", "rupay", "Rupay");

	/** The 195 country codes of Appwrite's flags, in its order. */
	static final List<String> FLAGS = List.of(("af ao al ad ae ar am ag au at az bi be bj bf bd bg bh bs ba by bz bo "
			+ "br bb bn bt bw cf ca ch cl cn ci cm cd cg co km cv cr cu cy cz de dj dm dk do dz ec eg er es ee et fi "
			+ "fj fr fm ga gb ge gh gn gm gw gq gr gd gt gy hn hr ht hu id in ie ir iq is il it jm jo jp kz ke kg kh "
			+ "ki kn kr kw la lb lr ly lc li lk ls lt lu lv ma mc md mg mv mx mh mk ml mt mm me mn mz mr mu mw my na "
			+ "ne ng ni nl no np nr nz om pk pa pe ph pw pg pl pf kp pt py qa ro ru rw sa sd sn sg sb sl sv sm so rs "
			+ "ss st sr sk si se sz sc sy td tg th tj tm tl to tt tn tr tv tz ug ua uy us uz va vc ve vn vu ws ye za "
			+ "zm zw")
		.split(" "));

	private IconSets() {
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
