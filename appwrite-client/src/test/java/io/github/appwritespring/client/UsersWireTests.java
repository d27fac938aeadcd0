package io.github.appwritespring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.model.Jwt;
import io.github.appwritespring.client.model.MembershipList;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.SessionList;
import io.github.appwritespring.client.model.Token;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.service.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every Users call as it travels: method, path, query and body, and the model read back.
 */
class UsersWireTests {

	private static final String KEY = "standard_users_key";

	private RecordingServer server;

	private AppwriteClient admin;

	private Users users;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client(KEY);
		this.users = this.admin.users();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Recorded take() throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isEqualTo(KEY);
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(Recorded request) {
		assertThat(request.header("Content-Type")).startsWith("application/json");
		return Json.mapper().readValue(request.body(), Map.class);
	}

	@Test
	void create() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.USER));
		User user = this.users.create(ID.custom("alice"), "alice@example.com", null, "password123", "Alice");
		Recorded request = take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/users");
		assertThat(request.bodyText()).isEqualTo(
				"{\"userId\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"password123\",\"name\":\"Alice\"}");
		assertThat(user.name()).isEqualTo("Alice");
		assertThat(user.toString()).doesNotContain("password123");
	}

	@Test
	void createWithUniqueIdLetsAppwriteChoose() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.USER));
		this.users.create("unique()", null, "+15551234567", null, null);
		assertThat(body(take())).containsExactly(Map.entry("userId", "unique()"), Map.entry("phone", "+15551234567"));
	}

	@Test
	void listWithQueriesAndSearch() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.userList(2, "a", "b")));
		var page = this.users.list(List.of(Query.contains("labels", "admin"), Query.orderAsc("name")), "ali");
		Recorded request = take();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/users");
		assertThat(request.queryValues("queries[]")).containsExactly(
				"{\"method\":\"contains\",\"attribute\":\"labels\",\"values\":[\"admin\"]}",
				"{\"method\":\"orderAsc\",\"attribute\":\"name\"}");
		assertThat(request.queryValues("search")).containsExactly("ali");
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.users()).extracting(User::id).containsExactly("a", "b");
		assertThat(page.items()).isSameAs(page.users());
	}

	@Test
	void listWithoutQueriesSendsNoQueryString() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.userList(0)));
		assertThat(this.users.list(null, null).users()).isEmpty();
		assertThat(take().rawQuery()).isNull();
	}

	@Test
	void listAllKeepsTheSearchOnEveryPage() throws Exception {
		String[] firstPage = new String[100];
		for (int i = 0; i < firstPage.length; i++) {
			firstPage[i] = "u" + i;
		}
		this.server.enqueue(Reply.json(200, Fixtures.userList(101, firstPage)));
		this.server.enqueue(Reply.json(200, Fixtures.userList(101, "last")));
		try (var all = this.users.listAll(List.of(Query.equal("status", true)), "ali")) {
			assertThat(all.count()).isEqualTo(101);
		}
		assertThat(take().queryValues("search")).containsExactly("ali");
		Recorded second = take();
		assertThat(second.queryValues("search")).containsExactly("ali");
		assertThat(second.queryValues("queries[]")).containsExactly(Query.equal("status", true), Query.limit(100),
				Query.cursorAfter("u99"));
	}

	@Test
	void getAndDelete() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		this.server.enqueue(Reply.empty(204));
		assertThat(this.users.get("alice").email()).isEqualTo("alice@example.com");
		assertThat(take().path()).isEqualTo("/v1/users/alice");
		this.users.delete("alice");
		Recorded delete = take();
		assertThat(delete.method()).isEqualTo("DELETE");
		assertThat(delete.path()).isEqualTo("/v1/users/alice");
	}

	@Test
	void updates() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.users.updateLabels("alice", List.of("admin", "editor"));
		Recorded labels = take();
		assertThat(labels.method()).isEqualTo("PUT");
		assertThat(labels.path()).isEqualTo("/v1/users/alice/labels");
		assertThat(body(labels)).containsExactly(Map.entry("labels", List.of("admin", "editor")));

		this.users.updateStatus("alice", false);
		Recorded status = take();
		assertThat(status.method()).isEqualTo("PATCH");
		assertThat(status.path()).isEqualTo("/v1/users/alice/status");
		assertThat(status.bodyText()).isEqualTo("{\"status\":false}");

		this.users.updateName("alice", "Alice A.");
		Recorded name = take();
		assertThat(name.path()).isEqualTo("/v1/users/alice/name");
		assertThat(body(name)).containsExactly(Map.entry("name", "Alice A."));

		this.users.updateEmail("alice", "a@example.org");
		Recorded email = take();
		assertThat(email.path()).isEqualTo("/v1/users/alice/email");
		assertThat(body(email)).containsExactly(Map.entry("email", "a@example.org"));

		this.users.updatePassword("alice", "new-password-1");
		Recorded password = take();
		assertThat(password.path()).isEqualTo("/v1/users/alice/password");
		assertThat(body(password)).containsExactly(Map.entry("password", "new-password-1"));
	}

	@Test
	void prefs() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"theme\":\"dark\",\"size\":3}"));
		this.server.enqueue(Reply.json(200, "{\"theme\":\"light\"}"));
		assertThat(this.users.getPrefs("alice")).containsEntry("theme", "dark").containsEntry("size", 3);
		Recorded get = take();
		assertThat(get.method()).isEqualTo("GET");
		assertThat(get.path()).isEqualTo("/v1/users/alice/prefs");
		assertThat(this.users.updatePrefs("alice", Map.of("theme", "light"))).containsEntry("theme", "light");
		Recorded update = take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.bodyText()).isEqualTo("{\"prefs\":{\"theme\":\"light\"}}");
	}

	@Test
	void prefsAsARecord() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"theme\":\"dark\",\"size\":3,\"other\":true}"));
		assertThat(this.users.getPrefs("alice", Theme.class)).isEqualTo(new Theme("dark", 3));
		assertThat(take().path()).isEqualTo("/v1/users/alice/prefs");
	}

	@Test
	void phoneAndVerification() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.users.updatePhone("alice", "+14155552671");
		Recorded phone = take();
		assertThat(phone.method()).isEqualTo("PATCH");
		assertThat(phone.path()).isEqualTo("/v1/users/alice/phone");
		assertThat(phone.bodyText()).isEqualTo("{\"number\":\"+14155552671\"}");

		this.users.updateEmailVerification("alice", true);
		Recorded email = take();
		assertThat(email.path()).isEqualTo("/v1/users/alice/verification");
		assertThat(email.bodyText()).isEqualTo("{\"emailVerification\":true}");

		this.users.updatePhoneVerification("alice", false);
		Recorded sms = take();
		assertThat(sms.path()).isEqualTo("/v1/users/alice/verification/phone");
		assertThat(sms.bodyText()).isEqualTo("{\"phoneVerification\":false}");

		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updatePhone("alice", ""))
			.withMessageContaining("'phone'");
	}

	@Test
	void sessions() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.sessionList(1)));
		this.server.enqueue(Reply.json(201, Fixtures.SESSION));
		this.server.enqueue(Reply.empty(204));
		this.server.enqueue(Reply.empty(204));

		SessionList list = this.users.listSessions("alice");
		assertThat(list.total()).isEqualTo(1);
		assertThat(list.sessions().get(0).provider()).isEqualTo("email");
		assertThat(take().path()).isEqualTo("/v1/users/alice/sessions");

		Session created = this.users.createSession("alice");
		Recorded create = take();
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.path()).isEqualTo("/v1/users/alice/sessions");
		assertThat(created.secret()).isNotEmpty();
		assertThat(created.toString()).doesNotContain(created.secret());

		this.users.deleteSessions("alice");
		Recorded deleteAll = take();
		assertThat(deleteAll.method()).isEqualTo("DELETE");
		assertThat(deleteAll.path()).isEqualTo("/v1/users/alice/sessions");

		this.users.deleteSession("alice", "s1");
		Recorded deleteOne = take();
		assertThat(deleteOne.method()).isEqualTo("DELETE");
		assertThat(deleteOne.path()).isEqualTo("/v1/users/alice/sessions/s1");
	}

	@Test
	void tokens() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		this.server.enqueue(Reply.json(201, Fixtures.TOKEN));
		Token token = this.users.createToken("alice", 6, 900);
		Recorded request = take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/users/alice/tokens");
		assertThat(request.bodyText()).isEqualTo("{\"length\":6,\"expire\":900}");
		assertThat(token.secret()).isEqualTo("654321");
		assertThat(token.toString()).doesNotContain("654321");

		this.users.createToken("alice", null, null);
		assertThat(take().bodyText()).isEqualTo("{}");

		assertThatIllegalArgumentException().isThrownBy(() -> this.users.createToken("alice", 129, null))
			.withMessageContaining("'length'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.createToken("alice", null, 59))
			.withMessageContaining("'expire'");
	}

	@Test
	void jwts() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.JWT));
		this.server.enqueue(Reply.json(201, Fixtures.JWT));
		Jwt jwt = this.users.createJWT("alice", "s1", 600);
		Recorded request = take();
		assertThat(request.path()).isEqualTo("/v1/users/alice/jwts");
		assertThat(request.bodyText()).isEqualTo("{\"sessionId\":\"s1\",\"duration\":600}");
		assertThat(jwt.jwt()).startsWith("eyJ");
		assertThat(jwt.toString()).doesNotContain("eyJ");

		this.users.createJWT("alice", null, null);
		assertThat(take().bodyText()).isEqualTo("{}");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.createJWT("alice", null, 3601))
			.withMessageContaining("'duration'");
	}

	@Test
	void memberships() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"total\":1,\"memberships\":[" + Fixtures.MEMBERSHIP + "]}"));
		MembershipList list = this.users.listMemberships("alice", List.of(Query.equal("teamId", "t1")), "Team");
		Recorded request = take();
		assertThat(request.path()).isEqualTo("/v1/users/alice/memberships");
		assertThat(request.queryValues("queries[]")).containsExactly(Query.equal("teamId", "t1"));
		assertThat(request.queryValues("search")).containsExactly("Team");
		assertThat(list.memberships().get(0).roles()).containsExactly("owner");
		assertThat(list.memberships().get(0).confirm()).isTrue();
	}

	@Test
	void listAllMembershipsAsAStream() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"total\":1,\"memberships\":[" + Fixtures.MEMBERSHIP + "]}"));
		try (var memberships = this.users.listAllMemberships("alice", null)) {
			assertThat(memberships.map((m) -> m.teamId())).containsExactly("t1");
		}
		assertThat(take().queryValues("queries[]")).containsExactly(Query.limit(100));
	}

	@Test
	void appwriteErrorsKeepTheirType() {
		this.server.enqueue(Reply.json(409, Fixtures.error(409, "user_already_exists",
				"A user with the same id, email, or phone already exists in this project.")));
		assertThatThrownBy(() -> this.users.create("alice", "alice@example.com", null, null, null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(409);
				assertThat(ex.getType()).isEqualTo("user_already_exists");
				assertThat(ex.getPath()).isEqualTo("/users");
				assertThat(ex.getMethod()).isEqualTo("POST");
			});
	}

	@Test
	void missingArgumentsAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.create(null, null, null, null, null))
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateLabels("alice", null))
			.withMessageContaining("'labels'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updateEmail("alice", ""))
			.withMessageContaining("'email'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updatePassword("alice", " "))
			.withMessageContaining("'password'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.updatePrefs("alice", null))
			.withMessageContaining("'prefs'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.deleteSession("alice", ""))
			.withMessageContaining("'sessionId'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.users.listSessions(null))
			.withMessageContaining("'userId'");
		assertThat(this.server.pending()).isZero();
	}

	record Theme(String theme, int size) {
	}

}
