package io.github.appwritespring.emulator.internal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 from the JDK; the stored form is
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64). Plain passwords are never
 * stored. The iteration count is modest because this is a development emulator whose
 * tests sign in often.
 */
public final class PasswordHasher {

	private static final String PREFIX = "pbkdf2-sha256";

	private static final int ITERATIONS = 10_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHasher() {
	}

	/** Hashes a password with a new random salt. */
	public static String hash(String password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
				+ Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
	}

	/**
	 * Whether {@code password} matches a value produced by {@link #hash} or an imported
	 * hash ({@link ImportedPasswords}).
	 */
	public static boolean matches(String password, String stored) {
		if (stored.startsWith(ImportedPasswords.PREFIX)) {
			return ImportedPasswords.matches(password, stored);
		}
		String[] parts = stored.split("\\$");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, derive(password, salt, iterations));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] derive(String password, byte[] salt, int iterations) {
		KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", ex);
		}
	}

}
