package io.github.appwritespring.emulator.internal.avatars;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser, credit card and flag icons, remote images, favicons and screenshots: drawn by
 * the emulator at the requested sizes, after Appwrite's checks of the parameters.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class IconAndRemoteImageRoutesTests {

	@Test
	void iconsAreTilesOfTheRequestedSize(AppwriteEmulator emulator) throws Exception {
		assertThat(size(emulator, "/avatars/flags/de")).isEqualTo("100x100");
		assertThat(size(emulator, "/avatars/flags/DE?width=64&height=48")).isEqualTo("64x48");
		assertThat(size(emulator, "/avatars/browsers/ch?width=30&height=0")).isEqualTo("30x30");
		assertThat(size(emulator, "/avatars/credit-cards/visa?width=0&height=0&quality=50")).isEqualTo("100x100");
		assertThat(size(emulator, "/avatars/credit-cards/targeta-shopping?width=120")).isEqualTo("120x100");
		HttpResponse<byte[]> flag = AvatarRoutesTests.get(emulator, "/avatars/flags/fr");
		assertThat(flag.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(flag.headers().firstValue("Cache-Control")).hasValue("private, max-age=2592000");
		assertThat(AvatarRoutesTests.get(emulator, "/avatars/flags/fr").body()).as("the same code draws the same image")
			.isEqualTo(flag.body());

		TestHttp guest = TestHttp.guest(emulator);
		TestHttp.Result unknown = guest.get("/avatars/flags/xx");
		assertError(unknown, 400, "general_argument_invalid");
		assertThat(unknown.json().path("message").asString())
			.startsWith("Invalid `code` param: Value must be one of (af, ao, al");
		assertError(guest.get("/avatars/browsers/netscape"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/credit-cards/visa?quality=101"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/flags/de?width=2001"), 400, "general_argument_invalid");
	}

	@Test
	void remoteImagesAreDrawnForPublicHostsAndRefusedForOthers(AppwriteEmulator emulator) throws Exception {
		assertThat(size(emulator, "/avatars/image?url=" + encode("https://example.com/cat.jpg"))).isEqualTo("400x400");
		assertThat(
				size(emulator, "/avatars/image?url=" + encode("https://cdn.example.org/a.png") + "&width=50&height=20"))
			.isEqualTo("50x20");
		assertThat(size(emulator, "/avatars/favicon?url=" + encode("https://www.appwrite.io"))).isEqualTo("56x56");

		TestHttp guest = TestHttp.guest(emulator);
		assertError(guest.get("/avatars/image?url=" + encode("http://localhost:8080/a.png")), 404,
				"avatar_remote_url_failed");
		assertError(guest.get("/avatars/favicon?url=" + encode("http://127.0.0.1/")), 404, "avatar_remote_url_failed");
		assertError(guest.get("/avatars/image?url=" + encode("ftp://example.com/a.png")), 400,
				"general_argument_invalid");
		assertError(guest.get("/avatars/image"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/image?url=" + encode("https://example.com/a.png") + "&width=-1"), 400,
				"general_argument_invalid");
	}

	@Test
	void screenshotsArePagesOfTheViewport(AppwriteEmulator emulator) throws Exception {
		String url = encode("https://example.com/pricing");
		assertThat(size(emulator, "/avatars/screenshots?url=" + url)).isEqualTo("1280x720");
		assertThat(size(emulator, "/avatars/screenshots?url=" + url + "&viewportWidth=800&viewportHeight=600&scale=2"))
			.isEqualTo("1600x1200");
		assertThat(size(emulator, "/avatars/screenshots?url=" + url + "&width=320")).isEqualTo("320x180");
		HttpResponse<byte[]> jpeg = AvatarRoutesTests.get(emulator,
				"/avatars/screenshots?url=" + url + "&output=jpg&quality=60&theme=dark&timezone=Europe%2FBerlin");
		assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg.body())).getRGB(640, 400) & 0xFFFFFF).as("a dark page")
			.isLessThan(0x404040);

		TestHttp guest = TestHttp.guest(emulator);
		assertError(guest.get("/avatars/screenshots?url=" + url + "&viewportWidth=1921"), 400,
				"general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + url + "&scale=5"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + url + "&theme=blue"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + url + "&timezone=Mars%2FOlympus"), 400,
				"general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + url + "&output=bmp"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + url + "&permissions[]=telepathy"), 400,
				"general_argument_invalid");
		assertError(guest.get("/avatars/screenshots?url=" + encode("http://localhost/")), 404,
				"avatar_remote_url_failed");
	}

	private static String size(AppwriteEmulator emulator, String path) throws Exception {
		HttpResponse<byte[]> response = AvatarRoutesTests.get(emulator, path);
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		return image.getWidth() + "x" + image.getHeight();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
