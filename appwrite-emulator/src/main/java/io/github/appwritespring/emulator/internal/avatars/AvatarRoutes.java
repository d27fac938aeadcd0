package io.github.appwritespring.emulator.internal.avatars;

import java.util.regex.Pattern;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * Appwrite's Avatars service (scope {@code avatars.read}: guests, users and the key):
 * {@code getInitials} and {@code getQR}. Icons are {@link IconRoutes}, remote images,
 * favicons and screenshots {@link RemoteImageRoutes}.
 */
public final class AvatarRoutes implements RouteModule {

	private static final String SCOPE = "avatars.read";

	private static final Pattern HEX_COLOR = Pattern.compile("[a-fA-F0-9]{6}|[a-fA-F0-9]{3}");

	private static final String CACHE_CONTROL = "private, max-age=3888000";

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/avatars/initials", SCOPE, (request) -> {
			String name = request.params().optionalText("name", 128).orElse("");
			int width = range(request, "width", 500, 0, 2000);
			int height = range(request, "height", 500, 0, 2000);
			String background = request.params().optionalString("background").orElse("");
			if (!background.isEmpty() && !HEX_COLOR.matcher(background).matches()) {
				throw ApiException.invalidParam("background", "Value must be a valid Hex color code");
			}
			if (name.isEmpty()) {
				name = request.caller().user().map(AvatarRoutes::nameOrEmail).orElse("");
			}
			AvatarImages.Initials initials = AvatarImages.initials(name);
			String color = background.isEmpty() ? initials.background().substring(1) : background;
			// Appwrite's image library cannot make an empty image; one pixel stands in.
			byte[] png = AvatarImages.initialsPng(initials.text(), Math.max(1, width), Math.max(1, height),
					AvatarImages.hexColor(color));
			return Response.bytes(200, "image/png", png).header("Cache-Control", CACHE_CONTROL);
		});
		routes.get("/avatars/qr", SCOPE, (request) -> {
			String text = request.params().text("text", 512);
			if (text.isEmpty()) {
				throw ApiException.invalidParam("text",
						"Value must be a valid string and at least 1 chars and no longer than 512 chars");
			}
			int size = range(request, "size", 400, 1, 1000);
			int margin = range(request, "margin", 1, 0, 10);
			boolean download = request.params().bool("download", false);
			Response response = Response.bytes(200, "image/png", AvatarImages.qrPng(text, size, margin));
			if (download) {
				response.header("Content-Disposition", "attachment; filename=\"qr.png\"");
			}
			return response.header("Cache-Control", CACHE_CONTROL);
		});
	}

	private static String nameOrEmail(tools.jackson.databind.node.ObjectNode user) {
		String name = user.path("name").asString("");
		return name.isEmpty() ? user.path("email").asString("") : name;
	}

	/** An integer in {@code [min, max]}, in the words of Appwrite's Range validator. */
	static int range(ApiRequest request, String name, int fallback, int min, int max) {
		return request.params().integer(name, fallback, min, max);
	}

}
