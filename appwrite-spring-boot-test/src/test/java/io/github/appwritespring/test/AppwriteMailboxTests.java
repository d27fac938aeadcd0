package io.github.appwritespring.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;
import io.github.appwritespring.emulator.mail.NoMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The mailbox helpers against the emulator: the last link and code sent to a recipient.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class AppwriteMailboxTests {

	private AppwriteEmulator emulator;

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.emulator = emulator;
		this.admin = EmulatorClients.admin(emulator);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void theLastLinkIsTheNewestOneSent() {
		this.admin.account().createMagicURLToken(ID.unique(), "ann@example.com", "http://localhost/first", false);
		this.admin.account().createMagicURLToken(ID.unique(), "ann@example.com", "http://localhost/second", false);
		AppwriteMailbox mailbox = AppwriteMailbox.of(this.emulator);
		waitForTwo("ann@example.com");
		String link = mailbox.lastLink("ANN@example.com");
		assertThat(link).startsWith("http://localhost/second?");
		Map<String, String> parameters = AppwriteMailbox.parameters(link);
		assertThat(parameters).containsKeys("userId", "secret", "expire");
		assertThat(parameters.get("expire")).contains("+");
		assertThatIllegalStateException().isThrownBy(() -> mailbox.lastCode("ann@example.com"))
			.withMessageContaining("has no code");
	}

	@Test
	void theLastCodeIsTheEmailedSignInCode() {
		this.admin.account().createEmailToken(ID.unique(), "bob@example.com", false);
		String code = AppwriteMailbox.of(this.emulator).lastCode("bob@example.com");
		assertThat(code).hasSize(6).containsOnlyDigits();
		assertThatIllegalStateException()
			.isThrownBy(() -> AppwriteMailbox.of(this.emulator).lastLink("bob@example.com"))
			.withMessageContaining("has no link");
	}

	@Test
	void nothingSentFailsAfterTheWait() {
		AppwriteMailbox mailbox = AppwriteMailbox.of(this.emulator).waitingAtMost(Duration.ofMillis(100));
		assertThatExceptionOfType(NoMessageException.class).isThrownBy(() -> mailbox.lastLink("nobody@example.com"))
			.withMessageContaining("nobody@example.com");
		assertThat(AppwriteMailbox.parameters("http://localhost/page")).isEmpty();
		assertThat(AppwriteMailbox.parameters("http://localhost/page?a=1&a=2&b=x%20y"))
			.isEqualTo(Map.of("a", "1", "b", "x y"));
	}

	private void waitForTwo(String to) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.emulator.mailbox().messagesTo(to).size() < 2 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(this.emulator.mailbox().messagesTo(to)).hasSize(2);
		assertThat(List.copyOf(this.emulator.mailbox().messagesTo(to))).isNotEmpty();
	}

}
