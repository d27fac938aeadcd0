package io.github.appwritespring.test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our client's uploads and downloads against the emulator over loopback HTTP: a small
 * file, a 12 MiB file in three chunks, owner-only files, and the bucket's limits.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class StorageAgainstEmulatorTests {

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.admin.storage()
			.createBucket("media", "Media",
					BucketOptions.defaults()
						.withPermissions(List.of(Permission.create(Role.users())))
						.withFileSecurity(true)
						.withMaximumFileSize(20L * 1024 * 1024)
						.withAllowedFileExtensions(List.of("bin", "txt")));
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void chunkedUploadDownloadsTheSameBytes(@TempDir Path dir) throws Exception {
		byte[] content = new byte[12 * 1024 * 1024 + 123];
		new Random(1).nextBytes(content);
		Path source = Files.write(dir.resolve("big.bin"), content);
		File file = this.admin.storage().createFile("media", ID.unique(), InputFile.fromPath(source), null);
		assertThat(file.chunksTotal()).isEqualTo(3);
		assertThat(file.chunksUploaded()).isEqualTo(3);
		assertThat(file.sizeOriginal()).isEqualTo(content.length);
		assertThat(file.signature()).hasSize(32);
		try (InputStream in = this.admin.storage().getFileDownload("media", file.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThatThrownBy(() -> this.admin.storage().createFile("media", file.id(), InputFile.fromPath(source), null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("storage_file_already_exists"));
	}

	@Test
	void usersFilesAreTheirsAlone() throws Exception {
		AppwriteClient alice = EmulatorClients.signIn(this.admin, "alice@example.com");
		AppwriteClient bob = EmulatorClients.signIn(this.admin, "bob@example.com");
		File file = alice.storage()
			.createFile("media", ID.unique(), InputFile.fromBytes("hello".getBytes(), "hello.txt", "text/plain"), null);
		try (InputStream in = alice.storage().getFileView("media", file.id())) {
			assertThat(new String(in.readAllBytes())).isEqualTo("hello");
		}
		assertThat(bob.storage().listFiles("media", null, null).total()).isZero();
		assertThatThrownBy(() -> bob.storage().getFile("media", file.id())).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class,
				(ex) -> assertThat(ex.getType()).isEqualTo("storage_file_not_found"));
		assertThatThrownBy(() -> bob.storage().deleteFile("media", file.id())).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("user_unauthorized"));
		alice.storage().updateFile("media", file.id(), "renamed.txt", null);
		assertThat(alice.storage().listFiles("media", null, "renamed").files()).extracting(File::name)
			.containsExactly("renamed.txt");
		alice.storage().deleteFile("media", file.id());
		assertThat(alice.storage().listFiles("media", null, null).total()).isZero();
	}

	@Test
	void bucketLimitsAreEnforced() {
		assertThatThrownBy(() -> this.admin.storage()
			.createFile("media", ID.unique(), InputFile.fromBytes(new byte[10], "image.png", null), null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("storage_file_type_unsupported"));
		assertThatThrownBy(() -> this.admin.storage()
			.createFile("media", ID.unique(), InputFile.fromBytes(new byte[21 * 1024 * 1024], "big.bin", null), null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("storage_invalid_file_size"));
		assertThat(this.admin.storage().listFiles("media", null, null).total()).isZero();
	}

}
