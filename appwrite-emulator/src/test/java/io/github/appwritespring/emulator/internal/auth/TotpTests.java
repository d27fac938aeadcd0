package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void matchesTheSha1VectorsOfRfc6238() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		// RFC 6238 appendix B gives 8 digits; the 6-digit code is their last six
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void acceptsOnlyTheCurrentStep() {
		Instant at = Instant.ofEpochSecond(1111111109);
		String code = Totp.code(RFC_SECRET, at);
		assertThat(Totp.verify(RFC_SECRET, code, at)).isTrue();
		assertThat(Totp.verify(RFC_SECRET, code, at.plusSeconds(30))).isFalse();
		assertThat(Totp.verify(RFC_SECRET, code, at.minusSeconds(30))).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "81804", at)).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "0818040", at)).isFalse();
	}

	@Test
	void newSecretsAre64BytesOfUnpaddedBase32() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(103).matches("[A-Z2-7]+");
		assertThat(Totp.decodeBase32(secret)).hasSize(64);
	}

}
