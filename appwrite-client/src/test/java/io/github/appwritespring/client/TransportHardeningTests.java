package io.github.appwritespring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.client.transport.CallContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input and broken networks: each case gets a clear error before or instead of a
 * confusing one.
 */
class TransportHardeningTests {

	private static final String KEY = "standard_feedbeef";

	private RecordingServer server;

	private AppwriteClient admin;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client(KEY);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void blockingFaceRefusesTheNettyEventLoopItself() {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		// map(..) runs on the Reactor Netty thread that read the first answer
		Mono<User> nested = this.admin.reactive().account().get().map((user) -> this.admin.users().get(user.id()));
		assertThatThrownBy(() -> nested.block(Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("users().get()")
			.hasMessageContaining("reactor-http")
			.hasMessageContaining("client.reactive()");
	}

	@Test
	void connectionClosedInTheMiddleOfTheAnswerIsAConnectionException() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread truncating = new Thread(() -> answerWithTruncatedBody(socket));
			truncating.setDaemon(true);
			truncating.start();
			try (AppwriteClient client = AppwriteClient.builder()
				.endpoint("http://127.0.0.1:" + socket.getLocalPort() + "/v1")
				.projectId("proj")
				.apiKey(KEY)
				.build()) {
				assertThatThrownBy(() -> client.users().get("alice")).isInstanceOf(AppwriteConnectionException.class)
					.hasMessageContaining("GET /users/alice")
					.hasMessageNotContaining(KEY);
			}
		}
	}

