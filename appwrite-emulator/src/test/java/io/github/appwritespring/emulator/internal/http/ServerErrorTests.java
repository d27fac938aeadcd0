package io.github.appwritespring.emulator.internal.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.internal.auth.CallerResolver;
import io.github.appwritespring.emulator.internal.auth.JwtCodec;
import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class ServerErrorTests {

	@Test
	void unexpectedExceptionsAre500WithoutDetailsAndTheServerKeepsServing() throws Exception {
		Routes routes = new Routes();
		routes.get("/boom", Scopes.PUBLIC, (request) -> {
			throw new IllegalStateException("internal detail s3cr3t");
		});
		routes.get("/ok", Scopes.PUBLIC, (request) -> Response
			.ok(io.github.appwritespring.emulator.internal.json.Json.object().put("ok", true)));
		DocumentStore store = DocumentStore.inMemory();
		CallerResolver callers = new CallerResolver("p", "key", store, new JwtCodec(new byte[32]), Clock.systemUTC());
		Logger logger = Logger.getLogger(ApiServer.class.getName());
		Level previous = logger.getLevel();
		logger.setLevel(Level.OFF);
		try (ApiServer server = new ApiServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, routes,
				"p", callers)) {
			String endpoint = "http://127.0.0.1:" + server.address().getPort() + "/v1";
			TestHttp client = TestHttp.raw(endpoint).with("X-Appwrite-Project", "p");
			TestHttp.Result boom = client.get("/boom");
			assertError(boom, 500, "general_unknown");
			assertThat(boom.response().body()).doesNotContain("s3cr3t").doesNotContain("IllegalState");
			assertThat(client.get("/ok").json().path("ok").asBoolean()).isTrue();
		}
		finally {
			logger.setLevel(previous);
		}
	}

	@Test
	void templatesAreMatchedMostSpecificFirst() {
		Routes routes = new Routes();
		routes.get("/a/{id}", Scopes.PUBLIC, (request) -> Response.noContent());
		routes.get("/a/special", Scopes.PUBLIC, (request) -> Response.noContent());
		assertThat(routes.match("GET", java.util.List.of("a", "special")).orElseThrow().route().template())
			.isEqualTo("/a/special");
		assertThat(routes.match("GET", java.util.List.of("a", "x")).orElseThrow().pathParams()).containsEntry("id",
				"x");
		assertThat(routes.match("GET", java.util.List.of("a", "x", "y"))).isEmpty();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> routes.get("/a/{id}", Scopes.PUBLIC, (request) -> Response.noContent()))
			.isInstanceOf(IllegalStateException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> routes.get("/a/x{id}", Scopes.PUBLIC, (request) -> Response.noContent()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void formDecoderReadsPhpStyleArrays() {
		var decoded = FormDecoder
			.decode("a=1&b[]=x&b[]=y&q[1]=second&q[0]=first&h[k]=v&a=2&enc=%7B%22m%22%3A1%7D&bad=%zz");
		assertThat(decoded.path("a").asString()).isEqualTo("2");
		assertThat(decoded.path("b").toString()).isEqualTo("[\"x\",\"y\"]");
		assertThat(decoded.path("q").toString()).isEqualTo("[\"first\",\"second\"]");
		assertThat(decoded.path("h").path("k").asString()).isEqualTo("v");
		assertThat(decoded.path("enc").asString()).isEqualTo("{\"m\":1}");
		assertThat(decoded.path("bad").asString()).isEqualTo("%zz");
	}

}
