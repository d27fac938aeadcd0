package io.github.appwritespring.autoconfigure.security.tomcat;

import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the valve redacts from the query string Tomcat's access logs print: the value of
 * every {@code secret} parameter of the callback, and nothing else.
 */
class OAuth2CallbackRedactingValveTests {

	private final OAuth2CallbackRedactingValve valve = new OAuth2CallbackRedactingValve("/auth/oauth2/callback");

	@Test
	void theSecretsValueIsRedactedWhereverItStands() {
		assertThat(OAuth2CallbackRedactingValve.redact("secret=s3cr3t")).isEqualTo("secret=redacted");
		assertThat(OAuth2CallbackRedactingValve.redact("state=abc&userId=u1&secret=s3cr3t"))
			.isEqualTo("state=abc&userId=u1&secret=redacted");
		assertThat(OAuth2CallbackRedactingValve.redact("secret=s3cr3t&state=abc"))
			.isEqualTo("secret=redacted&state=abc");
		assertThat(OAuth2CallbackRedactingValve.redact("secret=a%2Bb%3D&secret=again&x="))
			.isEqualTo("secret=redacted&secret=redacted&x=");
	}

	@Test
	void aNameTomcatDecodesToSecretCountsToo() {
		assertThat(OAuth2CallbackRedactingValve.redact("state=abc&s%65cret=s3cr3t"))
			.isEqualTo("state=abc&s%65cret=redacted");
		assertThat(OAuth2CallbackRedactingValve.redact("%73%65%63%72%65%74=s3cr3t"))
			.isEqualTo("%73%65%63%72%65%74=redacted");
	}

	@Test
	void otherParametersAreLeftAsTheyAre() {
		for (String query : new String[] { "", "state=abc&userId=u1", "secretive=x", "my_secret=x", "Secret=x",
				"secret", "=secret", "a=secret=x", "s%6=x", "state=abc&&secret" }) {
			assertThat(OAuth2CallbackRedactingValve.redact(query)).as(query).isSameAs(query);
		}
	}

	@Test
	void onlyTheCallbacksQueryIsRewritten() {
		assertThat(logged("", "/auth/oauth2/callback", "state=abc&secret=s3cr3t"))
			.isEqualTo("state=abc&secret=redacted");
		assertThat(logged("/app", "/app/auth/oauth2/callback", "secret=s3cr3t")).isEqualTo("secret=redacted");
		assertThat(logged("", "/auth/oauth2/callback/more", "secret=s3cr3t")).isEqualTo("secret=s3cr3t");
		assertThat(logged("", "/auth/oauth2/github", "secret=s3cr3t")).isEqualTo("secret=s3cr3t");
		assertThat(logged("/app", "/auth/oauth2/callback", "secret=s3cr3t")).isEqualTo("secret=s3cr3t");
		assertThat(logged("", "/app/auth/oauth2/callback", "secret=s3cr3t")).isEqualTo("secret=s3cr3t");
	}

	@Test
	void everyListedLinkIsRedacted() {
		OAuth2CallbackRedactingValve links = new OAuth2CallbackRedactingValve(
				List.of("/auth/oauth2/callback", "/auth/magic-url/callback", "/auth/team-invitation"));
		for (String path : links.getPaths()) {
			Request request = request("/app", "/app" + path, "userId=u&secret=s3cr3t");
			links.log(request, null, 0);
			assertThat(request.getCoyoteRequest().queryString().toString()).isEqualTo("userId=u&secret=redacted");
		}
		Request other = request("", "/auth/magic-url", "secret=s3cr3t");
		links.log(other, null, 0);
		assertThat(other.getCoyoteRequest().queryString().toString()).isEqualTo("secret=s3cr3t");
	}

	@Test
	void aRequestWithoutAContextOrAQueryIsLeftAlone() {
		Request request = request(null, "/auth/oauth2/callback", "secret=s3cr3t");
		this.valve.log(request, null, 0);
		assertThat(request.getCoyoteRequest().queryString().toString()).isEqualTo("secret=s3cr3t");
		Request withoutQuery = request("", "/auth/oauth2/callback", null);
		this.valve.log(withoutQuery, null, 0);
		assertThat(withoutQuery.getCoyoteRequest().queryString().isNull()).isTrue();
	}

	@Test
	void asyncRequestsPassThrough() {
		assertThat(this.valve.isAsyncSupported()).isTrue();
		assertThat(this.valve.getCallbackPath()).isEqualTo("/auth/oauth2/callback");
	}

	private String logged(String contextPath, String decodedUri, String query) {
		Request request = request(contextPath, decodedUri, query);
		this.valve.log(request, null, 0);
		return request.getCoyoteRequest().queryString().toString();
	}

	/**
	 * A served request as Tomcat hands it to its access logs: the coyote request is
	 * Tomcat's own; the connector's request, which needs a running connector, answers
	 * only what the valve asks.
	 */
	private static Request request(String contextPath, String decodedUri, String query) {
		org.apache.coyote.Request coyote = new org.apache.coyote.Request();
		coyote.decodedURI().setString(decodedUri);
		if (query != null) {
			coyote.queryString().setString(query);
		}
		Request request = mock(Request.class);
		given(request.getCoyoteRequest()).willReturn(coyote);
		given(request.getDecodedRequestURI()).willAnswer((invocation) -> coyote.decodedURI().toString());
		if (contextPath != null) {
			Context context = mock(Context.class);
			given(context.getPath()).willReturn(contextPath);
			given(request.getContext()).willReturn(context);
		}
		return request;
	}

}
