package io.github.appwritespring.autoconfigure.security.events;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checks Appwrite's webhook signature and optional Basic credentials. Appwrite signs each
 * delivery with {@code X-Appwrite-Webhook-Signature}: the standard Base64 of HMAC-SHA1,
 * keyed with the signature key as text (not hex-decoded), over the webhook's URL as
 * configured in the console (percent-escapes decoded, as PHP's {@code rawurldecode})
 * immediately followed by the raw body. Every comparison takes the same time whatever the
 * bytes.
 */
final class WebhookSignature {

	private static final String ALGORITHM = "HmacSHA1";

	private final SecretKeySpec key;

	private final byte[] url;

	private final byte @Nullable [] basicCredentials;

	/**
	 * Creates a new {@code WebhookSignature}.
	 * @param signatureKey the webhook's signature key
	 * @param url the webhook's URL as configured in Appwrite
	 * @param username the Basic user, or {@code null} when none is set
	 * @param password the Basic password, or {@code null} when none is set
	 */
	WebhookSignature(String signatureKey, String url, @Nullable String username, @Nullable String password) {
		this.key = new SecretKeySpec(signatureKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.url = rawUrlDecode(url);
		// as Appwrite: credentials are sent only when both are non-empty
		this.basicCredentials = (username != null && !username.isEmpty() && password != null && !password.isEmpty())
				? (username + ":" + password).getBytes(StandardCharsets.UTF_8) : null;
	}

	/**
	 * Returns whether the signature is Appwrite's for this body.
	 * @param body the raw body
	 * @param signature the {@code X-Appwrite-Webhook-Signature} header
	 * @return whether the signature is Appwrite's for this body
	 */
	boolean signs(byte[] body, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(sign(body), given);
	}

	/**
	 * Returns whether the {@code Authorization} header carries the configured Basic
	 * credentials, or none are configured.
	 * @param authorization the {@code Authorization} header
	 * @return whether the credentials are the configured ones, or none are configured
	 */
	boolean authorizes(@Nullable String authorization) {
		byte[] expected = this.basicCredentials;
		if (expected == null) {
			return true;
		}
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		byte[] given;
		try {
			given = Base64.getDecoder().decode(authorization.substring(6).trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(this.url);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	/**
	 * Decodes {@code %XX} escapes as PHP's {@code rawurldecode} does: a {@code +} stays,
	 * a malformed escape stays as it is.
	 */
	static byte[] rawUrlDecode(String url) {
		byte[] raw = url.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length);
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
				decoded.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
				i += 2;
			}
			else {
				decoded.write(raw[i]);
			}
		}
		return decoded.toByteArray();
	}

	private static boolean isHex(byte b) {
		return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
	}

}