	private static void answerWithTruncatedBody(ServerSocket socket) {
		try (Socket connection = socket.accept()) {
			InputStream in = connection.getInputStream();
			byte[] buffer = new byte[8192];
			int read = in.read(buffer);
			assertThat(read).isPositive();
			OutputStream out = connection.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"$id\":")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException ex) {
			// the test fails on the client side if the answer never arrives
		}
	}

	@Test
	void dotSegmentsCannotBeUsedAsIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().get(".."))
			.withMessageContaining("request path");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().deleteSession("alice", "."))
			.withMessageContaining("request path");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void headerValuesWithControlCharactersAreRejectedWithoutEchoingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.withSession("abc\r\nX-Evil: 1"))
			.withMessageContaining("'session'")
			.withMessageContaining("control characters")
			.withMessageNotContaining("abc");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.withJwt("eyJ\n"))
			.withMessageContaining("'jwt'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.withLocale("de\n"))
			.withMessageContaining("'locale'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AppwriteClient.builder()
				.endpoint(this.server.endpoint())
				.projectId("p")
				.apiKey("key\r\n")
				.build())
			.withMessageContaining("'apiKey'");
		assertThatIllegalArgumentException().isThrownBy(() -> AppwriteClient.builder().header("X-A", "v\n"))
			.withMessageContaining("'value'");
	}

	@Test
	void aCallContextCannotHoldTheKeyAndAUser() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CallContext("key", "session", null, null, null))
			.withMessageContaining("API key together with a session");
		assertThatIllegalArgumentException().isThrownBy(() -> new CallContext("key", null, "jwt", null, null))
			.withMessageContaining("API key together with a session or JWT");
		assertThatIllegalArgumentException().isThrownBy(() -> new CallContext(null, "session", "jwt", null, null))
			.withMessageContaining("not both");
	}

	@Test
	void builderWithKeyAndSessionCallsAsTheUserOnly() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER));
		try (AppwriteClient client = AppwriteClient.builder()
			.endpoint(this.server.endpoint())
			.projectId("proj")
			.apiKey(KEY)
			.session("user-secret")
			.build()) {
			client.account().get();
			RecordingServer.Recorded request = this.server.take();
			assertThat(request.header("X-Appwrite-Session")).isEqualTo("user-secret");
			assertThat(request.header("X-Appwrite-Key")).isNull();
		}
	}

	@Test
	void queriesThatAreNotAppwriteQueriesAreRejectedByIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.users().list(List.of(Query.limit(1), "name=bob"), null))
			.withMessageContaining("'queries[1]'")
			.withMessageContaining("Query class");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.users().list(List.of("{\"attribute\":\"name\"}"), null))
			.withMessageContaining("'queries[0]'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.users().list(List.of(" "), null))
			.withMessageContaining("'queries[0]'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void paginationStopsWhenTheServerIgnoresTheCursor() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ids.add("u" + i);
		}
		this.server.otherwise((request) -> Reply.json(200, Fixtures.userList(1000, ids.toArray(String[]::new))));
		try (Stream<User> users = this.admin.users().listAll(null)) {
			assertThatThrownBy(() -> users.count()).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("'u99'");
		}
	}

	@Test
	void reactiveListAllFollowsTheCursorsToo() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ids.add("m" + i);
		}
		String membership = """
				{"$id":"ID","$createdAt":"","$updatedAt":"","userId":"alice","userName":"Alice",
				"userEmail":"alice@example.com","teamId":"t1","teamName":"Team","invited":"","joined":"",
				"confirm":true,"mfa":false,"roles":["owner"]}""";
		StringBuilder first = new StringBuilder();
		for (String id : ids) {
			first.append((first.length() == 0) ? "" : ",").append(membership.replace("\"ID\"", "\"" + id + "\""));
		}
		this.server.enqueue(Reply.json(200, "{\"total\":101,\"memberships\":[" + first + "]}"));
		this.server.enqueue(
				Reply.json(200, "{\"total\":101,\"memberships\":[" + membership.replace("\"ID\"", "\"last\"") + "]}"));
		List<String> seen = this.admin.reactive()
			.users()
			.listAllMemberships("alice", List.of(Query.equal("teamId", "t1")))
			.map((m) -> m.id())
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(seen).hasSize(101).startsWith("m0").endsWith("last");
		assertThat(this.server.take().path()).isEqualTo("/v1/users/alice/memberships");
		assertThat(this.server.take().queryValues("queries[]")).containsExactly(Query.equal("teamId", "t1"),
				Query.limit(100), Query.cursorAfter("m99"));
	}

	@Test
	void queryValuesMustBeJsonScalars() {
		assertThatIllegalArgumentException().isThrownBy(() -> Query.equal("a", new Object()))
			.withMessageContaining("String, Number or Boolean");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Query.lessThan("$createdAt", java.time.OffsetDateTime.now()))
			.withMessageContaining("DATE_FORMAT");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.between("n", 1, List.of(2)))
			.withMessageContaining("'end'");
	}

	@Test
	void aClosedClientSaysSoAndItsViewsToo() throws Exception {
		AppwriteClient client = AppwriteClient.builder().endpoint(this.server.endpoint()).projectId("proj").build();
		AppwriteClient view = client.withSession("s");
		client.close();
		assertThatThrownBy(() -> client.health().get()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("closed");
		assertThatThrownBy(() -> view.account().get()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("closed");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void appwriteWarningsAreLoggedOncePerClient() throws Exception {
		String warning = "The current SDK is built for Appwrite 1.8.0. However, the current Appwrite server version is 1.7.4.";
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER).withHeader("X-Appwrite-Warning", warning));
		try (CapturedLog log = new CapturedLog(io.github.appwritespring.client.transport.AppwriteTransport.class)) {
			this.admin.users().get("alice");
			this.admin.withSession("s").account().get();
			assertThat(log.records()).singleElement().satisfies((logRecord) -> {
				assertThat(logRecord.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
				assertThat(logRecord.getMessage()).contains("1.7.4")
					.contains(this.server.endpoint())
					.doesNotContain(KEY);
			});
		}
	}

	@Test
	void waitingTooLongForAPooledConnectionIsATimeoutThatSaysSo() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.USER).delayed(1_500));
		try (AppwriteClient client = AppwriteClient.builder()
			.endpoint(this.server.endpoint())
			.projectId("proj")
			.apiKey(KEY)
			.maxConnections(1)
			.connectTimeout(Duration.ofMillis(300))
			.build()) {
			reactor.core.Disposable busy = client.reactive().users().get("slow").subscribe();
			try {
				assertThat(this.server.take().path()).as("the only connection is busy").isEqualTo("/v1/users/slow");
				assertThatThrownBy(() -> client.users().get("waiting")).isInstanceOf(AppwriteTimeoutException.class)
					.hasMessageContaining("GET /users/waiting")
					.hasMessageContaining("all 1 pooled connections")
					.hasMessageContaining("maxConnections");
			}
			finally {
				busy.dispose();
			}
		}
	}

	@Test
	void theEndUsersAgentIsForwardedWithControlCharactersBlanked() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, Fixtures.USER));
		this.admin.withForwardedUserAgent("Mozilla/5.0\r\nX-Evil: 1").users().get("alice");
		RecordingServer.Recorded request = this.server.take();
		assertThat(request.header("X-Forwarded-User-Agent")).isEqualTo("Mozilla/5.0  X-Evil: 1");
		assertThat(request.header("X-Evil")).isNull();
		this.admin.withForwardedUserAgent("\r\n").users().get("alice");
		assertThat(this.server.take().header("X-Forwarded-User-Agent")).isNull();
	}

}
