package io.github.appwritespring.client;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.service.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Account calls a signed-in user makes through a session view, as they travel.
 */
class AccountWireTests {

	private static final String SECRET = "c2Vzc2lvbi1zZWNyZXQ=";

	private RecordingServer server;

	private AppwriteClient admin;

	private Account account;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client("standard_account_key");
		this.account = this.admin.withSession(SECRET).account();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Recorded take() throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Session")).isEqualTo(SECRET);
		assertThat(request.header("X-Appwrite-Key")).isNull();
		return request;
	}

	@Test
	void createSessionFromATokenUsesTheAdminClient() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.SESSION));
		Session session = this.admin.account().createSession("alice", "a1b2c3");
		Recorded request = this.server.take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/account/sessions/token");
		assertThat(request.bodyText()).isEqualTo("{\"userId\":\"alice\",\"secret\":\"a1b2c3\"}");
		assertThat(request.header("X-Appwrite-Key")).isEqualTo("standard_account_key");
		assertThat(session.userId()).isEqualTo("alice");
	}

	@Test
	void sessionsOfTheSignedInUser() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.sessionList(1)));
		this.server.enqueue(Reply.json(200, Fixtures.SESSION));
		this.server.enqueue(Reply.empty(204));

		assertThat(this.account.listSessions().sessions()).extracting(Session::current).containsExactly(true);
		Recorded list = take();
		assertThat(list.method()).isEqualTo("GET");
		assertThat(list.path()).isEqualTo("/v1/account/sessions");

		assertThat(this.account.getSession("current").id()).isEqualTo("s1");
		assertThat(take().path()).isEqualTo("/v1/account/sessions/current");

		this.account.deleteSessions();
		Recorded deleteAll = take();
		assertThat(deleteAll.method()).isEqualTo("DELETE");
		assertThat(deleteAll.path()).isEqualTo("/v1/account/sessions");
	}

	@Test
	void jwtForTheCurrentSession() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.JWT));
		assertThat(this.account.createJWT().jwt()).startsWith("eyJ");
		Recorded request = take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/account/jwts");
	}

	@Test
	void prefs() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"theme\":\"dark\",\"nested\":{\"a\":[1,2]}}"));
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		assertThat(this.account.getPrefs()).containsEntry("theme", "dark").containsKey("nested");
		assertThat(take().path()).isEqualTo("/v1/account/prefs");
		assertThat(this.account.updatePrefs(Map.of("theme", "dark")).prefs()).containsEntry("theme", "dark");
		Recorded update = take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.path()).isEqualTo("/v1/account/prefs");
		assertThat(update.bodyText()).isEqualTo("{\"prefs\":{\"theme\":\"dark\"}}");
	}

	@Test
	void prefsAsARecord() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"theme\":\"dark\",\"beta\":true}"));
		assertThat(this.account.getPrefs(Settings.class)).isEqualTo(new Settings("dark", null));
		assertThat(take().path()).isEqualTo("/v1/account/prefs");
	}

	@Test
	void profileUpdates() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.account.updateName("Alice B.");
		Recorded name = take();
		assertThat(name.method()).isEqualTo("PATCH");
		assertThat(name.path()).isEqualTo("/v1/account/name");
		assertThat(name.bodyText()).isEqualTo("{\"name\":\"Alice B.\"}");

		this.account.updateEmail("b@example.com", "password123");
		Recorded email = take();
		assertThat(email.path()).isEqualTo("/v1/account/email");
		assertThat(email.bodyText()).isEqualTo("{\"email\":\"b@example.com\",\"password\":\"password123\"}");

		this.account.updatePassword("new-password-1", "password123");
		Recorded password = take();
		assertThat(password.path()).isEqualTo("/v1/account/password");
		assertThat(password.bodyText()).isEqualTo("{\"password\":\"new-password-1\",\"oldPassword\":\"password123\"}");

		this.account.updatePassword("new-password-2", null);
		assertThat(take().bodyText()).isEqualTo("{\"password\":\"new-password-2\"}");
	}

	@Test
	void anExpiredSessionIsA401WithAppwritesType() {
		this.server.enqueue(Reply.json(401, Fixtures.error(401, "general_unauthorized_scope",
				"User (role: guests) missing scopes ([\\\"account\\\"])")));
		assertThatThrownBy(this.account::get).isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
			assertThat(ex.getStatus()).isEqualTo(401);
			assertThat(ex.getType()).isEqualTo("general_unauthorized_scope");
			assertThat(ex.getAppwriteMessage()).contains("missing scopes");
			assertThat(ex.getMessage()).contains("GET /account").doesNotContain(SECRET);
		});
	}

	@Test
	void oauth2TokenNeedsAProviderAndBothUrls() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.admin.account().createOAuth2Token(" ", "http://localhost/ok", "http://localhost/no", null))
			.withMessageContaining("'provider'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.account().createOAuth2Token("github", null, "http://localhost/no", null))
			.withMessageContaining("'success'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void oauth2ErrorAnswerIsAnAppwriteException() {
		this.server.enqueue(Reply.json(412, Fixtures.error(412, "project_provider_disabled",
				"This provider is disabled. Please enable the provider from your Appwrite console to continue.")));
		assertThatThrownBy(() -> this.admin.account()
			.createOAuth2Token("github", "http://localhost/ok", "http://localhost/no", null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("project_provider_disabled"));
	}

	@Test
	void aRedirectWithoutLocationIsAResponseException() {
		this.server.enqueue(Reply.empty(302));
		assertThatThrownBy(() -> this.admin.account()
			.createOAuth2Token("github", "http://localhost/ok", "http://localhost/no", null))
			.isInstanceOf(AppwriteUnreadableResponseException.class)
			.hasMessageContaining("Location");
	}

	@Test
	void oauth2SessionsCarryTheProviderTokensButDoNotPrintThem() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.SESSION
			.replace("\"provider\":\"email\"", "\"provider\":\"github\"")
			.replace("\"providerAccessToken\":\"\"",
					"\"providerAccessToken\":\"gho_access\",\"providerRefreshToken\":\"ghr_refresh\","
							+ "\"providerAccessTokenExpiry\":\"2025-01-01T18:00:00.000+00:00\",\"osVersion\":\"6.1\"")));
		Session session = this.account.getSession("current");
		assertThat(session.provider()).isEqualTo("github");
		assertThat(session.providerAccessToken()).isEqualTo("gho_access");
		assertThat(session.providerRefreshToken()).isEqualTo("ghr_refresh");
		assertThat(session.providerAccessTokenExpiry()).startsWith("2025-01-01T18");
		assertThat(session.osVersion()).isEqualTo("6.1");
		assertThat(session.toString()).doesNotContain("gho_access")
			.doesNotContain("ghr_refresh")
			.doesNotContain(session.secret())
			.contains("github");
		take();
	}

	@Test
	void guestAndOneTimeCodeSessions() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.SESSION));
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		Account guest = this.admin.withLocale("en").account();
		assertThat(guest.createAnonymousSession().id()).isEqualTo("s1");
		Recorded anonymous = this.server.take();
		assertThat(anonymous.method()).isEqualTo("POST");
		assertThat(anonymous.path()).isEqualTo("/v1/account/sessions/anonymous");

		Token token = guest.createEmailToken("unique()", "ada@example.com", true);
		Recorded email = this.server.take();
		assertThat(email.path()).isEqualTo("/v1/account/tokens/email");
		assertThat(email.bodyText())
			.isEqualTo("{\"userId\":\"unique()\",\"email\":\"ada@example.com\",\"phrase\":true}");
		assertThat(token.userId()).isEqualTo("alice");

		guest.createEmailToken("ada", "ada@example.com", false);
		assertThat(this.server.take().bodyText()).isEqualTo("{\"userId\":\"ada\",\"email\":\"ada@example.com\"}");
		assertThatIllegalArgumentException().isThrownBy(() -> guest.createEmailToken("_bad", "a@b.c", false))
			.withMessageContaining("'userId'");
	}

	@Test
	void passwordRecovery() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		this.server.enqueue(Reply.json(200, Fixtures.TOKEN));
		Account guest = this.admin.account();
		guest.createRecovery("ada@example.com", "https://app.example.com/reset");
		Recorded create = this.server.take();
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.path()).isEqualTo("/v1/account/recovery");
		assertThat(create.bodyText())
			.isEqualTo("{\"email\":\"ada@example.com\",\"url\":\"https://app.example.com/reset\"}");

		guest.updateRecovery("ada", "s3cr3t", "a-new-password");
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PUT");
		assertThat(update.path()).isEqualTo("/v1/account/recovery");
		assertThat(update.bodyText())
			.isEqualTo("{\"userId\":\"ada\",\"secret\":\"s3cr3t\",\"password\":\"a-new-password\"}");
		assertThatIllegalArgumentException().isThrownBy(() -> guest.createRecovery("ada@example.com", " "))
			.withMessageContaining("'url'");
	}

	@Test
	void updateSessionExtendsIt() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.SESSION));
		assertThat(this.account.updateSession("current").id()).isEqualTo("s1");
		Recorded request = take();
		assertThat(request.method()).isEqualTo("PATCH");
		assertThat(request.path()).isEqualTo("/v1/account/sessions/current");
	}

	record Settings(String theme, @org.jspecify.annotations.Nullable String language) {
	}

}
