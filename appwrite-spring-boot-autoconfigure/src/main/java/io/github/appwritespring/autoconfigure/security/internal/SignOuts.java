package io.github.appwritespring.autoconfigure.security.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.client.AppwriteClient;

/**
 * What a sign-out ends, for both stacks: the sign-out endpoint's {@code scope} field is
 * {@code current} (the default: this browser's session), {@code others} (the user's other
 * sessions; this browser stays signed in) or {@code all} (every session of the user, this
 * browser's included). Other sessions are ended with the admin client, and the user's
 * cached sessions are forgotten, so that they stop working here at once.
 */
public final class SignOuts {

	/** The error code of a {@code scope} that is none of the three. */
	public static final String BAD_SCOPE = "scope";

	/** The message of a {@code scope} that is none of the three. */
	public static final String BAD_SCOPE_MESSAGE = "The scope of a sign-out is current, others or all.";

	/** The notice after the other sessions ended. */
	public static final String OTHERS_ENDED = "signed_out_others";

	private final AppwriteClient admin;

	private final AppwriteSessionResolver resolver;

	/**
	 * Creates a new {@code SignOuts}.
	 * @param admin the admin client
	 * @param resolver the session resolver
	 */
	public SignOuts(AppwriteClient admin, AppwriteSessionResolver resolver) {
		this.admin = admin;
		this.resolver = resolver;
	}

	/**
	 * Ends the sessions the scope names besides the browser's own, which the sign-out
	 * filter ends itself when the scope signs the browser out.
	 * @param scope the scope, {@link Scope#OTHERS} or {@link Scope#ALL}
	 * @param sessionSecret the browser's session secret
	 * @param userId the signed-in user's ID
	 * @param userAgent the end user's {@code User-Agent}, or {@code null}
	 * @return completion; fails with {@link AppwriteUnavailableException} when Appwrite
	 * could not end them (the sign-out did not happen)
	 */
	public Mono<Void> endOthers(Scope scope, String sessionSecret, String userId, @Nullable String userAgent) {
		Mono<?> ended = (scope == Scope.ALL) ? this.admin.reactive().users().deleteSessions(userId)
				: OtherSessions.end(this.admin, sessionSecret, userAgent);
		return Mono.fromRunnable(() -> this.resolver.forgetUser(userId))
			.then(ended)
			.then()
			.onErrorMap((ex) -> !(ex instanceof AppwriteUnavailableException), AppwriteUnavailableException::new);
	}

	/**
	 * Returns where a browser that stays signed in goes after its other sessions ended:
	 * the requested target, else the success URL, with {@code notice=signed_out_others}.
	 * @param requested the {@code redirect} field, if any
	 * @param pages the chain's pages
	 * @return the path
	 */
	public static String afterEndingOthers(@Nullable String requested, SignInPages pages) {
		String target = RedirectTargets.safeRelativeOr(requested, pages.successUrl());
		return target + (target.contains("?") ? "&" : "?") + "notice=" + OTHERS_ENDED;
	}

	/**
	 * Returns the answer to a sign-out that went through: 204 for a JSON client, else a
	 * redirect to the path.
	 * @param wantsJson whether the client sent or asked for JSON
	 * @param path where a browser goes
	 * @return the answer
	 */
	public static Answer answer(boolean wantsJson, String path) {
		return wantsJson ? Answer.empty(204) : Answer.redirect(302, path);
	}

	/**
	 * Returns the answer to a sign-out with an unknown scope: 400.
	 * @param wantsJson whether the client sent or asked for JSON
	 * @return the answer
	 */
	public static Answer badScope(boolean wantsJson) {
		return Answer.failure(wantsJson, 400, BAD_SCOPE, BAD_SCOPE_MESSAGE);
	}

	/** What a sign-out ends. */
	public enum Scope {

		/** This browser's session. */
		CURRENT,

		/** The user's other sessions; this browser stays signed in. */
		OTHERS,

		/** Every session of the user, this browser's included. */
		ALL;

		/**
		 * Returns the scope a {@code scope} field names.
		 * @param field the field, or {@code null} when absent
		 * @return the scope ({@link #CURRENT} when absent or blank), or {@code null} for
		 * an unknown one
		 */
		public static @Nullable Scope of(@Nullable String field) {
			if (field == null || field.isBlank()) {
				return CURRENT;
			}
			return switch (field.strip().toLowerCase(Locale.ROOT)) {
				case "current" -> CURRENT;
				case "others" -> OTHERS;
				case "all" -> ALL;
				default -> null;
			};
		}

		/**
		 * Returns whether the browser is signed out.
		 * @return whether the browser is signed out
		 */
		public boolean signsBrowserOut() {
			return this != OTHERS;
		}

	}

}
