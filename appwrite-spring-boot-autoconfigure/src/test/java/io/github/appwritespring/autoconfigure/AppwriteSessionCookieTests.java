package io.github.appwritespring.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppwriteSessionCookieTests {

	private static final String VALID = encode("{\"id\":\"alice\",\"secret\":\"" + "ab".repeat(128) + "\"}");

	private static String encode(String json) {
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void appwriteSessionValuesAreAccepted() {
		assertThat(AppwriteSessionCookie.isWellFormed(VALID)).isTrue();
		assertThat(AppwriteSessionCookie.isWellFormed(encode("{\"id\":\"x\",\"secret\":\"y\"}"))).isTrue();
		assertThat(AppwriteSessionCookie
			.isWellFormed(Base64.getUrlEncoder().withoutPadding().encodeToString("{\"secret\":\"?>?>\"}".getBytes())))
			.isTrue();
		assertThat(AppwriteSessionCookie.select(List.of(VALID))).isEqualTo(VALID);
		assertThat(AppwriteSessionCookie.select(List.of(VALID, VALID))).isEqualTo(VALID);
	}

	@Test
	void malformedValuesCountAsNoSession() {
		assertThat(AppwriteSessionCookie.isWellFormed("")).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed("not base64 at all!")).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed(encode("[\"secret\"]"))).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed(encode("{\"id\":\"alice\"}"))).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed(encode("plain text with \"secret\" inside"))).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed(VALID.substring(0, 10) + "=" + VALID.substring(11))).isFalse();
		assertThat(AppwriteSessionCookie.isWellFormed(encode("{\"secret\":\"" + "a".repeat(4000) + "\"}"))).isFalse();
		assertThat(AppwriteSessionCookie.select(List.of())).isNull();
		assertThat(AppwriteSessionCookie.select(List.of(VALID, encode("{\"id\":\"bob\",\"secret\":\"z\"}")))).isNull();
	}

	@Test
	void cookieNameFollowsAppwrite() {
		assertThat(AppwriteSessionCookie.name("shop")).isEqualTo("a_session_shop");
	}

}
