package io.github.appwritespring.benchmarks.security;

import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.client.AppwriteClient;

/**
 * The application {@link SecurityThroughput} loads: Spring MVC on Tomcat with the
 * auto-configuration's default Appwrite {@code SecurityFilterChain} (no chain of its
 * own), started with {@code /floor/**} added to {@code appwrite.security.permit-all} so
 * the floors pass through the very same chain, anonymously.
 * <p>
 * The floors read the session secret from a cookie named {@code bench_session}, not
 * {@code a_session_<PROJECT>}: the chain resolves the Appwrite cookie on every request it
 * sees, permitted paths included, so a floor request carrying it would pay for the
 * resolution it is meant to do by hand.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SecurityBenchApp.Endpoints.class)
public class SecurityBenchApp {

	/**
	 * The cookie the floors read the session secret from (same value and length as the
	 * Appwrite cookie).
	 */
	static final String FLOOR_COOKIE = "bench_session";

	/**
	 * What the floor decodes from {@code GET /v1/account}: the email, as the principal
	 * gives it.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Account(String email) {
	}

	@RestController
	static class Endpoints {

		/**
		 * Requests each handler answered, to check against the load generator's count.
		 */
		final LongAdder me = new LongAdder();

		final LongAdder call = new LongAdder();

		final LongAdder constant = new LongAdder();

		final LongAdder client = new LongAdder();

		final LongAdder headers = new LongAdder();

		private final WebClient webClientWithOurHeaders;

		private final AppwriteClient admin;

		private final WebClient webClient;

		Endpoints(@Value("${appwrite.endpoint}") String endpoint, @Value("${appwrite.project-id}") String projectId,
				AppwriteClient admin) {
			this.admin = admin;
			// A plain WebClient (Reactor Netty, its default shared connection pool),
			// built once.
			this.webClient = WebClient.builder()
				.baseUrl(endpoint)
				.defaultHeader("X-Appwrite-Project", projectId)
				.defaultHeader("X-Appwrite-Response-Format", "1.8.0")
				.build();
			// the floor's WebClient sending what our client sends besides (same names,
			// same lengths of values)
			this.webClientWithOurHeaders = this.webClient.mutate()
				.defaultHeader("User-Agent", "AppwriteSpringJava/0.1.0-SNAPSHOT (Linux; amd64) Java/17.0.15")
				.defaultHeader("X-SDK-Name", "Appwrite Spring Java")
				.defaultHeader("X-SDK-Platform", "server")
				.defaultHeader("X-SDK-Language", "java")
				.defaultHeader("X-SDK-Version", "0.1.0-SNAPSHOT")
				.defaultHeader("Accept", "application/json")
				.defaultHeader("Accept-Encoding", "gzip")
				.build();
		}

		/**
		 * The measured endpoint: the chain resolved the session cookie (one account.get,
		 * or the cache).
		 */
		@GetMapping("/me")
		String me(@AuthenticationPrincipal AppwriteUser user) {
			this.me.increment();
			return user.getEmail();
		}

		/**
		 * Floor 1: permitted to all; the handler makes the same single account.get
		 * itself.
		 */
		@GetMapping("/floor/call")
		String call(@CookieValue(FLOOR_COOKIE) String secret) {
			this.call.increment();
			return email(this.webClient, secret);
		}

		/**
		 * Not a floor, a diagnostic: permitted to all; the handler makes the call with
		 * our client (a session view of the admin client, blocking, parsed into
		 * {@code User}), to split the cost of A into our client's and the security
		 * integration's.
		 */
		@GetMapping("/floor/client")
		String client(@CookieValue(FLOOR_COOKIE) String secret) {
			this.client.increment();
			return this.admin.withSession(secret).account().get().email();
		}

		/** A diagnostic: floor 1's call with our client's extra request headers. */
		@GetMapping("/floor/headers")
		String headers(@CookieValue(FLOOR_COOKIE) String secret) {
			this.headers.increment();
			return email(this.webClientWithOurHeaders, secret);
		}

		/** One blocking {@code GET /account} as the session, with a plain WebClient. */
		private static String email(WebClient client, String secret) {
			Account account = client.get()
				.uri("/account")
				.header("X-Appwrite-Session", secret)
				.retrieve()
				.bodyToMono(Account.class)
				.blockOptional()
				.orElseThrow(() -> new IllegalStateException("GET /v1/account answered without a body"));
			return account.email();
		}

		/** Floor 2: permitted to all; no call at all. */
		@GetMapping("/floor/constant")
		String constant(@CookieValue(FLOOR_COOKIE) String secret) {
			this.constant.increment();
			return SecurityThroughput.EMAIL;
		}

	}

}
