package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Appwrite's session value: base64 of
 * {@code {"id":"<userId>","secret":"<sessionSecret>"}}. This one string is the session's
 * {@code secret} field (for key callers), the {@code a_session_<project>} cookie, the
 * {@code X-Appwrite-Session} header and the value inside {@code X-Fallback-Cookies}. Only
 * the SHA-256 of the inner secret is stored.
 */
public final class SessionSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private SessionSecrets() {
	}

	/** A new random secret of {@code bytes * 2} lower-case hex characters. */
	public static String newSecret(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HEX.formatHex(random);
	}

	/** A random code of {@code length} decimal digits (one-time codes). */
	public static String newDigits(int length) {
		StringBuilder digits = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			digits.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return digits.toString();
	}

	/** Encodes the session value for a user and session secret. */
	public static String encode(String userId, String secret) {
		ObjectNode json = Json.object();
		json.put("id", userId);
		json.put("secret", secret);
		return Base64.getEncoder().encodeToString(Json.MAPPER.writeValueAsBytes(json));
	}

	/** Decodes a session value; empty when it is not one (never an exception). */
	public static Optional<Decoded> decode(String value) {
		try {
			byte[] json = Base64.getDecoder().decode(value.trim());
			JsonNode node = Json.MAPPER.readTree(json);
			String id = node.path("id").asString("");
			String secret = node.path("secret").asString("");
			return (id.isEmpty() || secret.isEmpty()) ? Optional.empty() : Optional.of(new Decoded(id, secret));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return Optional.empty();
		}
	}

	/**
	 * SHA-256 of a secret, lower-case hex: what the store keeps instead of the secret.
	 */
	public static String hash(String secret) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/** Compares two strings in time independent of where they differ. */
	public static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	/** A decoded session value. */
	public record Decoded(String userId, String secret) {

		@Override
		public String toString() {
			return "Decoded[userId=" + this.userId + ", secret=<hidden>]";
		}

	}

}
