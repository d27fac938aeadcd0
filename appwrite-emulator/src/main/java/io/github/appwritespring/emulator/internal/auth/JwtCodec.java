package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * HS256 JSON Web Tokens as Appwrite issues them for {@code X-Appwrite-JWT}: payload
 * {@code userId}, {@code sessionId}, {@code iat}, {@code exp}.
 */
public final class JwtCodec {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String HEADER = ENCODER
		.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));

	private final byte[] key;

	/** A codec signing with {@code key} (keep it secret; at least 32 bytes). */
	public JwtCodec(byte[] key) {
		this.key = key.clone();
	}

	/** Issues a token valid for {@code lifetime} from {@code now}. */
	public String issue(String userId, String sessionId, Instant now, Duration lifetime) {
		ObjectNode payload = Json.object();
		payload.put("userId", userId);
		payload.put("sessionId", sessionId);
		payload.put("iat", now.getEpochSecond());
		payload.put("exp", now.plus(lifetime).getEpochSecond());
		return encode(payload);
	}

	/** Signs any payload (e.g. a file token's claims). */
	public String encode(ObjectNode payload) {
		String unsigned = HEADER + "." + ENCODER.encodeToString(Json.MAPPER.writeValueAsBytes(payload));
		return unsigned + "." + ENCODER.encodeToString(sign(unsigned));
	}

	/**
	 * The payload of a token this codec signed (HS256, signature checked); empty for
	 * anything else. Expiry is the caller's to check.
	 */
	public Optional<JsonNode> decode(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			byte[] signature = DECODER.decode(parts[2]);
			if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
				return Optional.empty();
			}
			JsonNode header = Json.MAPPER.readTree(DECODER.decode(parts[0]));
			if (!"HS256".equals(header.path("alg").asString(""))) {
				return Optional.empty();
			}
			return Optional.of(Json.MAPPER.readTree(DECODER.decode(parts[1])));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The claims of a token with a valid signature that has not expired at {@code now};
	 * empty otherwise.
	 */
	public Optional<Claims> verify(String token, Instant now) {
		return decode(token).flatMap((payload) -> {
			long exp = payload.path("exp").asLong(0);
			String userId = payload.path("userId").asString("");
			String sessionId = payload.path("sessionId").asString("");
			if (exp <= now.getEpochSecond() || userId.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new Claims(userId, sessionId));
		});
	}

	private byte[] sign(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}

	/** A verified token's claims. */
	public record Claims(String userId, String sessionId) {
	}

}
