package io.github.appwritespring.client.transport;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport's parts for the lifecycle routes: reading the session Appwrite sets in
 * cookie headers, and observation tags for the new routes.
 */
class LifecycleTransportTests {

	private static final String VALUE = "eyJpZCI6ImFsaWNlIn0+/w==";

	private static MultiValueMap<String, ResponseCookie> cookies(ResponseCookie... cookies) {
		MultiValueMap<String, ResponseCookie> map = new LinkedMultiValueMap<>();
		for (ResponseCookie cookie : cookies) {
			map.add(cookie.getName(), cookie);
		}
		return map;
	}

	@Test
	void theProjectsSessionCookieWinsThenItsLegacyTwinThenTheFallbackHeader() {
		HttpHeaders fallback = new HttpHeaders();
		fallback.set("X-Fallback-Cookies", "{\"a_session_proj\":\"from-header\"}");
		assertThat(SessionCookies.read(cookies(ResponseCookie.from("a_session_proj", "from-cookie").build(),
				ResponseCookie.from("a_session_proj_legacy", "from-legacy").build()), fallback, "proj"))
			.isEqualTo("from-cookie");
		assertThat(SessionCookies.read(cookies(ResponseCookie.from("a_session_proj_legacy", "from-legacy").build()),
				fallback, "proj"))
			.isEqualTo("from-legacy");
		assertThat(SessionCookies.read(cookies(), fallback, "proj")).isEqualTo("from-header");
		assertThat(SessionCookies.read(cookies(), new HttpHeaders(), "proj")).isNull();
	}

	@Test
	void otherProjectsEmptyDeletedAndExpiredCookiesAreNoSession() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Fallback-Cookies", "{\"a_session_other\":\"x\",\"a_session_proj\":\"\"}");
		assertThat(SessionCookies.read(
				cookies(ResponseCookie.from("a_session_other", VALUE).build(),
						ResponseCookie.from("a_session_proj", "").build(),
						ResponseCookie.from("a_session_proj_legacy", VALUE).maxAge(Duration.ZERO).build()),
				headers, "proj"))
			.isNull();
		headers.set("X-Fallback-Cookies", "[\"not an object\"]");
		assertThat(SessionCookies.read(cookies(), headers, "proj")).isNull();
		headers.set("X-Fallback-Cookies", "{broken");
		assertThat(SessionCookies.read(cookies(), headers, "proj")).isNull();
	}

	@Test
	void cookieValuesArePercentDecodedButPlusStaysPlus() {
		assertThat(SessionCookies.percentDecoded("eyJpZCI6ImFsaWNlIn0%2B%2Fw%3D%3D")).isEqualTo(VALUE);
		assertThat(SessionCookies.percentDecoded(VALUE)).as("a raw Base64 value is left alone").isEqualTo(VALUE);
		assertThat(SessionCookies.percentDecoded("a%2")).as("a cut escape is kept").isEqualTo("a%2");
		assertThat(SessionCookies.percentDecoded("a%zz")).isEqualTo("a%zz");
		assertThat(SessionCookies.percentDecoded("caf%C3%A9")).isEqualTo("café");
	}

	@Test
	void lifecycleRoutesAreTaggedAsTemplatesWithoutIds() {
		assertThat(RequestObservations.template("/account/mfa/authenticators/totp"))
			.isEqualTo("/account/mfa/authenticators/totp");
		assertThat(RequestObservations.template("/account/mfa/challenges")).isEqualTo("/account/mfa/challenges");
		assertThat(RequestObservations.template("/account/mfa/recovery-codes"))
			.isEqualTo("/account/mfa/recovery-codes");
		assertThat(RequestObservations.template("/account/verifications/email"))
			.isEqualTo("/account/verifications/email");
		assertThat(RequestObservations.template("/account/identities/id1")).isEqualTo("/account/identities/{id}");
		assertThat(RequestObservations.template("/users/alice/targets/tg1")).isEqualTo("/users/{id}/targets/{id}");
		assertThat(RequestObservations.template("/users/alice/logs")).isEqualTo("/users/{id}/logs");
		assertThat(RequestObservations.template("/teams/t1/memberships/m1/status"))
			.isEqualTo("/teams/{id}/memberships/{id}/status");
	}

}
