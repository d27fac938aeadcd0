package io.github.appwritespring.emulator;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.mail.MailboxService;
import io.github.appwritespring.emulator.mail.Message;
import io.github.appwritespring.emulator.mail.NoMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxTests {

	private static AppwriteEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = AppwriteEmulator.builder().start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	private static Message send(String to, String subject, String text) {
		return MailboxService.of(emulator.context())
			.deliver(Message.Channel.EMAIL, "recovery", to, subject, text, List.of("http://localhost/reset?secret=s"),
					"123456");
	}

	private static TestHttp root() {
		return TestHttp.raw(emulator.endpoint().substring(0, emulator.endpoint().length() - "/v1".length()));
	}

	@Test
	void awaitMessageReturnsEachMessageOnceAndTimesOutClearly() {
		send("Ada@Example.com", "First", "one");
		Message first = emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(1));
		assertThat(first.subject()).isEqualTo("First");
		assertThat(first.to()).isEqualTo("ada@example.com");
		assertThat(first.link()).contains("http://localhost/reset?secret=s");
		assertThat(first.code()).isEqualTo("123456");
		send("bob@example.com", "Other", "two");
		long start = System.nanoTime();
		assertThatThrownBy(() -> emulator.mailbox().awaitMessage("ada@example.com", Duration.ofMillis(200)))
			.isInstanceOf(NoMessageException.class)
			.hasMessageContaining("ada@example.com")
			.hasMessageContaining("bob@example.com")
			.hasMessageContaining("already returned");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
	}

	@Test
	void awaitMessageWakesUpWhenTheMessageArrives() throws Exception {
		CompletableFuture<Message> waiting = CompletableFuture
			.supplyAsync(() -> emulator.mailbox().awaitMessage("late@example.com", Duration.ofSeconds(10)));
		Thread.sleep(100);
		assertThat(waiting).isNotDone();
		send("late@example.com", "Late", "at last");
		assertThat(waiting.get(5, TimeUnit.SECONDS).subject()).isEqualTo("Late");
	}

	@Test
	void jsonNeedsTheKeyFiltersAndClears() {
		send("ada@example.com", "A", "a");
		send("bob@example.com", "B", "b");
		TestHttp.assertError(root().get("/_emulator/messages"), 401, "general_unauthorized_scope");
		TestHttp.assertError(root().with("X-Appwrite-Key", "wrong").get("/_emulator/messages"), 401,
				"general_unauthorized_scope");
		TestHttp keyed = root().with("X-Appwrite-Key", emulator.apiKey());
		JsonNode all = keyed.get("/_emulator/messages").json();
		assertThat(all.path("total").asInt()).isEqualTo(2);
		assertThat(all.path("messages").get(0).path("subject").asString()).isEqualTo("B");
		JsonNode ada = keyed.get("/_emulator/messages?to=ADA%40example.com").json();
		assertThat(ada.path("total").asInt()).isEqualTo(1);
		JsonNode message = ada.path("messages").get(0);
		assertThat(message.path("to").asString()).isEqualTo("ada@example.com");
		assertThat(message.path("code").asString()).isEqualTo("123456");
		assertThat(message.path("links").get(0).asString()).isEqualTo("http://localhost/reset?secret=s");
		assertThat(keyed.delete("/_emulator/messages").status()).isEqualTo(204);
		assertThat(emulator.mailbox().messages()).isEmpty();
		TestHttp.assertError(root().with("X-Appwrite-Key", emulator.apiKey()).get("/v1/_emulator/messages"), 404,
				"general_route_not_found");
	}

	@Test
	void htmlPageEscapesWhatItShowsNewestFirst() {
		send("ada@example.com", "Old", "old");
		send("ada@example.com", "<script>alert(1)</script>", "Hi \"<b>Ada</b>\" & co");
		TestHttp.Result page = root().get("/_emulator/mailbox");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
		String html = page.response().body();
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>Ada");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&lt;b&gt;Ada");
		assertThat(html).contains("href=\"http://localhost/reset?secret=s\"").contains("123456");
		assertThat(html.indexOf("&lt;script&gt;")).isLessThan(html.indexOf("Old"));
	}

	@Test
	void theClockEndpointNeedsTheKeyAndMovesTimeForward() {
		TestHttp.assertError(root().post("/_emulator/clock", "{\"advanceSeconds\":60}"), 401,
				"general_unauthorized_scope");
		TestHttp keyed = root().with("X-Appwrite-Key", emulator.apiKey());
		TestHttp.assertError(keyed.post("/_emulator/clock", "{\"advanceSeconds\":-1}"), 400,
				"general_argument_invalid");
		Instant before = emulator.context().now();
		assertThat(keyed.post("/_emulator/clock", "{\"advanceSeconds\":3600}").status()).isEqualTo(200);
		assertThat(emulator.context().now()).isAfterOrEqualTo(before.plusSeconds(3600));
		emulator.reset();
		assertThat(emulator.context().now()).isBefore(before.plusSeconds(3600));
	}

	@Test
	void messagesPersistInTheDataDirectory(@TempDir Path dir) {
		try (AppwriteEmulator persisted = AppwriteEmulator.builder().dataDir(dir).start()) {
			MailboxService.of(persisted.context())
				.deliver(Message.Channel.SMS, "login", "+14155550100", "", "123456 is your code", List.of(), "123456");
		}
		try (AppwriteEmulator reopened = AppwriteEmulator.builder().dataDir(dir).start()) {
			Message message = reopened.mailbox().awaitMessage("+14155550100", Duration.ofSeconds(1));
			assertThat(message.channel()).isEqualTo(Message.Channel.SMS);
			assertThat(message.code()).isEqualTo("123456");
		}
	}

	@Test
	void htmlPageRefusesForeignHostNames() throws Exception {
		send("ada@example.com", "A", "a");
		URI uri = URI.create(emulator.endpoint());
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			socket.getOutputStream()
				.write(("GET /_emulator/mailbox HTTP/1.1\r\nHost: attacker.example:" + uri.getPort()
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 403").contains("general_unknown_origin").doesNotContain("ada@");
		}
	}

	@Test
	void resetClearsTheMailbox() {
		send("ada@example.com", "A", "a");
		emulator.reset();
		assertThat(emulator.mailbox().messages()).isEmpty();
	}

}
