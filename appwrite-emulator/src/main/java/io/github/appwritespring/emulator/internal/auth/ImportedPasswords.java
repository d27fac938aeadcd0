package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Password hashes imported with Appwrite's {@code users.create*User} operations (Argon2,
 * bcrypt, MD5, SHA, PHPass, Scrypt, Scrypt Modified), verified at sign-in the way
 * Appwrite's hashes verify them. The stored form is {@code imported:} followed by a JSON
 * object with {@code type}, {@code hash} and the algorithm's options.
 */
public final class ImportedPasswords {

	/** The prefix of an imported hash in the stored password field. */
	public static final String PREFIX = "imported:";

	/** Appwrite's SHA versions and the JDK's names for them. */
	public static final Map<String, String> SHA_VERSIONS = Map.ofEntries(Map.entry("sha1", "SHA-1"),
			Map.entry("sha224", "SHA-224"), Map.entry("sha256", "SHA-256"), Map.entry("sha384", "SHA-384"),
			Map.entry("sha512/224", "SHA-512/224"), Map.entry("sha512/256", "SHA-512/256"),
			Map.entry("sha512", "SHA-512"), Map.entry("sha3-224", "SHA3-224"), Map.entry("sha3-256", "SHA3-256"),
			Map.entry("sha3-384", "SHA3-384"), Map.entry("sha3-512", "SHA3-512"));

	private static final String ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private ImportedPasswords() {
	}

	/** The stored form of an imported hash: {@code options} must hold its type. */
	public static String stored(ObjectNode options) {
		return PREFIX + Json.MAPPER.writeValueAsString(options);
	}

	/** Whether {@code password} matches an imported hash in its stored form. */
	public static boolean matches(String password, String stored) {
		JsonNode options;
		try {
			options = Json.MAPPER.readTree(stored.substring(PREFIX.length()));
		}
		catch (JacksonException ex) {
			return false;
		}
		String hash = options.path("hash").asString("");
		byte[] value = password.getBytes(StandardCharsets.UTF_8);
		@Nullable String computed = switch (options.path("type").asString("")) {
			case "argon2" -> Argon2.matches(password, hash) ? hash : null;
			case "bcrypt" -> Bcrypt.matches(password, hash) ? hash : null;
			case "md5" -> hex(digest("MD5", value));
			case "sha" ->
				hex(digest(SHA_VERSIONS.getOrDefault(options.path("version").asString(""), "SHA-256"), value));
			case "phpass" -> phpass(value, hash);
			case "scrypt" ->
				hex(Scrypt.derive(value, options.path("salt").asString("").getBytes(StandardCharsets.UTF_8),
						options.path("costCpu").asInt(), options.path("costMemory").asInt(),
						options.path("costParallel").asInt(), options.path("length").asInt()));
			case "scryptMod" -> scryptModified(value, options);
			default -> null;
		};
		return computed != null && MessageDigest.isEqual(computed.getBytes(StandardCharsets.UTF_8),
				hash.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Firebase's scrypt: scrypt(password, salt + separator, 2^14, 8, 1, 64), whose first
	 * 32 bytes key AES-256-CTR (zero IV) over the signer key; base64.
	 */
	private static @Nullable String scryptModified(byte[] password, JsonNode options) {
		Base64.Decoder base64 = Base64.getDecoder();
		try {
			byte[] salt = base64.decode(options.path("salt").asString(""));
			byte[] separator = base64.decode(options.path("saltSeparator").asString(""));
			byte[] signerKey = base64.decode(options.path("signerKey").asString(""));
			byte[] saltAndSeparator = new byte[salt.length + separator.length];
			System.arraycopy(salt, 0, saltAndSeparator, 0, salt.length);
			System.arraycopy(separator, 0, saltAndSeparator, salt.length, separator.length);
			byte[] derived = Scrypt.derive(password, saltAndSeparator, 16384, 8, 1, 64);
			Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derived, 0, 32, "AES"),
					new IvParameterSpec(new byte[16]));
			return Base64.getEncoder().encodeToString(cipher.doFinal(signerKey));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return null;
		}
	}

	/** phpass's portable hashes ({@code $P$} and {@code $H$}): iterated salted MD5. */
	private static @Nullable String phpass(byte[] password, String setting) {
		if (setting.length() != 34 || !(setting.startsWith("$P$") || setting.startsWith("$H$"))) {
			return null;
		}
		int log2 = ITOA64.indexOf(setting.charAt(3));
		if (log2 < 7 || log2 > 30) {
			return null;
		}
		byte[] salt = setting.substring(4, 12).getBytes(StandardCharsets.UTF_8);
		MessageDigest md5 = messageDigest("MD5");
		md5.update(salt);
		byte[] hash = md5.digest(password);
		for (long count = 1L << log2; count > 0; count--) {
			md5.update(hash);
			hash = md5.digest(password);
		}
		return setting.substring(0, 12) + encode64(hash);
	}

	/** phpass's base64: little-endian groups of three bytes, its own alphabet. */
	private static String encode64(byte[] input) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < input.length) {
			int value = input[i++] & 0xFF;
			out.append(ITOA64.charAt(value & 0x3F));
			if (i < input.length) {
				value |= (input[i] & 0xFF) << 8;
			}
			out.append(ITOA64.charAt((value >>> 6) & 0x3F));
			if (i++ >= input.length) {
				break;
			}
			if (i < input.length) {
				value |= (input[i] & 0xFF) << 16;
			}
			out.append(ITOA64.charAt((value >>> 12) & 0x3F));
			if (i++ >= input.length) {
				break;
			}
			out.append(ITOA64.charAt((value >>> 18) & 0x3F));
		}
		return out.toString();
	}

	private static byte[] digest(String algorithm, byte[] value) {
		return messageDigest(algorithm).digest(value);
	}

	private static MessageDigest messageDigest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is required by every Java platform", ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
