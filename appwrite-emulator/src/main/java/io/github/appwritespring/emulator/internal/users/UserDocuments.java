package io.github.appwritespring.emulator.internal.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.PasswordHasher;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Documents;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Creates, finds and renders stored users (collection {@link AuthCollections#USERS}). The
 * stored document is the User model plus the internal {@code _password} hash.
 */
public final class UserDocuments {

	/** Largest preferences object, as JSON characters (Appwrite: 64 kB). */
	static final int MAX_PREFS_CHARS = 65_535;

	private final DocumentStore store;

	/** Users kept in {@code store}; declares the email index. */
	public UserDocuments(DocumentStore store) {
		this.store = store;
		store.index(AuthCollections.USERS, "email");
		store.index(AuthCollections.USERS, "phone");
	}

	/** The user with this ID, or 404 {@code user_not_found}. */
	public ObjectNode require(String userId) {
		return this.store.get(AuthCollections.USERS, userId).orElseThrow(UserDocuments::notFound);
	}

	/** The {@code prefs} parameter: a JSON object of at most 64 kB. */
	public static ObjectNode prefsParam(Params params) {
		ObjectNode prefs = params.object("prefs");
		if (prefs.toString().length() > MAX_PREFS_CHARS) {
			throw ApiException.invalidParam("prefs", "Preferences must be at most 65535 characters of JSON.");
		}
		return prefs;
	}

	/** 404 {@code user_not_found}. */
	public static ApiException notFound() {
		return ApiException.notFound(ErrorTypes.USER_NOT_FOUND, "User with the requested ID could not be found.");
	}

	/** The user with this (lower-cased) email, if any. */
	public Optional<ObjectNode> findByEmail(String email) {
		return this.store.findBy(AuthCollections.USERS, "email", email).stream().findFirst();
	}

	/**
	 * Creates a user atomically: 409 {@code user_already_exists} when the ID or the email
	 * is taken.
	 * @param id a resolved ID (not {@code unique()})
	 * @param email lower-cased email, or null
	 * @param phone the phone number in E.164 form, or null
	 * @param password plain password to hash, or null for a user without password
	 * @param name display name ({@code ""} if none)
	 * @param labels labels (already validated)
	 */
	public ObjectNode create(String id, @Nullable String email, @Nullable String phone, @Nullable String password,
			String name, List<String> labels, Instant now) {
		String passwordHash = (password != null) ? PasswordHasher.hash(password) : null;
		return this.store.write(() -> {
			if (this.store.exists(AuthCollections.USERS, id)) {
				throw ApiException.conflict(ErrorTypes.USER_ALREADY_EXISTS,
						"A user with the same id, email, or phone already exists in this project.");
			}
			if (email != null && findByEmail(email).isPresent()
					|| phone != null && !this.store.findBy(AuthCollections.USERS, "phone", phone).isEmpty()) {
				throw ApiException.conflict(ErrorTypes.USER_ALREADY_EXISTS,
						"A user with the same id, email, or phone already exists in this project.");
			}
			String date = AppwriteDates.format(now);
			ObjectNode user = Json.object();
			user.put("$id", id);
			user.put("$createdAt", date);
			user.put("$updatedAt", date);
			user.put("name", name);
			user.put("registration", date);
			user.put("status", true);
			user.set("labels", Json.strings(labels));
			user.put("passwordUpdate", (passwordHash != null) ? date : "");
			user.put("email", (email != null) ? email : "");
			user.put("phone", (phone != null) ? phone : "");
			user.put("emailVerification", false);
			user.put("phoneVerification", false);
			user.put("mfa", false);
			user.set("prefs", Json.object());
			ArrayNode targets = user.putArray("targets");
			if (email != null) {
				addTarget(targets, id, "email", email, date);
			}
			if (phone != null) {
				addTarget(targets, id, "sms", phone, date);
			}
			user.put("accessedAt", date);
			if (passwordHash != null) {
				user.put(AuthCollections.PASSWORD_HASH, passwordHash);
			}
			this.store.put(AuthCollections.USERS, id, user);
			return user;
		});
	}

	/**
	 * Changes a user atomically: {@code change} edits the stored document (a copy), then
	 * {@code $updatedAt} is set and it is saved. 404 if the user does not exist.
	 */
	public ObjectNode update(String userId, Instant now, Consumer<ObjectNode> change) {
		return this.store.write(() -> {
			ObjectNode user = require(userId);
			change.accept(user);
			user.put("$updatedAt", AppwriteDates.format(now));
			this.store.put(AuthCollections.USERS, userId, user);
			return user;
		});
	}

	/**
	 * Changes the email (lower-cased): 409 {@code user_email_already_exists} if another
	 * user has it.
	 */
	public ObjectNode changeEmail(String userId, String email, Instant now) {
		return this.store.write(() -> {
			Optional<ObjectNode> owner = findByEmail(email);
			if (owner.isPresent() && !owner.get().path("$id").asString("").equals(userId)) {
				throw ApiException.conflict(ErrorTypes.USER_EMAIL_ALREADY_EXISTS,
						"A user with the same email already exists in the current project.");
			}
			return update(userId, now, (user) -> {
				user.put("email", email);
				user.put("emailVerification", false);
				for (JsonNode target : user.path("targets")) {
					if (target instanceof ObjectNode object
							&& "email".equals(object.path("providerType").asString(""))) {
						object.put("identifier", email);
					}
				}
			});
		});
	}

	/**
	 * Changes the email as {@code PATCH /users/{userId}/email} does in Appwrite: an empty
	 * email clears it and deletes its target; an address some user's target already has
	 * (the user's own included) is 409 {@code user_target_already_exists}.
	 */
	public ObjectNode replaceEmail(String userId, String email, Instant now) {
		return this.store.write(() -> {
			require(userId);
			if (!email.isEmpty() && findByEmail(email).isPresent()) {
				throw ApiException.conflict("user_target_already_exists", "A target with the same ID already exists.");
			}
			return update(userId, now, (user) -> {
				String previous = user.path("email").asString("");
				user.put("email", email);
				user.put("emailVerification", false);
				retarget(user, "email", previous, email, AppwriteDates.format(now));
			});
		});
	}

	/**
	 * Moves the user's target of this type from the previous identifier to the new one:
	 * created if there was none, deleted when the new one is empty.
	 */
	private static void retarget(ObjectNode user, String type, String previous, String identifier, String date) {
		ArrayNode targets = (user.path("targets") instanceof ArrayNode array) ? array : user.putArray("targets");
		for (int i = 0; i < targets.size(); i++) {
			JsonNode target = targets.get(i);
			if (target instanceof ObjectNode object && type.equals(object.path("providerType").asString(""))
					&& previous.equals(object.path("identifier").asString(""))) {
				if (identifier.isEmpty()) {
					targets.remove(i);
				}
				else {
					object.put("identifier", identifier);
					object.put("$updatedAt", date);
				}
				return;
			}
		}
		if (!identifier.isEmpty()) {
			addTarget(targets, user.path("$id").asString(), type, identifier, date);
		}
	}

	private static void addTarget(ArrayNode targets, String userId, String type, String identifier, String date) {
		ObjectNode target = targets.addObject();
		target.put("$id", Ids.unique());
		target.put("$createdAt", date);
		target.put("$updatedAt", date);
		target.put("name", "");
		target.put("userId", userId);
		target.putNull("providerId");
		target.put("providerType", type);
		target.put("identifier", identifier);
		target.put("expired", false);
	}

	/**
	 * Changes the phone: 409 {@code user_phone_already_exists} if another user has it.
	 */
	public ObjectNode changePhone(String userId, String phone, Instant now) {
		return this.store.write(() -> {
			boolean taken = this.store.findBy(AuthCollections.USERS, "phone", phone)
				.stream()
				.anyMatch((other) -> !other.path("$id").asString("").equals(userId));
			if (taken) {
				throw ApiException.conflict("user_phone_already_exists",
						"A user with the same phone number already exists in the current project.");
			}
			return update(userId, now, (user) -> {
				String previous = user.path("phone").asString("");
				user.put("phone", phone);
				user.put("phoneVerification", false);
				retarget(user, "sms", previous, phone, AppwriteDates.format(now));
			});
		});
	}

	/** Sets a new password (hashed) and {@code passwordUpdate}. */
	public ObjectNode changePassword(String userId, String password, Instant now) {
		String hash = PasswordHasher.hash(password);
		return update(userId, now, (user) -> {
			user.put(AuthCollections.PASSWORD_HASH, hash);
			user.put("passwordUpdate", AppwriteDates.format(now));
		});
	}

	/** Whether the user has a password (users made by OAuth2 have none). */
	public static boolean hasPassword(ObjectNode user) {
		return user.hasNonNull(AuthCollections.PASSWORD_HASH);
	}

	/** Whether {@code password} is the user's password (false for users without one). */
	public static boolean passwordMatches(ObjectNode user, String password) {
		JsonNode hash = user.get(AuthCollections.PASSWORD_HASH);
		return hash != null && hash.isString() && PasswordHasher.matches(password, hash.stringValue());
	}

	/**
	 * Deletes a user with its sessions, tokens and memberships and returns it as it was;
	 * 404 if it does not exist.
	 */
	public ObjectNode delete(String userId) {
		return this.store.write(() -> {
			ObjectNode user = require(userId);
			for (String collection : List.of(AuthCollections.SESSIONS, AuthCollections.TOKENS,
					AuthCollections.MEMBERSHIPS, "identities", "mfa_challenges", "account_logs")) {
				for (ObjectNode owned : this.store.findBy(collection, "userId", userId)) {
					this.store.delete(collection, owned.path("$id").asString());
				}
			}
			this.store.delete(AuthCollections.USERS, userId);
			return user;
		});
	}

	/** Deletes all sessions of a user and returns those it deleted, oldest first. */
	public List<ObjectNode> deleteSessions(String userId) {
		return this.store.write(() -> {
			List<ObjectNode> deleted = new ArrayList<>();
			for (ObjectNode session : this.store.findBy(AuthCollections.SESSIONS, "userId", userId)) {
				if (this.store.delete(AuthCollections.SESSIONS, session.path("$id").asString())) {
					deleted.add(session);
				}
			}
			return deleted;
		});
	}

	/** The User model for a stored user: internal fields removed. */
	public static ObjectNode toModel(ObjectNode stored) {
		return Documents.publicView(stored);
	}

}
