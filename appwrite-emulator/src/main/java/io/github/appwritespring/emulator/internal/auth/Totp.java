package io.github.appwritespring.emulator.internal.auth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP as Appwrite 1.8.1 uses it (RFC 6238 with otphp's defaults): HMAC-SHA1, 6 digits,
 * 30-second steps, secrets of 64 random bytes in Base32 without padding; only the code of
 * the current step is accepted (no drift window).
 */
public final class Totp {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final long STEP_SECONDS = 30;

	private Totp() {
	}

	/** A new secret: 64 random bytes in Base32 without padding (103 characters). */
	public static String newSecret() {
		byte[] bytes = new byte[64];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/** The 6-digit code of a secret at an instant. */
	public static String code(String secret, Instant at) {
		long counter = Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(decodeBase32(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is required by every Java platform", ex);
		}
	}

	/** Whether {@code code} is the secret's code of the step {@code at} falls in. */
	public static boolean verify(String secret, String code, Instant at) {
		return code.length() == 6 && SessionSecrets.constantTimeEquals(code(secret, at), code);
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** Decodes Base32 (upper or lower case, padding ignored). */
	public static byte[] decodeBase32(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : value.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '=') {
				continue;
			}
			int index = ALPHABET.indexOf(c);
			if (index < 0) {
				throw new IllegalArgumentException("Not Base32");
			}
			buffer = (buffer << 5) | index;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
