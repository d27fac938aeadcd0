package io.github.appwritespring.emulator.internal.tokens;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * File tokens as Appwrite 1.8.1 keeps them ({@code resourceTokens}): the ResourceToken
 * model's {@code secret} is an HS256 JWT of {@code tokenId}, {@code resourceId},
 * {@code resourceType}, {@code iat} and, with an expiry, {@code exp}, signed with the
 * emulator's JWT key; a download or view with {@code ?token=} reads the token again, so a
 * deleted or expired token grants nothing. {@code accessedAt} is updated at most once a
 * day, as Appwrite does.
 */
public final class FileTokens {

	/** Store collection of the tokens. */
	static final String TOKENS = "tokens.resource";

	private static final long ACCESS_SECONDS = 24 * 60 * 60;

	private final EmulatorContext context;

	private FileTokens(EmulatorContext context) {
		this.context = context;
		context.store().index(TOKENS, "resourceId");
	}

	/** The emulator's file tokens. */
	public static FileTokens of(EmulatorContext context) {
		return context.service(FileTokens.class, () -> new FileTokens(context));
	}

	/** 404 {@code token_not_found}. */
	public static ApiException notFound() {
		return ApiException.notFound("token_not_found", "The requested file token could not be found.");
	}

	/** Creates a token for a file. */
	public ObjectNode create(String bucketId, String fileId, @Nullable Instant expire) {
		ObjectNode token = Json.object();
		String id = Ids.unique();
		token.put("$id", id);
		token.put("$createdAt", AppwriteDates.format(this.context.now()));
		token.put("resourceId", bucketId + ":" + fileId);
		token.put("resourceType", "files");
		setExpire(token, expire);
		token.putNull("accessedAt");
		this.context.store().put(TOKENS, id, token);
		return model(token);
	}

	/** The tokens of a file, oldest first, as models. */
	public java.util.List<ObjectNode> ofFile(String bucketId, String fileId) {
		return this.context.store()
			.findBy(TOKENS, "resourceId", bucketId + ":" + fileId)
			.stream()
			.map(this::model)
			.toList();
	}

	/** A token as the ResourceToken model; 404 {@code token_not_found}. */
	public ObjectNode get(String tokenId) {
		return model(this.context.store().get(TOKENS, tokenId).orElseThrow(FileTokens::notFound));
	}

	/** Sets (or, with null, removes) a token's expiry; 404 {@code token_not_found}. */
	public ObjectNode updateExpire(String tokenId, @Nullable Instant expire) {
		return this.context.store().write(() -> {
			ObjectNode token = this.context.store().get(TOKENS, tokenId).orElseThrow(FileTokens::notFound);
			setExpire(token, expire);
			this.context.store().put(TOKENS, tokenId, token);
			return model(token);
		});
	}

	/** Deletes a token; 404 {@code token_not_found}. */
	public void delete(String tokenId) {
		if (!this.context.store().delete(TOKENS, tokenId)) {
			throw notFound();
		}
	}

	/** Deletes the tokens of a file (when the file goes). */
	public void deleteOfFile(String bucketId, String fileId) {
		for (ObjectNode token : this.context.store().findBy(TOKENS, "resourceId", bucketId + ":" + fileId)) {
			this.context.store().delete(TOKENS, token.path("$id").asString());
		}
	}

	/**
	 * The {@code bucketId:fileId} a {@code token} parameter grants, if it is a secret of
	 * a token that exists and has not expired; records the access.
	 */
	public Optional<String> grant(@Nullable String secret) {
		if (secret == null || secret.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.context.now();
		return this.context.jwt()
			.decode(secret)
			.map((payload) -> payload.path("tokenId").asString(""))
			.filter((tokenId) -> !tokenId.isEmpty())
			.flatMap((tokenId) -> this.context.store().get(TOKENS, tokenId))
			.filter((token) -> AppwriteDates.parse(token.path("expire").asString(""))
				.map((expire) -> !expire.isBefore(now))
				.orElse(true))
			.map((token) -> {
				touch(token, now);
				return token.path("resourceId").asString("");
			});
	}

	private void touch(ObjectNode token, Instant now) {
		Optional<Instant> accessed = AppwriteDates.parse(token.path("accessedAt").asString(""));
		if (accessed.isEmpty() || accessed.get().isBefore(now.minusSeconds(ACCESS_SECONDS))) {
			this.context.store()
				.write(() -> this.context.store().get(TOKENS, token.path("$id").asString()).ifPresent((stored) -> {
					stored.put("accessedAt", AppwriteDates.format(now));
					this.context.store().put(TOKENS, stored.path("$id").asString(), stored);
				}));
		}
	}

	private static void setExpire(ObjectNode token, @Nullable Instant expire) {
		if (expire != null) {
			token.put("expire", AppwriteDates.format(expire));
		}
		else {
			token.putNull("expire");
		}
	}

	/** The model: the stored token with its secret, a JWT naming it. */
	private ObjectNode model(ObjectNode token) {
		ObjectNode model = token.deepCopy();
		ObjectNode payload = Json.object();
		payload.put("tokenId", token.path("$id").asString(""));
		payload.put("resourceId", token.path("resourceId").asString(""));
		payload.put("resourceType", "files");
		payload.put("iat",
				AppwriteDates.parse(token.path("$createdAt").asString("")).orElse(Instant.EPOCH).getEpochSecond());
		JsonNode expire = token.get("expire");
		if (expire != null && expire.isString()) {
			AppwriteDates.parse(expire.stringValue()).ifPresent((at) -> payload.put("exp", at.getEpochSecond()));
		}
		model.put("secret", this.context.jwt().encode(payload));
		return model;
	}

}
