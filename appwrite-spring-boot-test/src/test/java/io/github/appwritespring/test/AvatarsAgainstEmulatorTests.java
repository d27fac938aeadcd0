package io.github.appwritespring.test;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.ScreenshotOptions;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our client's Avatars calls that the emulator draws (icons, remote images, favicons,
 * screenshots) over loopback HTTP.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class AvatarsAgainstEmulatorTests {

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void iconsAndRemoteImagesComeAtTheRequestedSizes() throws Exception {
		assertThat(size(this.admin.avatars().getFlag("de", 64L, 48L, null))).isEqualTo("64x48");
		assertThat(size(this.admin.avatars().getBrowser("ff", null, null, 80L))).isEqualTo("100x100");
		assertThat(size(this.admin.avatars().getCreditCard("mastercard", 50L, 0L, null))).isEqualTo("50x50");
		assertThat(size(this.admin.avatars().getImage("https://example.com/logo.png", 120L, 60L))).isEqualTo("120x60");
		assertThat(size(this.admin.avatars().getFavicon("https://example.com"))).isEqualTo("56x56");
		assertThat(size(this.admin.avatars()
			.getScreenshot("https://example.com",
					ScreenshotOptions.defaults()
						.withViewportWidth(400)
						.withViewportHeight(300)
						.withScale(0.5)
						.withHeaders(Map.of("Accept-Language", "de"))
						.withPermissions(List.of("geolocation"))
						.withTheme("dark"))))
			.isEqualTo("200x150");
		assertThatThrownBy(() -> size(this.admin.avatars().getImage("http://localhost/logo.png", null, null)))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("avatar_remote_url_failed");
			});
	}

	private static String size(InputStream in) throws Exception {
		try (in) {
			BufferedImage image = ImageIO.read(in);
			return image.getWidth() + "x" + image.getHeight();
		}
	}

}
