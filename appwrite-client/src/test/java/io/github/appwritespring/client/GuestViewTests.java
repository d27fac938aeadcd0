package io.github.appwritespring.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code asGuest()}: a view with no credentials for Appwrite's public routes.
 */
class GuestViewTests {

	private static final String KEY = "standard_guest_view_key";

	private RecordingServer server;

	private AppwriteClient admin;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client(KEY);
		this.server.otherwise((request) -> Reply.json(200, Fixtures.TOKEN));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aGuestViewDropsTheKeyButKeepsLocaleAndProtocolHeaders() throws Exception {
		AppwriteClient guest = this.admin.withLocale("de").withForwardedUserAgent("Mozilla/5.0").asGuest();
		assertThat(guest.hasApiKey()).isFalse();
		assertThat(guest.hasUser()).isFalse();
		assertThat(guest.toString()).contains("guest").doesNotContain(KEY);
		guest.account().createRecovery("alice@example.com", "https://app.example.com/reset");
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isNull();
		assertThat(request.header("X-Appwrite-Session")).isNull();
		assertThat(request.header("X-Appwrite-JWT")).isNull();
		assertThat(request.header("X-Appwrite-Locale")).isEqualTo("de");
		assertThat(request.header("X-Appwrite-Project")).isEqualTo("proj");
		assertThat(request.header("X-Appwrite-Response-Format")).isEqualTo("1.8.0");
	}

	@Test
	void aSessionOrJwtViewBecomesAGuestToo() throws Exception {
		this.admin.withSession("c2Vzc2lvbg==").asGuest().account().createRecovery("a@example.com", "https://a/r");
		Recorded fromSession = this.server.take();
		assertThat(fromSession.header("X-Appwrite-Session")).isNull();
		assertThat(fromSession.header("X-Appwrite-Key")).isNull();
		this.admin.withJwt("eyJ.a.b").asGuest().account().createRecovery("a@example.com", "https://a/r");
		assertThat(this.server.take().header("X-Appwrite-JWT")).isNull();
	}

	@Test
	void aGuestViewIsAViewTheRootClientKeepsItsKey() throws Exception {
		AppwriteClient guest = this.admin.asGuest();
		guest.close();
		assertThat(guest.asGuest().hasApiKey()).isFalse();
		this.admin.account().createRecovery("alice@example.com", "https://app.example.com/reset");
		assertThat(this.server.take().header("X-Appwrite-Key")).as("the pool is open and the admin keeps the key")
			.isEqualTo(KEY);
	}

}
