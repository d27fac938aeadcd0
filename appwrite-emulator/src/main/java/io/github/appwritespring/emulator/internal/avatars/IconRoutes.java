package io.github.appwritespring.emulator.internal.avatars;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * {@code getBrowser}, {@code getCreditCard} and {@code getFlag} (scope
 * {@code avatars.read}): the codes, sizes (0 to 2000, default 100) and quality (-1 to
 * 100) Appwrite accepts, answered with a PNG tile the emulator draws (the code's label on
 * the code's colour) instead of Appwrite's bundled logos and flags. A size of 0 follows
 * the other one, as a crop of Appwrite's square icons does.
 */
public final class IconRoutes implements RouteModule {

	private static final String CACHE_CONTROL = "private, max-age=2592000";

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/avatars/browsers/{code}", "avatars.read",
				(request) -> icon(request, IconSets.BROWSERS.keySet(), (code) -> code.toUpperCase(Locale.ROOT)));
		routes.get("/avatars/credit-cards/{code}", "avatars.read",
				(request) -> icon(request, IconSets.CREDIT_CARDS.keySet(), IconSets.CREDIT_CARDS::get));
		routes.get("/avatars/flags/{code}", "avatars.read",
				(request) -> icon(request, IconSets.FLAGS, (code) -> code.toUpperCase(Locale.ROOT)));
	}

	private static Response icon(ApiRequest request, Collection<String> codes, Function<String, String> label) {
		String code = request.pathParam("code").toLowerCase(Locale.ROOT);
		if (!codes.contains(code)) {
			throw ApiException.invalidParam("code", "Value must be one of (" + String.join(", ", codes) + ")");
		}
		int[] size = size(request, 100);
		AvatarRoutes.range(request, "quality", -1, -1, 100);
		BufferedImage image = Placeholders.tile(label.apply(code), size[0], size[1]);
		return Response.bytes(200, "image/png", ImageOutput.encode(image, "png", -1))
			.header("Cache-Control", CACHE_CONTROL);
	}

	/**
	 * {@code width} and {@code height} (0 to 2000): a 0 follows the other, both 0 give
	 * the default.
	 */
	static int[] size(ApiRequest request, int fallback) {
		int width = AvatarRoutes.range(request, "width", fallback, 0, 2000);
		int height = AvatarRoutes.range(request, "height", fallback, 0, 2000);
		if (width == 0 && height == 0) {
			return new int[] { fallback, fallback };
		}
		return new int[] { (width == 0) ? height : width, (height == 0) ? width : height };
	}

}
