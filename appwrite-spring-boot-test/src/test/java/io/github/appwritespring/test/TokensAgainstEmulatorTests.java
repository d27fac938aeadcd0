package io.github.appwritespring.test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our client's Tokens calls (all 5) against the emulator over loopback HTTP, and a guest
 * reading a private file with the token's secret.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class TokensAgainstEmulatorTests {

	private AppwriteClient admin;

	private AppwriteClient guest;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.guest = AppwriteClient.builder().endpoint(emulator.endpoint()).projectId(emulator.projectId()).build();
		this.admin.storage().createBucket("private", "Private", BucketOptions.defaults());
		this.admin.storage()
			.createFile("private", "report",
					InputFile.fromBytes("secret report".getBytes(), "report.txt", "text/plain"), null);
		this.admin.storage()
			.createFile("private", "other", InputFile.fromBytes("other".getBytes(), "other.txt", "text/plain"), null);
	}

	@AfterEach
	void close() {
		this.guest.close();
		this.admin.close();
	}

	@Test
	void aFileTokenOpensOneFileToAGuest() throws Exception {
		String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
		ResourceToken token = this.admin.tokens().createFileToken("private", "report", tomorrow);
		assertThat(token.resourceId()).isEqualTo("private:report");
		assertThat(token.resourceType()).isEqualTo("files");
		try (InputStream in = this.guest.storage().getFileDownload("private", "report", token.secret())) {
			assertThat(new String(in.readAllBytes())).isEqualTo("secret report");
		}
		try (InputStream in = this.guest.storage().getFileView("private", "report", token.secret())) {
			assertThat(new String(in.readAllBytes())).isEqualTo("secret report");
		}
		assertThatThrownBy(() -> read("other", token.secret())).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("user_unauthorized"));

		assertThat(this.admin.tokens().list("private", "report").total()).isEqualTo(1);
		assertThat(this.admin.tokens().get(token.id()).accessedAt()).isNotEmpty();
		String nextWeek = Instant.now().plus(Duration.ofDays(7)).toString();
		assertThat(this.admin.tokens().update(token.id(), nextWeek).expire()).startsWith(nextWeek.substring(0, 16));
		this.admin.tokens().delete(token.id());
		assertThatThrownBy(() -> this.admin.tokens().get(token.id()))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("token_not_found");
			});
		assertThatThrownBy(() -> read("report", token.secret())).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getStatus()).isEqualTo(401));
	}

	private byte[] read(String fileId, String secret) throws Exception {
		try (InputStream in = this.guest.storage().getFileDownload("private", fileId, secret)) {
			return in.readAllBytes();
		}
	}

}
