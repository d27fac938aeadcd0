package io.github.appwritespring.benchmarks;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.web.servlet.AppwriteSessionClientArgumentResolver;
import io.github.appwritespring.client.AppwriteClient;

/**
 * Cost of resolving the per-request session client in Spring MVC (cookie read and
 * checked, view made, ready to call), against the floor of building the same request
 * object without resolving. Run with {@code -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SessionClientResolutionBenchmark {

	private static final String SESSION = java.util.Base64.getEncoder()
		.encodeToString(("{\"id\":\"alice\",\"secret\":\"" + "ab".repeat(128) + "\"}").getBytes());

	private AppwriteClient admin;

	private AppwriteSessionClientArgumentResolver resolver;

	private MethodParameter parameter;

	@Setup
	public void setUp() throws Exception {
		this.admin = AppwriteClient.builder().endpoint("http://127.0.0.1:1/v1").projectId("bench").apiKey("k").build();
		this.resolver = new AppwriteSessionClientArgumentResolver(new AppwriteSessionClientFactory(this.admin, true));
		this.parameter = new MethodParameter(
				SessionClientResolutionBenchmark.class.getDeclaredMethod("handler", AppwriteSessionClient.class), 0);
	}

	@TearDown
	public void tearDown() {
		this.admin.close();
	}

	static void handler(AppwriteSessionClient client) {
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/notes");
		request.setCookies(new Cookie("a_session_bench", SESSION));
		request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)");
		return request;
	}

	/**
	 * Returns the floor: the request object alone.
	 * @return the floor: the request object alone
	 */
	@Benchmark
	public Object floorRequestOnly() {
		return new ServletWebRequest(request());
	}

	/**
	 * Returns the session client, resolved and ready for an Account call.
	 * @return the session client, resolved and ready for an Account call
	 */
	@Benchmark
	public Object resolveSessionClient() {
		AppwriteSessionClient client = (AppwriteSessionClient) this.resolver.resolveArgument(this.parameter, null,
				new ServletWebRequest(request()), null);
		return client.account();
	}

}
