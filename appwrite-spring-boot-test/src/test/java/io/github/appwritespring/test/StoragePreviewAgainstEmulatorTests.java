package io.github.appwritespring.test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.PreviewOptions;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client's {@code getFilePreview} against the emulator over loopback HTTP: resizing
 * and cropping by gravity, output formats and quality, border, radius, opacity, rotation,
 * background, the icon of a file that is not an image, bad parameters and permissions.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class StoragePreviewAgainstEmulatorTests {

	private AppwriteClient admin;

	private String imageId;

	@BeforeEach
	void upload(AppwriteEmulator emulator) throws IOException {
		this.admin = EmulatorClients.admin(emulator);
		this.admin.storage()
			.createBucket("media", "Media",
					BucketOptions.defaults()
						.withPermissions(List.of(Permission.create(Role.users())))
						.withFileSecurity(true));
		BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 200, 100);
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, 50, 50);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(picture, "png", png);
		this.imageId = this.admin.storage()
			.createFile("media", ID.unique(), InputFile.fromBytes(png.toByteArray(), "picture.png", "image/png"), null)
			.id();
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void resizesAndCropsByGravity() {
		BufferedImage original = preview(PreviewOptions.defaults());
		assertThat(original.getWidth()).isEqualTo(200);
		assertThat(original.getHeight()).isEqualTo(100);
		BufferedImage half = preview(PreviewOptions.defaults().withWidth(100));
		assertThat(half.getWidth()).isEqualTo(100);
		assertThat(half.getHeight()).isEqualTo(50);
		BufferedImage topLeft = preview(PreviewOptions.defaults().withWidth(50).withHeight(50).withGravity("top-left"));
		assertThat(topLeft.getWidth()).isEqualTo(50);
		assertThat(new Color(topLeft.getRGB(5, 5))).isEqualTo(Color.BLUE);
		BufferedImage right = preview(PreviewOptions.defaults().withWidth(50).withHeight(50).withGravity("right"));
		assertThat(new Color(right.getRGB(5, 5))).isEqualTo(Color.RED);
	}

	@Test
	void encodesTheAskedFormatWithBordersRotationAndOpacity() {
		byte[] jpeg = bytes(PreviewOptions.defaults().withOutput("jpg").withQuality(30));
		assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF);
		BufferedImage bordered = preview(
				PreviewOptions.defaults().withWidth(100).withBorderWidth(5).withBorderColor("00ff00"));
		assertThat(bordered.getWidth()).isEqualTo(110);
		assertThat(new Color(bordered.getRGB(1, 1))).isEqualTo(Color.GREEN);
		BufferedImage rotated = preview(PreviewOptions.defaults().withRotation(-90));
		assertThat(rotated.getWidth()).isEqualTo(100);
		assertThat(rotated.getHeight()).isEqualTo(200);
		BufferedImage faded = preview(PreviewOptions.defaults().withOpacity(0.5));
		assertThat(new Color(faded.getRGB(100, 50), true).getAlpha()).isBetween(120, 135);
		BufferedImage rounded = preview(PreviewOptions.defaults().withBorderRadius(30).withBackground("ffffff"));
		assertThat(new Color(rounded.getRGB(0, 0), true).getAlpha()).isZero();
		assertThat(bytes(PreviewOptions.defaults().withOutput("gif"))).startsWith('G', 'I', 'F');
	}

	@Test
	void aFileThatIsNoImagePreviewsAsAnIcon() {
		String textId = this.admin.storage()
			.createFile("media", ID.unique(), InputFile.fromBytes("hello".getBytes(), "hello.txt", "text/plain"), null)
			.id();
		BufferedImage icon = read(bytes(textId, PreviewOptions.defaults()));
		assertThat(new Color(icon.getRGB(0, 0))).isEqualTo(new Color(0xECEFF1));
	}

	@Test
	void refusesBadParametersAndUnreadableFiles() {
		ClientCalls.assertError(() -> bytes(PreviewOptions.defaults().withWidth(5000)), 400,
				"general_argument_invalid");
		ClientCalls.assertError(() -> bytes(PreviewOptions.defaults().withGravity("middle")), 400,
				"general_argument_invalid");
		ClientCalls.assertError(() -> bytes(PreviewOptions.defaults().withBorderColor("red")), 400,
				"general_argument_invalid");
		ClientCalls.assertError(() -> bytes(PreviewOptions.defaults().withOutput("webp")), 400,
				"general_argument_invalid");
		ClientCalls.assertError(() -> bytes("missing", PreviewOptions.defaults()), 404, "storage_file_not_found");
		AppwriteClient bob = EmulatorClients.signIn(this.admin, "bob@example.com");
		ClientCalls.assertError(() -> {
			try (InputStream in = bob.storage().getFilePreview("media", this.imageId, PreviewOptions.defaults())) {
				in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, 404, "storage_file_not_found");
	}

	private BufferedImage preview(PreviewOptions options) {
		return read(bytes(options));
	}

	private byte[] bytes(PreviewOptions options) {
		return bytes(this.imageId, options);
	}

	private byte[] bytes(String fileId, PreviewOptions options) {
		try (InputStream in = this.admin.storage().getFilePreview("media", fileId, options)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage read(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			assertThat(image).isNotNull();
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
