package io.github.appwritespring.emulator.internal.avatars;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.FilterVar;

/**
 * {@code getImage}, {@code getFavicon} and {@code getScreenshot} (scope
 * {@code avatars.read}). Appwrite fetches the URL (or has a headless browser open it);
 * the emulator works offline and never does: it checks the parameters as Appwrite does,
 * refuses a host Appwrite refuses (one without a public suffix: {@code localhost}, IP
 * addresses; 404 {@code avatar_remote_url_failed}), and answers any other URL with an
 * image it draws: a picture frame of the requested size, a 56 x 56 tile with the site's
 * initial, a page of the viewport's size (times {@code scale}) in the requested theme.
 */
public final class RemoteImageRoutes implements RouteModule {

	private static final String CACHE_CONTROL = "private, max-age=2592000";

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

	private static final List<String> OUTPUTS = List.of("jpg", "jpeg", "png", "webp", "heic", "avif", "gif");

	private static final Set<String> PERMISSIONS = Set.of("geolocation", "camera", "microphone", "notifications",
			"midi", "push", "clipboard-read", "clipboard-write", "payment-handler", "usb", "bluetooth", "accelerometer",
			"gyroscope", "magnetometer", "ambient-light-sensor", "background-sync", "persistent-storage",
			"screen-wake-lock", "web-share", "xr-spatial-tracking");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/avatars/image", "avatars.read", (request) -> {
			String host = publicHost(request.params());
			int[] size = IconRoutes.size(request, 400);
			return png(Placeholders.picture(host, size[0], size[1]));
		});

		routes.get("/avatars/favicon", "avatars.read", (request) -> {
			String host = publicHost(request.params());
			String name = host.startsWith("www.") ? host.substring(4) : host;
			return png(Placeholders.tile(name.substring(0, 1).toUpperCase(Locale.ROOT), 56, 56));
		});

		routes.get("/avatars/screenshots", "avatars.read", (request) -> {
			Params params = request.params();
			String url = params.string("url");
			String host = publicHost(params);
			params.optionalObject("headers");
			int viewportWidth = AvatarRoutes.range(request, "viewportWidth", 1280, 1, 1920);
			int viewportHeight = AvatarRoutes.range(request, "viewportHeight", 720, 1, 1080);
			double scale = decimal(params, "scale", 1, 0.1, 3);
			String theme = params.optionalString("theme").orElse("light");
			if (!theme.equals("light") && !theme.equals("dark")) {
				throw ApiException.invalidParam("theme", "Value must be one of (light, dark)");
			}
			params.optionalText("userAgent", 512);
			params.bool("fullpage", false);
			params.optionalText("locale", 10);
			params.optionalString("timezone").filter((zone) -> !zone.isEmpty()).ifPresent((zone) -> {
				if (!ZoneId.getAvailableZoneIds().contains(zone)) {
					throw ApiException.invalidParam("timezone", "Value must be a valid IANA timezone identifier");
				}
			});
			decimal(params, "latitude", 0, -90, 90);
			decimal(params, "longitude", 0, -180, 180);
			decimal(params, "accuracy", 0, 0, 100000);
			params.bool("touch", false);
			for (String permission : params.optionalStrings("permissions", 100, 64).orElse(List.of())) {
				if (!PERMISSIONS.contains(permission)) {
					throw ApiException.invalidParam("permissions", "Value must a valid array and Value must be one of ("
							+ String.join(", ", PERMISSIONS) + ")");
				}
			}
			AvatarRoutes.range(request, "sleep", 0, 0, 10);
			int width = AvatarRoutes.range(request, "width", 0, 0, 2000);
			int height = AvatarRoutes.range(request, "height", 0, 0, 2000);
			int quality = AvatarRoutes.range(request, "quality", -1, -1, 100);
			String output = params.optionalString("output").orElse("").toLowerCase(Locale.ROOT);
			if (!output.isEmpty() && !OUTPUTS.contains(output)) {
				throw ApiException.invalidParam("output", "Value must be one of (" + String.join(", ", OUTPUTS) + ")");
			}
			BufferedImage page = Placeholders.page(url.isEmpty() ? host : url,
					(int) Math.max(1, Math.round(viewportWidth * scale)),
					(int) Math.max(1, Math.round(viewportHeight * scale)), theme.equals("dark"));
			if (width > 0 || height > 0) {
				int w = (width > 0) ? width : (int) Math.max(1, (long) page.getWidth() * height / page.getHeight());
				int h = (height > 0) ? height : (int) Math.max(1, (long) page.getHeight() * width / page.getWidth());
				page = Placeholders.resize(page, w, h);
			}
			String format = ImageOutput.format(output.isEmpty() ? "png" : output);
			return Response.bytes(200, ImageOutput.contentType(format), ImageOutput.encode(page, format, quality))
				.header("Cache-Control", CACHE_CONTROL);
		});
	}

	private static Response png(BufferedImage image) {
		return Response.bytes(200, "image/png", ImageOutput.encode(image, "png", -1))
			.header("Cache-Control", CACHE_CONTROL);
	}

	/**
	 * The {@code url} parameter's host: an http(s) URL (400 otherwise) whose host
	 * Appwrite would fetch (404 {@code avatar_remote_url_failed} otherwise).
	 */
	static String publicHost(Params params) {
		String url = params.string("url");
		String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
		if (!FilterVar.isUrl(url) || !(scheme.equals("http") || scheme.equals("https"))) {
			throw ApiException.invalidParam("url", "Value must be a valid URL with following schemes (http, https)");
		}
		String host = hostOf(url).toLowerCase(Locale.ROOT);
		if (!isPublic(host)) {
			throw ApiException.notFound("avatar_remote_url_failed", "Failed to fetch favicon from the requested URL.");
		}
		return host;
	}

	private static String hostOf(String url) {
		try {
			return Optional.ofNullable(new URI(url).getHost()).orElse("");
		}
		catch (URISyntaxException ex) {
			return "";
		}
	}

	/** A host name under a top-level domain, as Appwrite's public-suffix check wants. */
	static boolean isPublic(String host) {
		String[] labels = host.split("\\.", -1);
		if (labels.length < 2 || !TLD.matcher(labels[labels.length - 1]).matches()) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A number in {@code [min, max]} (Appwrite's float Range). */
	private static double decimal(Params params, String name, double fallback, double min, double max) {
		JsonNode raw = params.raw(name);
		if (raw == null) {
			return fallback;
		}
		double value;
		if (raw.isNumber()) {
			value = raw.doubleValue();
		}
		else {
			try {
				value = Double.parseDouble(raw.asString("").trim());
			}
			catch (NumberFormatException ex) {
				value = Double.NaN;
			}
		}
		if (Double.isNaN(value) || value < min || value > max) {
			throw ApiException.invalidParam(name,
					"Value must be a valid range between " + format(min) + " and " + format(max));
		}
		return value;
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? java.text.NumberFormat.getIntegerInstance(Locale.US).format(value)
				: Double.toString(value);
	}

}
