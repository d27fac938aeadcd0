package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;

import io.github.appwritespring.autoconfigure.security.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The email-code cookie: what it binds, its attributes, and its end checked by the server
 * whatever the browser keeps.
 */
class EmailOtpCookieTests {

	private final MovableClock clock = new MovableClock();

	private final EmailOtpCookie cookie = new EmailOtpCookie("appwrite_email_otp", Duration.ofMinutes(15),
			"/auth/email-otp/verify", true, this.clock);

	@Test
	void bindsTheUserUntilItsEnd() {
		ResponseCookie set = this.cookie.set("user.with-dots_1", "/app");
		assertThat(set.isHttpOnly()).isTrue();
		assertThat(set.isSecure()).isTrue();
		assertThat(set.getSameSite()).isEqualTo("Strict");
		assertThat(set.getPath()).isEqualTo("/app/auth/email-otp/verify");
		assertThat(set.getMaxAge()).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.cookie.userId(set.getValue())).isEqualTo("user.with-dots_1");
		this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(this.cookie.userId(set.getValue())).isEqualTo("user.with-dots_1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.cookie.userId(set.getValue())).as("a browser that kept it longer").isNull();
	}

	@Test
	void aMissingOrMalformedValueBindsNobody() {
		assertThat(this.cookie.userId(null)).isNull();
		assertThat(this.cookie.userId("")).isNull();
		assertThat(this.cookie.userId("no-end")).isNull();
		assertThat(this.cookie.userId(".123")).isNull();
		assertThat(this.cookie.userId("dXNlcg.not-a-number")).isNull();
		assertThat(this.cookie.userId("!!!." + Long.MAX_VALUE)).isNull();
		assertThat(this.cookie.userId("IA." + Long.MAX_VALUE)).as("a blank user").isNull();
		assertThat(this.cookie.userId("dXNlcg." + Long.MAX_VALUE + "x".repeat(2000))).isNull();
	}

	@Test
	void theExpiredCookieDeletesIt() {
		ResponseCookie expired = this.cookie.expired("");
		assertThat(expired.getValue()).isEmpty();
		assertThat(expired.getMaxAge()).isZero();
		assertThat(expired.getPath()).isEqualTo("/auth/email-otp/verify");
	}

}
