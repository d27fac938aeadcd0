package io.github.appwritespring.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link AppwriteTotp} against the SHA-1 test vectors of RFC 6238 (appendix B), cut to
 * Appwrite's 6 digits.
 */
class AppwriteTotpTests {

	/** The RFC's seed "12345678901234567890" in Base32. */
	private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Test
	void matchesTheRfcTestVectors() {
		assertThat(AppwriteTotp.code(SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(AppwriteTotp.code(SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(AppwriteTotp.code(SEED, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
		assertThat(AppwriteTotp.code(SEED.toLowerCase(), Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void takesTheCurrentStepOfTheServersClock() {
		Clock clock = Clock.fixed(Instant.ofEpochSecond(1111111100), ZoneOffset.UTC);
		assertThat(AppwriteTotp.code(SEED, clock)).isEqualTo("081804");
	}

	@Test
	void refusesASecretThatIsNotBase32() {
		assertThatIllegalArgumentException().isThrownBy(() -> AppwriteTotp.code("not base32!", Instant.EPOCH));
	}

}
