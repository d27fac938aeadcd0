package io.github.appwritespring.emulator.internal.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * The {@code url}, {@code success} and {@code failure} parameters Appwrite checks against
 * the project's Web platforms: here http(s) URLs on {@code localhost}, {@code 127.0.0.1},
 * the emulator's host or an {@code allowedRedirectHosts} entry; and the links built from
 * them ({@code url} + query parameters, before any fragment).
 */
public final class RedirectUrls {

	private RedirectUrls() {
	}

	/** A required checked URL parameter. */
	public static String required(Params params, String name, EmulatorContext context) {
		return optional(params, name, context).orElseThrow(() -> ApiException.missingParam(name));
	}

	/** An optional checked URL parameter ({@code ""} counts as absent). */
	public static Optional<String> optional(Params params, String name, EmulatorContext context) {
		Optional<String> value = params.optionalText(name, 2048).filter((v) -> !v.isEmpty());
		if (value.isEmpty()) {
			return value;
		}
		Set<String> allowed = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
		allowed.add(URI.create(context.endpoint()).getHost().toLowerCase(Locale.ROOT));
		allowed.addAll(context.config().allowedRedirectHosts());
		try {
			URI uri = new URI(value.get());
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw ApiException.invalidParam(name, "Invalid URI. URL must use the http or https scheme.");
			}
			String host = (uri.getHost() == null) ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			if (!allowed.contains(host)) {
				throw ApiException.invalidParam(name,
						"Invalid URI. Register your new client (" + host
								+ ") as a new Web platform on your project console dashboard; the emulator accepts: "
								+ String.join(", ", allowed));
			}
			return value;
		}
		catch (URISyntaxException ex) {
			throw ApiException.invalidParam(name, "Invalid URI. Value must be a valid URL.");
		}
	}

	/**
	 * The link in a message: {@code url} with the parameters merged into its query as
	 * PHP's {@code http_build_query} encodes them.
	 */
	public static String link(String url, Map<String, String> params) {
		StringBuilder query = new StringBuilder();
		params.forEach((key, value) -> {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(encode(key)).append('=').append(encode(value));
		});
		return OAuth2Routes.appendQuery(url, query.toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
