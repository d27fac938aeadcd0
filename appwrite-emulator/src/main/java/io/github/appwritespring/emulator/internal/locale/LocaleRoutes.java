package io.github.appwritespring.emulator.internal.locale;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * Appwrite's Locale service (scope {@code locale.read}: guests, users and the key). Names
 * follow {@code X-Appwrite-Locale} (or the {@code locale} query parameter) when the JDK
 * knows the language, English otherwise. {@code GET /locale} answers as Appwrite does for
 * an address its GeoIP database does not know (the emulator has none): country and
 * continent {@code Unknown}, codes {@code --}.
 */
public final class LocaleRoutes implements RouteModule {

	private static final String SCOPE = "locale.read";

	/**
	 * The lists per kind and language, built once per JVM (the JDK takes seconds to load
	 * every language's names) and never changed.
	 */
	private static final Map<String, ObjectNode> CACHE = new ConcurrentHashMap<>();

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/locale", SCOPE, (request) -> {
			ObjectNode locale = Json.object();
			locale.put("ip", request.ip());
			locale.put("countryCode", "--");
			locale.put("country", "Unknown");
			locale.put("continentCode", "--");
			locale.put("continent", "Unknown");
			locale.put("eu", false);
			locale.put("currency", "");
			return Response.ok(locale);
		});
		routes.get("/locale/codes", SCOPE, (request) -> Response.ok(cached("codes", request, LocaleData::localeCodes)));
		routes.get("/locale/countries", SCOPE,
				(request) -> Response.ok(cached("countries", request, (l) -> LocaleData.countries(l, false))));
		routes.get("/locale/countries/eu", SCOPE,
				(request) -> Response.ok(cached("eu", request, (l) -> LocaleData.countries(l, true))));
		routes.get("/locale/countries/phones", SCOPE,
				(request) -> Response.ok(cached("phones", request, LocaleData::phones)));
		routes.get("/locale/continents", SCOPE, (request) -> Response.ok(LocaleData.continents()));
		routes.get("/locale/currencies", SCOPE,
				(request) -> Response.ok(cached("currencies", request, LocaleData::currencies)));
		routes.get("/locale/languages", SCOPE,
				(request) -> Response.ok(cached("languages", request, LocaleData::languages)));
	}

	private static ObjectNode cached(String kind, ApiRequest request, Function<Locale, ObjectNode> build) {
		Locale display = display(request);
		String key = kind + "|" + display.toLanguageTag();
		ObjectNode cached = CACHE.get(key);
		if (cached != null) {
			return cached;
		}
		ObjectNode built = build.apply(display);
		if (CACHE.size() < 500) {
			CACHE.putIfAbsent(key, built);
		}
		return built;
	}

	private static Locale display(ApiRequest request) {
		String requested = request.query()
			.optionalString("locale")
			.or(() -> request.header("X-Appwrite-Locale"))
			.orElse("");
		return LocaleData.displayLocale(requested);
	}

}
