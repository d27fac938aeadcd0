package io.github.appwritespring.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.model.UserList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppwriteClientWireTests {

	private static final String KEY = "standard_0123456789abcdef";

	private RecordingServer server;

	private AppwriteClient admin;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = AppwriteClient.builder()
			.endpoint(this.server.endpoint())
			.projectId("proj")
			.apiKey(KEY)
			.locale("de")
			.header("X-Trace", "t1")
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

	@AfterEach
	void stop() {
		this.admin.close();
		this.server.close();
	}

	@Test
	void adminCallsCarryTheKeyAndTheProtocolHeaders() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		User user = this.admin.withForwardedUserAgent("Mozilla/5.0 test").users().get("alice");
		Recorded request = this.server.take();
		assertThat(user.id()).isEqualTo("alice");
		assertThat(user.labels()).containsExactly("admin");
		assertThat(user.prefs()).containsEntry("theme", "dark");
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/users/alice");
		assertThat(request.header("X-Appwrite-Key")).isEqualTo(KEY);
		assertThat(request.header("X-Appwrite-Session")).isNull();
		assertThat(request.header("X-Appwrite-Project")).isEqualTo("proj");
		assertThat(request.header("X-Appwrite-Response-Format")).isEqualTo("1.8.0");
		assertThat(request.header("X-Appwrite-Locale")).isEqualTo("de");
		assertThat(request.header("X-Forwarded-User-Agent")).isEqualTo("Mozilla/5.0 test");
		assertThat(request.header("X-SDK-Language")).isEqualTo("java");
		assertThat(request.header("X-SDK-Platform")).isEqualTo("server");
		assertThat(request.header("X-SDK-Name")).isNotBlank();
		assertThat(request.header("X-SDK-Version")).isNotBlank().isNotEqualTo("unknown");
		assertThat(request.header("User-Agent")).startsWith("AppwriteSpringJava/");
		assertThat(request.header("X-Trace")).isEqualTo("t1");
		assertThat(request.header("Accept")).isEqualTo("application/json");
	}

	@Test
	void sessionAndJwtViewsNeverCarryTheKey() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.admin.withSession("c2Vzc2lvbg==").account().get();
		Recorded sessionCall = this.server.take();
		assertThat(sessionCall.header("X-Appwrite-Session")).isEqualTo("c2Vzc2lvbg==");
		assertThat(sessionCall.header("X-Appwrite-Key")).isNull();
		assertThat(sessionCall.header("X-Appwrite-Project")).isEqualTo("proj");

		this.admin.withJwt("eyJ.jwt").account().get();
		Recorded jwtCall = this.server.take();
		assertThat(jwtCall.header("X-Appwrite-JWT")).isEqualTo("eyJ.jwt");
		assertThat(jwtCall.header("X-Appwrite-Key")).isNull();
		assertThat(jwtCall.header("X-Appwrite-Session")).isNull();

		AppwriteClient sessionView = this.admin.withSession("first");
		sessionView.withJwt("second").account().get();
		Recorded switched = this.server.take();
		assertThat(switched.header("X-Appwrite-JWT")).isEqualTo("second");
		assertThat(switched.header("X-Appwrite-Session")).isNull();

		this.admin.account().get();
		assertThat(this.server.take().header("X-Appwrite-Key")).isEqualTo(KEY);
	}

	@Test
	void viewsAreImmutableAndShareThePool() throws Exception {
		AppwriteClient view = this.admin.withSession("secret-one");
		assertThat(view.hasApiKey()).isFalse();
		assertThat(view.hasUser()).isTrue();
		assertThat(this.admin.hasApiKey()).isTrue();
		view.close();
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		this.admin.account().get();
		assertThat(this.server.take().header("X-Appwrite-Key")).isEqualTo(KEY);
	}

	@Test
	void toStringNeverShowsSecrets() {
		AppwriteClient view = this.admin.withSession("top-secret-session");
		assertThat(this.admin.toString()).doesNotContain(KEY).contains("proj");
		assertThat(view.toString()).doesNotContain("top-secret-session").contains("session");
		assertThat(this.admin.withJwt("jwt-secret").toString()).doesNotContain("jwt-secret");
	}

	@Test
	void queriesAreSentAsRepeatedQueriesArrayParameters() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.userList(1, "alice")));
		UserList users = this.admin.users().list(List.of(Query.equal("name", "Bob & Co"), Query.limit(5)), "bo b");
		Recorded request = this.server.take();
		assertThat(users.total()).isEqualTo(1);
		assertThat(request.rawQuery()).contains("queries%5B%5D=").doesNotContain(" ");
		assertThat(request.queryValues("queries[]")).containsExactly(
				"{\"method\":\"equal\",\"attribute\":\"name\",\"values\":[\"Bob & Co\"]}",
				"{\"method\":\"limit\",\"values\":[5]}");
		assertThat(request.queryValues("search")).containsExactly("bo b");
	}

	@Test
	void pathSegmentsAreEncoded() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		this.admin.users().get("a b/../c");
		assertThat(this.server.take().path()).isEqualTo("/v1/users/a%20b%2F..%2Fc");
	}

	@Test
	void jsonBodiesLeaveOutNullFields() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.USER));
		this.admin.account().create("alice", "alice@example.com", "password123", null);
		Recorded request = this.server.take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/account");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		assertThat(request.bodyText())
			.isEqualTo("{\"userId\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"password123\"}");
	}

	@Test
	void sessionSecretComesBackForKeyCallersButNotInToString() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.SESSION));
		Session session = this.admin.account().createEmailPasswordSession("alice@example.com", "password123");
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/account/sessions/email");
		assertThat(session.secret()).isEqualTo("c2VjcmV0LXZhbHVl");
		assertThat(session.toString()).doesNotContain("c2VjcmV0LXZhbHVl");
	}

	@Test
	void errorAnswersBecomeAppwriteExceptionsWithoutSecrets() throws Exception {
		this.server.enqueue(Reply.json(401, Fixtures.error(401, "user_invalid_credentials",
				"Invalid credentials. Please check the email and password.")));
		assertThatThrownBy(() -> this.admin.account().createEmailPasswordSession("alice@example.com", "hunter22!"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(401);
				assertThat(ex.getCode()).isEqualTo(401);
				assertThat(ex.getType()).isEqualTo("user_invalid_credentials");
				assertThat(ex.getAppwriteMessage()).startsWith("Invalid credentials");
				assertThat(ex.getMethod()).isEqualTo("POST");
				assertThat(ex.getPath()).isEqualTo("/account/sessions/email");
				assertThat(ex.getMessage()).doesNotContain("hunter22!").doesNotContain(KEY);
			});
	}

	@Test
	void errorCodeSentAsStringIsStillParsed() {
		this.server.enqueue(Reply.json(404,
				"{\"message\":\"User not found\",\"code\":\"404\",\"type\":\"user_not_found\",\"version\":\"1.8.1\"}"));
		assertThatThrownBy(() -> this.admin.users().get("nobody")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getCode()).isEqualTo(404));
	}

	@Test
	void nonJsonErrorBodyGetsItsOwnException() {
		this.server.enqueue(new Reply(502, Map.of("Content-Type", "text/html"),
				"<html><body>Bad gateway</body></html>".getBytes(), 0));
		assertThatThrownBy(() -> this.admin.users().get("alice"))
			.isInstanceOfSatisfying(AppwriteUnreadableResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(502);
				assertThat(ex.getMessage()).contains("502").contains("GET /users/alice").contains("Bad gateway");
			});
	}

	@Test
	void nonJsonSuccessBodyGetsItsOwnException() {
		this.server.enqueue(new Reply(200, Map.of("Content-Type", "text/plain"), "hello".getBytes(), 0));
		assertThatThrownBy(() -> this.admin.users().get("alice"))
			.isInstanceOf(AppwriteUnreadableResponseException.class)
			.hasMessageContaining("not the expected JSON")
			.hasMessageContaining("hello");
	}

	@Test
	void connectionRefusedIsAConnectionException() throws Exception {
		// a port held by a socket that is bound but does not listen: connections to it
		// are
		// refused, and no other process can take the port while the socket is open (a
		// port closed again after it was found free could be taken by then)
		try (Socket reserved = new Socket()) {
			reserved.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
			try (AppwriteClient client = AppwriteClient.builder()
				.endpoint("http://127.0.0.1:" + reserved.getLocalPort() + "/v1")
				.projectId("proj")
				.apiKey(KEY)
				.build()) {
				assertThatThrownBy(() -> client.health().get()).isInstanceOf(AppwriteConnectionException.class)
					.isNotInstanceOf(AppwriteTimeoutException.class)
					.hasMessageContaining("GET /health")
					.hasMessageNotContaining(KEY);
			}
		}
	}

	@Test
	void slowAnswerIsATimeout() {
		this.server.enqueue(Reply.json(200, Fixtures.USER).delayed(2_000));
		try (AppwriteClient client = AppwriteClient.builder()
			.endpoint(this.server.endpoint())
			.projectId("proj")
			.responseTimeout(Duration.ofMillis(200))
			.build()) {
			assertThatThrownBy(() -> client.withSession("s").account().get())
				.isInstanceOf(AppwriteTimeoutException.class)
				.hasMessageContaining("200 ms")
				.hasMessageContaining("GET /account");
			// the root type users catch covers timeouts too
			assertThatThrownBy(() -> client.withSession("s").account().get()).isInstanceOf(AppwriteException.class);
		}
	}

	@Test
	void oauth2TokenReturnsTheRedirectWithoutFollowingIt() throws Exception {
		String provider = "https://github.com/login/oauth/authorize?client_id=x&state=y";
		this.server.enqueue(Reply.empty(301).withHeader("Location", provider));
		URI location = this.admin.account()
			.createOAuth2Token("github", "http://localhost:8080/auth/oauth2/callback?state=abc",
					"http://localhost:8080/login?error", List.of("read:user"));
		Recorded request = this.server.take();
		assertThat(location).isEqualTo(URI.create(provider));
		assertThat(request.path()).isEqualTo("/v1/account/tokens/oauth2/github");
		assertThat(request.queryValues("success"))
			.containsExactly("http://localhost:8080/auth/oauth2/callback?state=abc");
		assertThat(request.queryValues("failure")).containsExactly("http://localhost:8080/login?error");
		assertThat(request.queryValues("scopes[]")).containsExactly("read:user");
		assertThat(request.header("Accept")).isEqualTo("text/html");
		Thread.sleep(100);
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void oauth2TokenWithoutRedirectIsAnError() {
		this.server.enqueue(Reply.json(200, "{}"));
		assertThatThrownBy(() -> this.admin.account()
			.createOAuth2Token("github", "http://localhost/a", "http://localhost/b", null))
			.isInstanceOf(AppwriteUnreadableResponseException.class)
			.hasMessageContaining("redirect was expected");
	}

	@Test
	void noContentAnswersComplete() throws Exception {
		this.server.enqueue(Reply.empty(204));
		this.admin.withSession("s").account().deleteSession("current");
		Recorded request = this.server.take();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.path()).isEqualTo("/v1/account/sessions/current");
	}

	@Test
	void blockingFaceRefusesToRunOnANonBlockingThread() {
		Mono<User> onEventLoop = Mono.fromCallable(() -> this.admin.account().get()).subscribeOn(Schedulers.parallel());
		assertThatThrownBy(onEventLoop::block).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("account().get()")
			.hasMessageContaining("reactive");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void reactiveFaceGivesTheSameAnswer() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		User user = this.admin.withSession("s").reactive().account().get().block(Duration.ofSeconds(5));
		assertThat(user.email()).isEqualTo("alice@example.com");
		assertThat(this.server.take().header("X-Appwrite-Session")).isEqualTo("s");
	}

	@Test
	void listAllWalksEveryPageWithCursors() throws Exception {
		List<String> firstPage = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			firstPage.add("u" + i);
		}
		this.server.enqueue(Reply.json(200, Fixtures.userList(130, firstPage.toArray(String[]::new))));
		this.server.enqueue(Reply.json(200, Fixtures.userList(130, "v0", "v1", "v2")));
		List<String> ids;
		try (Stream<User> users = this.admin.users().listAll(List.of(Query.equal("status", true)))) {
			ids = users.map(User::id).collect(Collectors.toList());
		}
		assertThat(ids).hasSize(103).startsWith("u0").endsWith("v2");
		Recorded first = this.server.take();
		assertThat(first.queryValues("queries[]")).containsExactly(Query.equal("status", true), Query.limit(100));
		Recorded second = this.server.take();
		assertThat(second.queryValues("queries[]")).containsExactly(Query.equal("status", true), Query.limit(100),
				Query.cursorAfter("u99"));
	}

	@Test
	void listAllIsLazy() throws Exception {
		List<String> firstPage = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			firstPage.add("u" + i);
		}
		this.server.otherwise((request) -> Reply.json(200, Fixtures.userList(500, firstPage.toArray(String[]::new))));
		try (Stream<User> users = this.admin.users().listAll(null)) {
			assertThat(users.limit(10).count()).isEqualTo(10);
			Thread.sleep(200);
		}
		this.server.take();
		assertThat(this.server.pending()).as("at most one page read ahead of the consumer").isLessThanOrEqualTo(1);
	}

	@Test
	void listAllRejectsPagingQueries() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().listAll(List.of(Query.offset(5))))
			.withMessageContaining("offset");
	}

	@Test
	void badArgumentsAreRejectedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().get(" "))
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.users().create("-starts-with-dash", "a@b.c", null, "password1", null))
			.withMessageContaining("'userId'")
			.withMessageContaining("36 characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.account().createEmailPasswordSession("a@b.c", ""))
			.withMessageContaining("'password'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().createToken("alice", 2, null))
			.withMessageContaining("'length'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.withSession(""))
			.withMessageContaining("'session'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void builderRejectsBadSetUp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AppwriteClient.builder().endpoint("ftp://example.com/v1").projectId("p").build())
			.withMessageContaining("http or https");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AppwriteClient.builder().endpoint("not a url").projectId("p").build())
			.withMessageContaining("'endpoint'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AppwriteClient.builder().endpoint("http://localhost/v1").build())
			.withMessageContaining("'projectId'");
		assertThatIllegalArgumentException().isThrownBy(() -> AppwriteClient.builder().header("X-Appwrite-Key", "k"))
			.withMessageContaining("apiKey");
		assertThatIllegalArgumentException().isThrownBy(() -> AppwriteClient.builder().responseTimeout(Duration.ZERO))
			.withMessageContaining("'responseTimeout'");
	}

	@Test
	void closedClientRefusesCallsAndClosingAViewKeepsThePool() throws Exception {
		AppwriteClient client = AppwriteClient.builder().endpoint(this.server.endpoint()).projectId("proj").build();
		client.withSession("s").close();
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		client.withSession("s").account().get();
		this.server.take();
		client.close();
		assertThatThrownBy(() -> client.withSession("s").account().get()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("closed");
	}

	@Test
	void trailingSlashOfTheEndpointIsIgnored() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"name\":\"http\",\"status\":\"pass\",\"ping\":3}"));
		try (AppwriteClient client = AppwriteClient.builder()
			.endpoint(this.server.endpoint() + "/")
			.projectId("proj")
			.apiKey(KEY)
			.build()) {
			assertThat(client.health().get().isPass()).isTrue();
			assertThat(this.server.take().path()).isEqualTo("/v1/health");
		}
	}

}
