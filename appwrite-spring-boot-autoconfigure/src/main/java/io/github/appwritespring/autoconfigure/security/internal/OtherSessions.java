package io.github.appwritespring.autoconfigure.security.internal;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ReactiveAppwriteClient;
import io.github.appwritespring.client.model.Session;

/**
 * Ends a user's other sessions, keeping the one a browser holds: for sign-out with
 * {@code scope=others} and after a password change (Appwrite ends them itself when the
 * project's {@code invalidateSessions} is on; this makes sure they end when it is off).
 * The sessions are listed through the browser's own session, which marks itself
 * {@code current}, and deleted with the admin client, whose calls Appwrite's per-address
 * rate limit does not count (the application's address is every user's).
 */
public final class OtherSessions {

	private OtherSessions() {
	}

	/**
	 * Ends the user's sessions other than the browser's.
	 * @param admin the admin client
	 * @param sessionSecret the browser's session secret
	 * @param userAgent the end user's {@code User-Agent}, or {@code null}
	 * @return how many sessions were ended; fails with the client's exception when
	 * Appwrite could not list or delete them
	 */
	public static Mono<Long> end(AppwriteClient admin, String sessionSecret, @Nullable String userAgent) {
		ReactiveAppwriteClient session = admin.withSession(sessionSecret).withForwardedUserAgent(userAgent).reactive();
		return session.account()
			.listSessions()
			.flatMapMany((list) -> Flux.fromIterable(list.sessions()))
			.filter((other) -> !other.current())
			.concatMap((other) -> deleted(admin, other))
			.count();
	}

	private static Mono<Session> deleted(AppwriteClient admin, Session session) {
		// one that ended meanwhile (Appwrite's own invalidation, an expiry) is as good
		return admin.reactive()
			.users()
			.deleteSession(session.userId(), session.id())
			.thenReturn(session)
			.onErrorResume((ex) -> ex instanceof AppwriteErrorResponseException appwrite && appwrite.getStatus() == 404,
					(ex) -> Mono.empty());
	}

}
