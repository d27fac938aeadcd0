package io.github.appwritespring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.model.AuthenticationFactor;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.MfaChallenge;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.MfaType;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.service.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Account calls of the account lifecycle (verification, magic URL, phone, logs,
 * identities, MFA) as they travel: method, path, query, exact body, credentials, and the
 * model read back.
 */
class AccountLifecycleWireTests {

	private static final String KEY = "standard_lifecycle_key";

	private static final String SECRET = "c2Vzc2lvbi1zZWNyZXQ=";

	private RecordingServer server;

	private AppwriteClient admin;

	private Account account;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client(KEY);
		this.account = this.admin.withSession(SECRET).account();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	/** The next request, made with the session and without the key. */
	private Recorded asUser() throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Session")).isEqualTo(SECRET);
		assertThat(request.header("X-Appwrite-Key")).isNull();
		return request;
	}

	/** The next request, made with no credentials at all. */
	private Recorded asGuest() throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isNull();
		assertThat(request.header("X-Appwrite-Session")).isNull();
		assertThat(request.header("X-Appwrite-JWT")).isNull();
		assertThat(request.header("X-Appwrite-Project")).isEqualTo("proj");
		return request;
	}

	private static void assertCall(Recorded request, String method, String path, String body) {
		assertThat(request.method()).isEqualTo(method);
		assertThat(request.path()).isEqualTo(path);
		assertThat(request.rawQuery()).isNull();
		if (body == null) {
			assertThat(request.body()).isEmpty();
		}
		else {
			assertThat(request.header("Content-Type")).startsWith("application/json");
			assertThat(request.bodyText()).isEqualTo(body);
		}
	}

	@Test
	void emailVerificationIsRequestedAsTheUserAndConfirmedAsAGuest() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN.replace("\"654321\"", "\"\"")));
		this.server.enqueue(Reply.json(200, Fixtures.TOKEN));
		Token token = this.account.createEmailVerification("https://app.example.com/verify");
		assertCall(asUser(), "POST", "/v1/account/verifications/email", "{\"url\":\"https://app.example.com/verify\"}");
		assertThat(token.secret()).isEmpty();

		this.admin.asGuest().account().updateEmailVerification("alice", "verify-secret");
		assertCall(asGuest(), "PUT", "/v1/account/verifications/email",
				"{\"userId\":\"alice\",\"secret\":\"verify-secret\"}");

		assertThatIllegalArgumentException().isThrownBy(() -> this.account.createEmailVerification(" "))
			.withMessageContaining("'url'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.asGuest().account().updateEmailVerification("alice", null))
			.withMessageContaining("'secret'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void phoneVerification() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		this.server.enqueue(Reply.json(200, Fixtures.TOKEN));
		this.account.createPhoneVerification();
		assertCall(asUser(), "POST", "/v1/account/verifications/phone", null);
		this.admin.asGuest().account().updatePhoneVerification("alice", "123456");
		assertCall(asGuest(), "PUT", "/v1/account/verifications/phone", "{\"userId\":\"alice\",\"secret\":\"123456\"}");
		assertThatIllegalArgumentException().isThrownBy(() -> this.account.updatePhoneVerification(" ", "123456"))
			.withMessageContaining("'userId'");
	}

	@Test
	void magicUrlAndPhoneTokens() throws Exception {
		this.server.otherwise((request) -> Reply.json(201, Fixtures.TOKEN));
		Account guest = this.admin.asGuest().account();
		Token magic = guest.createMagicURLToken("unique()", "ada@example.com", "https://app.example.com/magic", true);
		assertCall(asGuest(), "POST", "/v1/account/tokens/magic-url",
				"{\"userId\":\"unique()\",\"email\":\"ada@example.com\",\"url\":\"https://app.example.com/magic\","
						+ "\"phrase\":true}");
		assertThat(magic.userId()).as("Appwrite's user ID wins for a known email").isEqualTo("alice");
		assertThat(magic.toString()).doesNotContain("654321");

		this.admin.account().createMagicURLToken("ada", "ada@example.com", null, false);
		Recorded withKey = this.server.take();
		assertThat(withKey.header("X-Appwrite-Key")).isEqualTo(KEY);
		assertThat(withKey.bodyText()).isEqualTo("{\"userId\":\"ada\",\"email\":\"ada@example.com\"}");

		guest.createPhoneToken("unique()", "+14155552671");
		assertCall(asGuest(), "POST", "/v1/account/tokens/phone",
				"{\"userId\":\"unique()\",\"phone\":\"+14155552671\"}");

		assertThatIllegalArgumentException().isThrownBy(() -> guest.createMagicURLToken("-bad", "a@b.c", null, false))
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> guest.createPhoneToken("ada", ""))
			.withMessageContaining("'phone'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void phoneAndStatus() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.account.updatePhone("+14155552671", "password123");
		assertCall(asUser(), "PATCH", "/v1/account/phone", "{\"phone\":\"+14155552671\",\"password\":\"password123\"}");
		assertThat(this.account.updateStatus().id()).isEqualTo("alice");
		assertCall(asUser(), "PATCH", "/v1/account/status", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.account.updatePhone("+14155552671", null))
			.withMessageContaining("'password'");
	}

	@Test
	void logs() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.LOG_LIST));
		LogList logs = this.account.listLogs(List.of(Query.limit(10), Query.offset(20)));
		Recorded request = asUser();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/account/logs");
		assertThat(request.queryValues("queries[]")).containsExactly(Query.limit(10), Query.offset(20));
		assertThat(logs.total()).isEqualTo(1);
		assertThat(logs.items()).singleElement().satisfies((log) -> {
			assertThat(log.event()).isEqualTo("session.create");
			assertThat(log.clientName()).isEqualTo("Chrome");
			assertThat(log.countryCode()).isEqualTo("--");
		});
	}

	@Test
	void identities() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.IDENTITY_LIST));
		this.server.enqueue(Reply.empty(204));
		Identity identity = this.account.listIdentities(List.of(Query.equal("provider", "github"))).identities().get(0);
		Recorded list = asUser();
		assertThat(list.path()).isEqualTo("/v1/account/identities");
		assertThat(list.queryValues("queries[]")).containsExactly(Query.equal("provider", "github"));
		assertThat(identity.provider()).isEqualTo("github");
		assertThat(identity.providerAccessToken()).isEqualTo("gho_identity_access");
		assertThat(identity.toString()).contains("github")
			.doesNotContain("gho_identity_access")
			.doesNotContain("ghr_identity_refresh");

		this.account.deleteIdentity("id1");
		assertCall(asUser(), "DELETE", "/v1/account/identities/id1", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.account.deleteIdentity(" "))
			.withMessageContaining("'identityId'");
	}

	@Test
	void listAllIdentitiesPagesWithCursors() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.IDENTITY_LIST));
		try (var all = this.account.listAllIdentities(null)) {
			assertThat(all.map(Identity::id).toList()).containsExactly("id1");
		}
		Recorded request = asUser();
		assertThat(request.path()).isEqualTo("/v1/account/identities");
		assertThat(request.queryValues("queries[]")).contains(Query.limit(100));
	}

	@Test
	void mfaSwitchAndFactors() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER.replace("\"mfa\":false", "\"mfa\":true")));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.MFA_FACTORS));
		User user = this.account.updateMFA(true);
		assertCall(asUser(), "PATCH", "/v1/account/mfa", "{\"mfa\":true}");
		assertThat(user.mfa()).isTrue();

		MfaFactors factors = this.account.listMFAFactors();
		assertCall(asUser(), "GET", "/v1/account/mfa/factors", null);
		assertThat(factors).isEqualTo(new MfaFactors(true, false, true, true));
	}

	@Test
	void totpAuthenticator() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.MFA_TYPE));
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		this.server.enqueue(Reply.empty(204));
		MfaType authenticator = this.account.createMFAAuthenticator(AuthenticatorType.TOTP);
		assertCall(asUser(), "POST", "/v1/account/mfa/authenticators/totp", null);
		assertThat(authenticator.secret()).isEqualTo(LifecycleFixtures.TOTP_SECRET);
		assertThat(authenticator.uri()).startsWith("otpauth://totp/");
		assertThat(authenticator.toString()).doesNotContain(LifecycleFixtures.TOTP_SECRET).doesNotContain("otpauth");

		this.account.updateMFAAuthenticator(AuthenticatorType.TOTP, "123456");
		assertCall(asUser(), "PUT", "/v1/account/mfa/authenticators/totp", "{\"otp\":\"123456\"}");

		this.account.deleteMFAAuthenticator(AuthenticatorType.TOTP);
		assertCall(asUser(), "DELETE", "/v1/account/mfa/authenticators/totp", null);

		assertThatIllegalArgumentException().isThrownBy(() -> this.account.createMFAAuthenticator(null))
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.account.updateMFAAuthenticator(AuthenticatorType.TOTP, " "))
			.withMessageContaining("'otp'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void challengesSendTheFactorAsAppwriteSpellsIt() throws Exception {
		this.server.otherwise((request) -> Reply.json(201, LifecycleFixtures.MFA_CHALLENGE));
		for (AuthenticationFactor factor : AuthenticationFactor.values()) {
			MfaChallenge challenge = this.account.createMFAChallenge(factor);
			assertThat(challenge.id()).isEqualTo("ch1");
			assertThat(challenge.expire()).startsWith("2025-01-01T11");
			Recorded request = asUser();
			assertCall(request, "POST", "/v1/account/mfa/challenges", "{\"factor\":\"" + factor.value() + "\"}");
		}
		assertThat(AuthenticationFactor.RECOVERY_CODE.value()).as("lower case, or Appwrite never verifies it")
			.isEqualTo("recoverycode");
	}

	@Test
	void completingAChallengeAnswersTheSessionWithItsNewFactor() throws Exception {
		this.server.enqueue(Reply.json(200,
				Fixtures.SESSION.replace("\"factors\":[\"password\"]", "\"factors\":[\"password\",\"totp\"]")));
		Session session = this.account.updateMFAChallenge("ch1", "123456");
		assertCall(asUser(), "PUT", "/v1/account/mfa/challenges", "{\"challengeId\":\"ch1\",\"otp\":\"123456\"}");
		assertThat(session.factors()).containsExactly("password", "totp");
		assertThatIllegalArgumentException().isThrownBy(() -> this.account.updateMFAChallenge(null, "123456"))
			.withMessageContaining("'challengeId'");
	}

	@Test
	void recoveryCodes() throws Exception {
		this.server.enqueue(Reply.json(201, LifecycleFixtures.RECOVERY_CODES));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.RECOVERY_CODES));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.RECOVERY_CODES));
		MfaRecoveryCodes created = this.account.createMFARecoveryCodes();
		assertCall(asUser(), "POST", "/v1/account/mfa/recovery-codes", null);
		assertThat(created.recoveryCodes()).hasSize(6).contains("a1b2c3d4e5");
		assertThat(created.toString()).contains("6").doesNotContain("a1b2c3d4e5");
		this.account.getMFARecoveryCodes();
		assertCall(asUser(), "GET", "/v1/account/mfa/recovery-codes", null);
		this.account.updateMFARecoveryCodes();
		assertCall(asUser(), "PATCH", "/v1/account/mfa/recovery-codes", null);
	}

	@Test
	void aLimitedSessionIsNotASignedOutOne() {
		this.server.enqueue(Reply.json(401, Fixtures.error(401, AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED,
				"More factors are required to complete the sign in process.")));
		assertThatThrownBy(this.account::get).isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
			assertThat(ex.getStatus()).isEqualTo(401);
			assertThat(ex.is(AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED)).isTrue();
			assertThat(ex.is(AppwriteErrorTypes.GENERAL_UNAUTHORIZED_SCOPE)).isFalse();
			assertThat(ex.getMessage()).doesNotContain(SECRET);
		});
	}

	@Test
	void aWrongCodeIsUserInvalidTokenOnTheReactiveFaceToo() {
		this.server.enqueue(Reply.json(401,
				Fixtures.error(401, AppwriteErrorTypes.USER_INVALID_TOKEN, "Invalid token passed in the request.")));
		String answer = this.admin.withSession(SECRET)
			.reactive()
			.account()
			.updateMFAChallenge("ch1", "000000")
			.map(Session::id)
			.onErrorResume(AppwriteErrorResponseException.withType(AppwriteErrorTypes.USER_INVALID_TOKEN),
					(ex) -> Mono.just("wrong code"))
			.block();
		assertThat(answer).isEqualTo("wrong code");
	}

	@Test
	void challengeRequiredForProtectedMfaCalls() {
		this.server.enqueue(Reply.json(401, Fixtures.error(401, AppwriteErrorTypes.USER_CHALLENGE_REQUIRED,
				"A recently successful challenge is required to complete this action.")));
		assertThatThrownBy(this.account::getMFARecoveryCodes).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class,
				(ex) -> assertThat(ex.is(AppwriteErrorTypes.USER_CHALLENGE_REQUIRED)).isTrue());
	}

	@Test
	void passwordHistoryAndRecoveryErrors() {
		this.server.enqueue(Reply.json(400, Fixtures.error(400, "password_recently_used",
				"The password you are trying to use is similar to your previous password.")));
		this.server.enqueue(
				Reply.json(401, Fixtures.error(401, "user_invalid_token", "Invalid token passed in the request.")));
		assertThatThrownBy(() -> this.account.updatePassword("an-old-password", "password123")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class,
				(ex) -> assertThat(ex.is(AppwriteErrorTypes.USER_PASSWORD_RECENTLY_USED)).isTrue());
		assertThatThrownBy(() -> this.admin.asGuest().account().updateRecovery("alice", "expired", "a-new-password"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.is(AppwriteErrorTypes.USER_INVALID_TOKEN)).isTrue());
	}

	@SuppressWarnings("unchecked")
	@Test
	void bodiesAreJsonObjects() throws Exception {
		this.server.enqueue(Reply.json(201, LifecycleFixtures.MFA_CHALLENGE));
		this.account.createMFAChallenge(AuthenticationFactor.TOTP);
		Map<String, Object> body = Json.mapper().readValue(asUser().body(), Map.class);
		assertThat(body).containsExactly(Map.entry("factor", "totp"));
	}

}
