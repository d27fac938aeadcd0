package io.github.appwritespring.autoconfigure.security.events;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appwrite's webhook signature, against values computed independently (Python's
 * {@code hmac}): Base64 of HMAC-SHA1 keyed with the key as text, over the configured URL
 * with its percent-escapes decoded, then the raw body.
 */
class WebhookSignatureTests {

	private static final String URL = "https://app.example.com/auth/appwrite/events";

	private static final byte[] BODY = "{\"$id\":\"u1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsAppwritesSignatureOverTheDecodedUrlAndTheBody() {
		WebhookSignature signature = new WebhookSignature("my-signature-key", URL + "?a=b%20c", null, null);
		assertThat(signature.signs(BODY, "v1DnKsJP5atQjrwn4sx/Ei9ic/U=")).isTrue();
		assertThat(signature.signs(BODY, " v1DnKsJP5atQjrwn4sx/Ei9ic/U= ")).isTrue();
		assertThat(new WebhookSignature("my-signature-key", URL, null, null).signs(new byte[0],
				"nf3PhdCfZKfYpgfkkQPinuJl/nk="))
			.isTrue();
	}

	@Test
	void refusesAnythingElse() {
		WebhookSignature signature = new WebhookSignature("my-signature-key", URL + "?a=b%20c", null, null);
		assertThat(signature.signs(BODY, null)).isFalse();
		assertThat(signature.signs(BODY, "")).isFalse();
		assertThat(signature.signs(BODY, "not base64!")).isFalse();
		assertThat(signature.signs(BODY, "v1DnKsJP5atQjrwn4sx/Ei9i")).as("cut short").isFalse();
		assertThat(signature.signs("{\"$id\":\"u2\"}".getBytes(StandardCharsets.UTF_8), "v1DnKsJP5atQjrwn4sx/Ei9ic/U="))
			.as("another body")
			.isFalse();
		assertThat(new WebhookSignature("other-key", URL + "?a=b%20c", null, null).signs(BODY,
				"v1DnKsJP5atQjrwn4sx/Ei9ic/U="))
			.as("another key")
			.isFalse();
		assertThat(new WebhookSignature("my-signature-key", URL + "?a=b+c", null, null).signs(BODY,
				"v1DnKsJP5atQjrwn4sx/Ei9ic/U="))
			.as("a plus stays a plus, as rawurldecode leaves it")
			.isFalse();
	}

	@Test
	void rawUrlDecodingLeavesPlusAndBrokenEscapes() {
		assertThat(new String(WebhookSignature.rawUrlDecode("a%20b+c%2x%"), StandardCharsets.UTF_8))
			.isEqualTo("a b+c%2x%");
		assertThat(new String(WebhookSignature.rawUrlDecode("%C3%A9t%C3%A9"), StandardCharsets.UTF_8)).isEqualTo("été");
	}

	@Test
	void basicCredentialsAreCheckedOnlyWhenBothAreSet() {
		WebhookSignature none = new WebhookSignature("k", URL, "appwrite", "");
		assertThat(none.authorizes(null)).isTrue();
		WebhookSignature basic = new WebhookSignature("k", URL, "appwrite", "s3cret");
		assertThat(basic.authorizes("Basic YXBwd3JpdGU6czNjcmV0")).isTrue();
		assertThat(basic.authorizes("basic YXBwd3JpdGU6czNjcmV0")).isTrue();
		assertThat(basic.authorizes(null)).isFalse();
		assertThat(basic.authorizes("Bearer YXBwd3JpdGU6czNjcmV0")).isFalse();
		assertThat(basic.authorizes("Basic YXBwd3JpdGU6d3Jvbmc=")).isFalse();
		assertThat(basic.authorizes("Basic %%%")).isFalse();
	}

}
