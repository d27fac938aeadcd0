package io.github.appwritespring.autoconfigure.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;

/**
 * The Appwrite sessions made during one request of the integration's filter chain, so
 * that none is left valid in Appwrite with nobody holding it. Every authentication
 * provider (servlet) or manager (WebFlux) of the integration records the session it made;
 * signing the browser in with it (through the chain's security context repository) claims
 * it; at the end of the request, the sessions nobody claimed (e.g. an
 * {@code AuthenticationManager} called by application code to check a password) are
 * deleted in Appwrite. Kept as a request or exchange attribute; thread-safe.
 */
public final class NewSessions {

	/** The name of the request or exchange attribute that holds it. */
	public static final String ATTRIBUTE = NewSessions.class.getName();

	private static final Log logger = LogFactory.getLog(NewSessions.class);

	private final Set<String> unclaimed = new LinkedHashSet<>();

	/**
	 * Records a session just made.
	 * @param token the signed-in user with the new session
	 */
	public synchronized void made(AppwriteAuthenticationToken token) {
		String secret = token.getSessionSecret();
		if (secret != null) {
			this.unclaimed.add(secret);
		}
	}

	/**
	 * Records that the browser was signed in with a session.
	 * @param token the signed-in user
	 */
	public synchronized void claimed(AppwriteAuthenticationToken token) {
		String secret = token.getSessionSecret();
		if (secret != null) {
			this.unclaimed.remove(secret);
		}
	}

	/**
	 * Deletes the sessions nobody claimed. Best effort: a failure is logged, never
	 * raised.
	 * @param authenticator deletes sessions in Appwrite
	 * @param resolver forgets them
	 * @param userAgent the end user's {@code User-Agent}
	 * @return completion, never an error
	 */
	public Mono<Void> endUnclaimed(AppwriteAuthenticator authenticator, AppwriteSessionResolver resolver,
			@Nullable String userAgent) {
		List<String> ending;
		synchronized (this) {
			ending = new ArrayList<>(this.unclaimed);
			this.unclaimed.clear();
		}
		return Flux.fromIterable(ending).concatMap((secret) -> {
			resolver.forget(secret);
			logger.debug("Deleting an Appwrite session made during the request that no browser was signed in with");
			return authenticator.signOut(secret, userAgent).onErrorResume((ex) -> {
				logger.warn("Could not delete an Appwrite session made during the request that no browser was "
						+ "signed in with (" + ex.getClass().getSimpleName() + "); it ends when it expires");
				return Mono.empty();
			});
		}).then();
	}

	/**
	 * Returns the registry an attribute holds.
	 * @param attribute a request's or exchange's attribute {@link #ATTRIBUTE}
	 * @return the registry, or {@code null} when the request is not in the integration's
	 * chain
	 */
	public static @Nullable NewSessions of(@Nullable Object attribute) {
		return (attribute instanceof NewSessions sessions) ? sessions : null;
	}

}
