package io.github.appwritespring.emulator.internal.avatars;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class AvatarRoutesTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void initialsAreCutOutOfTheBackground(AppwriteEmulator emulator) throws Exception {
		HttpResponse<byte[]> response = get(emulator,
				"/avatars/initials?name=Ada%20Lovelace&width=120&height=80&background=00ff00");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, max-age=3888000");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(image.getWidth()).isEqualTo(120);
		assertThat(image.getHeight()).isEqualTo(80);
		assertThat(image.getRGB(0, 0)).isEqualTo(0xFF00FF00);
		int transparent = 0;
		for (int y = 0; y < 80; y++) {
			for (int x = 0; x < 120; x++) {
				if ((image.getRGB(x, y) >>> 24) == 0) {
					transparent++;
				}
			}
		}
		assertThat(transparent).as("the letters are transparent").isGreaterThan(100);
	}

	@Test
	void initialsFollowAppwritesRules() {
		assertThat(AvatarImages.initials("ada lovelace").text()).isEqualTo("AL");
		assertThat(AvatarImages.initials("ada_lovelace").text()).isEqualTo("AL");
		assertThat(AvatarImages.initials("Ada Augusta King Lovelace").text()).isEqualTo("AA");
		assertThat(AvatarImages.initials("Ada .King Lovelace").text()).isEqualTo("AL");
		assertThat(AvatarImages.initials("").text()).isEmpty();
		assertThat(AvatarImages.initials("").background()).isEqualTo("#FD366E");
		// 'A' + 'L' = 141: the last digit 1 picks the second theme.
		assertThat(AvatarImages.initials("Ada Lovelace").background()).isEqualTo("#FE9567");
	}

	@Test
	void qrCodeHasTheRequestedSizeAndFinderPatterns(AppwriteEmulator emulator) throws Exception {
		HttpResponse<byte[]> response = get(emulator, "/avatars/qr?text=hello&size=290&margin=2&download=true");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"qr.png\"");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(image.getWidth()).isEqualTo(290);
		assertThat(image.getHeight()).isEqualTo(290);
		// "hello" fits version 1 (21 modules); with 2 modules of margin, 25 modules of
		// 11.6 px.
		assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("margin").isEqualTo(0xFFFFFF);
		assertThat(image.getRGB(30, 30) & 0xFFFFFF).as("finder ring").isEqualTo(0);
		assertThat(image.getRGB(290 - 30, 30) & 0xFFFFFF).isEqualTo(0);
		assertThat(image.getRGB(30, 290 - 30) & 0xFFFFFF).isEqualTo(0);
		assertThat(get(emulator, "/avatars/qr?text=hello").headers().firstValue("Content-Disposition")).isEmpty();
	}

	@Test
	void everyVersionEncodes() {
		for (int length : new int[] { 1, 17, 100, 500, 1000, 2000, 2953 }) {
			boolean[][] modules = QrCode.encode(new byte[length]);
			assertThat(modules.length).isBetween(21, 177);
			// Finder patterns at three corners: dark 7x7 rings with a dark 3x3 centre.
			int last = modules.length - 1;
			assertThat(modules[0][0] && modules[3][3] && !modules[1][1] && modules[0][last] && modules[last][0])
				.isTrue();
		}
		assertThat(QrCode.encode(new byte[2953]).length).isEqualTo(177);
	}

	@Test
	void badParametersAre400(AppwriteEmulator emulator) {
		TestHttp guest = TestHttp.guest(emulator);
		TestHttp.Result width = guest.get("/avatars/initials?width=2001");
		assertError(width, 400, "general_argument_invalid");
		assertThat(width.json().path("message").asString())
			.isEqualTo("Invalid `width` param: Value must be a valid range between 0 and 2,000");
		assertError(guest.get("/avatars/initials?background=%23ff0000"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/qr"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/qr?text=x&size=0"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/qr?text=x&margin=11"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/qr?text=x&download=maybe"), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/qr?text=" + "x".repeat(513)), 400, "general_argument_invalid");
		assertError(guest.get("/avatars/flags/xx"), 400, "general_argument_invalid");
	}

	/** A guest's GET of an image. */
	static HttpResponse<byte[]> get(AppwriteEmulator emulator, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
			.header("X-Appwrite-Project", emulator.projectId())
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
