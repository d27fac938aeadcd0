package io.github.appwritespring.client;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.AuthenticatorType;
import io.github.appwritespring.client.model.Identity;
import io.github.appwritespring.client.model.IdentityList;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.MessagingProviderType;
import io.github.appwritespring.client.model.MfaFactors;
import io.github.appwritespring.client.model.MfaRecoveryCodes;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.model.TargetList;
import io.github.appwritespring.client.service.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Users calls that administer the account lifecycle (MFA, logs, identities, messaging
 * targets) as they travel, with the API key.
 */
class UsersLifecycleWireTests {

	private static final String KEY = "standard_users_lifecycle_key";

	private RecordingServer server;

	private Users users;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.users = this.server.client(KEY).users();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Recorded take(String method, String path, String body) throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isEqualTo(KEY);
		assertThat(request.header("X-Appwrite-Session")).isNull();
		assertThat(request.method()).isEqualTo(method);
		assertThat(request.path()).isEqualTo(path);
		if (body == null) {
			assertThat(request.body()).isEmpty();
		}
		else {
			assertThat(request.header("Content-Type")).startsWith("application/json");
			assertThat(request.bodyText()).isEqualTo(body);
		}
		return request;
	}

	@Test
	void mfaAdministration() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER.replace("\"mfa\":false", "\"mfa\":true")));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.MFA_FACTORS));
		this.server.enqueue(Reply.empty(204));
		assertThat(this.users.updateMFA("alice", true).mfa()).isTrue();
		take("PATCH", "/v1/users/alice/mfa", "{\"mfa\":true}");
		assertThat(this.users.listMFAFactors("alice")).isEqualTo(new MfaFactors(true, false, true, true));
		take("GET", "/v1/users/alice/mfa/factors", null);
		this.users.deleteMFAAuthenticator("alice", AuthenticatorType.TOTP);
		take("DELETE", "/v1/users/alice/mfa/authenticators/totp", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.deleteMFAAuthenticator("alice", null))
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateMFA(" ", false))
			.withMessageContaining("'userId'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void recoveryCodesUseTheUsersApisVerbsPatchCreatesPutRegenerates() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, LifecycleFixtures.RECOVERY_CODES));
		MfaRecoveryCodes created = this.users.createMFARecoveryCodes("alice");
		take("PATCH", "/v1/users/alice/mfa/recovery-codes", null);
		assertThat(created.recoveryCodes()).hasSize(6);
		assertThat(created.toString()).doesNotContain("a1b2c3d4e5");
		this.users.getMFARecoveryCodes("alice");
		take("GET", "/v1/users/alice/mfa/recovery-codes", null);
		this.users.updateMFARecoveryCodes("alice");
		take("PUT", "/v1/users/alice/mfa/recovery-codes", null);
	}

	@Test
	void recoveryCodeErrors() {
		this.server.enqueue(Reply.json(409, Fixtures.error(409, AppwriteErrorTypes.USER_RECOVERY_CODES_ALREADY_EXISTS,
				"The current user already generated recovery codes.")));
		assertThatThrownBy(() -> this.users.createMFARecoveryCodes("alice")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class,
				(ex) -> assertThat(ex.is(AppwriteErrorTypes.USER_RECOVERY_CODES_ALREADY_EXISTS)).isTrue());
	}

	@Test
	void logs() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.LOG_LIST));
		LogList logs = this.users.listLogs("alice", List.of(Query.limit(5)));
		Recorded request = take("GET", "/v1/users/alice/logs", null);
		assertThat(request.queryValues("queries[]")).containsExactly(Query.limit(5));
		assertThat(logs.logs()).singleElement().satisfies((log) -> assertThat(log.userId()).isEqualTo("alice"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.listLogs("alice", List.of("limit 5")))
			.withMessageContaining("'queries[0]'");
	}

	@Test
	void identities() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.IDENTITY_LIST));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.IDENTITY_LIST));
		this.server.enqueue(Reply.empty(204));
		IdentityList page = this.users.listIdentities(List.of(Query.equal("userId", "alice")), "github");
		Recorded list = take("GET", "/v1/users/identities", null);
		assertThat(list.queryValues("queries[]")).containsExactly(Query.equal("userId", "alice"));
		assertThat(list.queryValues("search")).containsExactly("github");
		assertThat(page.identities()).extracting(Identity::providerUid).containsExactly("12345");
		try (Stream<Identity> all = this.users.listAllIdentities(List.of(Query.equal("provider", "github")))) {
			assertThat(all.map(Identity::id)).containsExactly("id1");
		}
		Recorded allPage = take("GET", "/v1/users/identities", null);
		assertThat(allPage.queryValues("queries[]")).contains(Query.equal("provider", "github"), Query.limit(100));
		this.users.deleteIdentity("id1");
		take("DELETE", "/v1/users/identities/id1", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.deleteIdentity(""))
			.withMessageContaining("'identityId'");
	}

	@Test
	void createTarget() throws Exception {
		this.server.enqueue(Reply.json(201, LifecycleFixtures.TARGET));
		this.server.enqueue(Reply.json(201, LifecycleFixtures.TARGET));
		Target target = this.users.createTarget("alice", "tg1", MessagingProviderType.PUSH, "push-token-1", "fcm",
				"Pixel");
		take("POST", "/v1/users/alice/targets", "{\"targetId\":\"tg1\",\"providerType\":\"push\","
				+ "\"identifier\":\"push-token-1\",\"providerId\":\"fcm\",\"name\":\"Pixel\"}");
		assertThat(target).isEqualTo(new Target("tg1", "2025-01-01T10:00:00.000+00:00", "2025-01-01T10:00:00.000+00:00",
				"Pixel", "alice", "fcm", "push", "push-token-1", false));
		this.users.createTarget("alice", "unique()", MessagingProviderType.SMS, "+14155552671", null, null);
		take("POST", "/v1/users/alice/targets",
				"{\"targetId\":\"unique()\",\"providerType\":\"sms\",\"identifier\":\"+14155552671\"}");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.users.createTarget("alice", "_bad", MessagingProviderType.EMAIL, "a@b.c", null, null))
			.withMessageContaining("'targetId'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.createTarget("alice", "tg2", null, "a@b.c", null, null))
			.withMessageContaining("'providerType'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.users.createTarget("alice", "tg2", MessagingProviderType.EMAIL, " ", null, null))
			.withMessageContaining("'identifier'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void aTakenTargetIsUserTargetAlreadyExists() {
		this.server.enqueue(Reply.json(409, Fixtures.error(409, AppwriteErrorTypes.USER_TARGET_ALREADY_EXISTS,
				"A target with the same ID already exists.")));
		assertThatThrownBy(() -> this.users.createTarget("alice", "tg1", MessagingProviderType.EMAIL,
				"alice@example.com", null, null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(409);
				assertThat(ex.is(AppwriteErrorTypes.USER_TARGET_ALREADY_EXISTS)).isTrue();
			});
	}

	@Test
	void readUpdateAndDeleteTargets() throws Exception {
		this.server.enqueue(Reply.json(200, LifecycleFixtures.TARGET_LIST));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.TARGET_LIST));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.TARGET));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.TARGET));
		this.server.enqueue(Reply.json(200, LifecycleFixtures.TARGET));
		this.server.enqueue(Reply.empty(204));

		TargetList page = this.users.listTargets("alice", List.of(Query.equal("providerType", "push")));
		Recorded list = take("GET", "/v1/users/alice/targets", null);
		assertThat(list.queryValues("queries[]")).containsExactly(Query.equal("providerType", "push"));
		assertThat(page.items()).extracting(Target::identifier).containsExactly("push-token-1");

		try (Stream<Target> all = this.users.listAllTargets("alice", null)) {
			assertThat(all.map(Target::id)).containsExactly("tg1");
		}
		take("GET", "/v1/users/alice/targets", null);

		assertThat(this.users.getTarget("alice", "tg1").providerType()).isEqualTo("push");
		take("GET", "/v1/users/alice/targets/tg1", null);

		this.users.updateTarget("alice", "tg1", "push-token-2", null, "Pixel 9");
		take("PATCH", "/v1/users/alice/targets/tg1", "{\"identifier\":\"push-token-2\",\"name\":\"Pixel 9\"}");
		this.users.updateTarget("alice", "tg1", null, null, null);
		take("PATCH", "/v1/users/alice/targets/tg1", "{}");

		this.users.deleteTarget("alice", "tg1");
		take("DELETE", "/v1/users/alice/targets/tg1", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.getTarget("alice", null))
			.withMessageContaining("'targetId'");
	}

	@Test
	void theUsersTargetsAreTheSameModel() {
		this.server.enqueue(Reply.json(200,
				Fixtures.USER.replace("\"targets\":[]", "\"targets\":[" + LifecycleFixtures.TARGET + "]")));
		assertThat(this.users.get("alice").targets()).singleElement()
			.satisfies((target) -> assertThat(target.providerId()).isEqualTo("fcm"));
	}

}
