package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;

/**
 * Turns a session cookie's value into the signed-in user on every request, with
 * {@code account.get} through the session. With the optional cache on, a resolved session
 * is trusted for a short time without asking Appwrite again: faster, at the price that a
 * session deleted elsewhere keeps working here until its entry expires. A session
 * Appwrite refused is remembered briefly whether the cache is on or not, so that a
 * browser or a script sending the same dead cookie again and again costs one Appwrite
 * call, not one per request.
 * <p>
 * Cached entries can be forgotten by user ({@link #forgetUser}), all at once
 * ({@link #forgetAll}), and the cache can be set aside while evictions may be missed
 * ({@link #suspendCache}). A resolution that was under way when its user was forgotten is
 * not cached: what Appwrite answered may predate the change.
 *
 * @since 0.1.0
 */
public class AppwriteSessionResolver {

	private final AppwriteAuthenticator authenticator;

	/** How long a refused session is remembered by default. */
	public static final Duration DEFAULT_REFUSED_TTL = Duration.ofSeconds(10);

	private final @Nullable Cache<String, AppwriteAuthenticationToken> cache;

	private final @Nullable Cache<String, Boolean> refused;

	/** Counts evictions; a resolution notes it when it starts. */
	private final AtomicLong evictions = new AtomicLong();

	/** The eviction count at each user's last eviction. */
	private final Cache<String, Long> userEvictions;

	private volatile long lastEvictionOfAll;

	private volatile boolean suspended;

	/** The JWT resolutions under way, by cache key. */
	private final Map<String, Mono<AppwriteAuthenticationToken>> jwtsInFlight = new ConcurrentHashMap<>();

	/** What a JWT's cache key starts with: no session cookie's value does. */
	private static final String JWT_KEY = "jwt ";

	/**
	 * Creates a new {@code AppwriteSessionResolver} that remembers refused sessions for
	 * {@link #DEFAULT_REFUSED_TTL}.
	 * @param authenticator asks Appwrite
	 * @param cacheTtl how long to trust a resolved session, or {@code null} for no cache
	 * @param cacheMaxSize the most sessions cached
	 */
	public AppwriteSessionResolver(AppwriteAuthenticator authenticator, @Nullable Duration cacheTtl,
			long cacheMaxSize) {
		this(authenticator, cacheTtl, cacheMaxSize, DEFAULT_REFUSED_TTL);
	}

	/**
	 * Creates a new {@code AppwriteSessionResolver}.
	 * @param authenticator asks Appwrite
	 * @param cacheTtl how long to trust a resolved session, or {@code null} for no cache
	 * @param cacheMaxSize the most sessions cached, and the most refused ones remembered
	 * @param refusedTtl how long a session Appwrite refused is refused without asking
	 * again; zero to ask every time
	 */
	public AppwriteSessionResolver(AppwriteAuthenticator authenticator, @Nullable Duration cacheTtl, long cacheMaxSize,
			Duration refusedTtl) {
		this.authenticator = authenticator;
		this.cache = (cacheTtl != null) ? Caffeine.newBuilder()
			.expireAfter(Expiry.<String, AppwriteAuthenticationToken>writing(
					(key, token) -> AppwriteSessionResolver.trusted(token, cacheTtl, Instant.now())))
			.maximumSize(cacheMaxSize)
			.build() : null;
		this.refused = (refusedTtl.isZero() || refusedTtl.isNegative()) ? null
				: Caffeine.newBuilder().expireAfterWrite(refusedTtl).maximumSize(cacheMaxSize).build();
		// longer than any resolution can take (two calls within the client's timeouts)
		this.userEvictions = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofMinutes(10))
			.maximumSize(Math.max(1000, cacheMaxSize))
			.build();
	}

	/**
	 * Returns the user, empty when Appwrite refuses the session, or
	 * {@link AppwriteUnavailableException}.
	 * @param sessionSecret the session cookie's value
	 * @param userAgent the end user's {@code User-Agent}
	 * @return the user, empty when Appwrite refuses the session, or
	 * {@link AppwriteUnavailableException}
	 */
	public Mono<AppwriteAuthenticationToken> resolve(String sessionSecret, @Nullable String userAgent) {
		Mono<AppwriteAuthenticationToken> known = known(sessionSecret);
		return (known != null) ? known
				: remembered(sessionSecret, this.authenticator.resolve(sessionSecret, userAgent));
	}

	/**
	 * The answer the cache or the refused sessions already hold for a key, or
	 * {@code null} when Appwrite must be asked.
	 */
	private @Nullable Mono<AppwriteAuthenticationToken> known(String key) {
		if (this.refused != null && this.refused.getIfPresent(key) != null) {
			return Mono.empty();
		}
		Cache<String, AppwriteAuthenticationToken> tokens = this.suspended ? null : this.cache;
		AppwriteAuthenticationToken cached = (tokens != null) ? tokens.getIfPresent(key) : null;
		return (cached != null) ? Mono.just(cached) : null;
	}

	/**
	 * A resolution whose user is cached (unless its user was evicted while it ran: what
	 * Appwrite answered may predate the change) and whose refusal is remembered.
	 */
	private Mono<AppwriteAuthenticationToken> remembered(String key, Mono<AppwriteAuthenticationToken> resolution) {
		Cache<String, AppwriteAuthenticationToken> tokens = this.suspended ? null : this.cache;
		long started = this.evictions.get();
		return resolution.doOnNext((token) -> {
			if (tokens != null && !this.suspended) {
				tokens.put(key, token);
				// after the put: an eviction either saw the entry or is seen here
				if (evictedSince(token.getName(), started)) {
					tokens.asMap().remove(key, token);
				}
			}
		}).switchIfEmpty(Mono.fromRunnable(() -> {
			if (this.refused != null) {
				this.refused.put(key, Boolean.TRUE);
			}
		}));
	}

	/**
	 * Returns the user of an Appwrite JWT, empty when Appwrite refuses it, or fails with
	 * {@link AppwriteSignInException} (throttled) or
	 * {@link AppwriteUnavailableException}. A JWT is resolved with one Appwrite call
	 * however many requests bring it at once, cached (when the cache is on) no longer
	 * than the cache's TTL nor past its expiry, and forgotten with its user like a
	 * session; a refused one is remembered like a refused session.
	 * @param jwt the JWT
	 * @param expire when it expires (its {@code exp} claim, read by the caller)
	 * @param details the client's address and user agent
	 * @return the user, or empty when Appwrite refuses the JWT
	 */
	public Mono<AppwriteAuthenticationToken> resolveJwt(String jwt, Instant expire, AppwriteSignInDetails details) {
		String key = JWT_KEY + jwt;
		Mono<AppwriteAuthenticationToken> known = known(key);
		if (known != null) {
			return known;
		}
		// one resolution for every request that brings the JWT while it runs; cancelled
		// only when all of them are
		return this.jwtsInFlight.computeIfAbsent(key,
				(running) -> remembered(running, this.authenticator.resolveJwt(jwt, expire, details))
					.doFinally((signal) -> this.jwtsInFlight.remove(running))
					.share());
	}

	/**
	 * Caches a session just made by a sign-in, so the next request need not resolve it.
	 * @param token the signed-in user
	 */
	public void remember(AppwriteAuthenticationToken token) {
		String secret = token.getSessionSecret();
		if (secret != null && this.refused != null) {
			this.refused.invalidate(secret);
		}
		if (this.cache != null && secret != null && !this.suspended) {
			this.cache.put(secret, token);
		}
	}

	/**
	 * Forgets a session, e.g. at sign-out.
	 * @param sessionSecret the session cookie's value
	 */
	public void forget(String sessionSecret) {
		if (this.refused != null) {
			this.refused.invalidate(sessionSecret);
		}
		if (this.cache != null) {
			this.cache.invalidate(sessionSecret);
		}
	}

	/**
	 * Forgets every cached session of a user, e.g. when Appwrite says the user was
	 * deleted, blocked or changed, or one of their sessions was deleted.
	 * @param userId the user's ID
	 */
	public void forgetUser(String userId) {
		this.userEvictions.put(userId, this.evictions.incrementAndGet());
		Cache<String, AppwriteAuthenticationToken> tokens = this.cache;
		if (tokens != null) {
			// a scan of at most cache.max-size entries: sessions are keyed by secret, and
			// an index by user would have to be kept in step with the cache's own expiry
			tokens.asMap().values().removeIf((token) -> userId.equals(token.getName()));
		}
	}

	/**
	 * Forgets every cached session, e.g. when evictions may have been missed.
	 */
	public void forgetAll() {
		this.lastEvictionOfAll = this.evictions.incrementAndGet();
		if (this.cache != null) {
			this.cache.invalidateAll();
		}
	}

	/**
	 * Sets the cache aside: until {@link #resumeCache()}, every session is resolved with
	 * Appwrite and nothing is cached. For when evictions cannot reach this instance.
	 */
	public void suspendCache() {
		this.suspended = true;
	}

	/**
	 * Empties the cache and uses it again after {@link #suspendCache()}.
	 */
	public void resumeCache() {
		forgetAll();
		this.suspended = false;
	}

	/**
	 * Returns whether resolved sessions are cached now: the cache is on and not set
	 * aside.
	 * @return whether resolved sessions are cached now
	 */
	public boolean isCaching() {
		return this.cache != null && !this.suspended;
	}

	/**
	 * How long a token is trusted from now: the cache's TTL, but never past the expiry of
	 * its session or JWT.
	 */
	static Duration trusted(AppwriteAuthenticationToken token, Duration ttl, Instant now) {
		Instant expire = token.getSessionExpire();
		if (expire == null) {
			return ttl;
		}
		Duration left = Duration.between(now, expire);
		return left.isNegative() ? Duration.ZERO : (left.compareTo(ttl) < 0) ? left : ttl;
	}

	private boolean evictedSince(String userId, long started) {
		if (this.lastEvictionOfAll > started) {
			return true;
		}
		Long evicted = this.userEvictions.getIfPresent(userId);
		return evicted != null && evicted > started;
	}

	/**
	 * Ends the session a browser held before it signed in again, so that it does not stay
	 * valid in Appwrite with nobody holding it: forgets it and deletes it in Appwrite.
	 * Best effort: a session Appwrite no longer knows, a malformed cookie or Appwrite
	 * being down do not stop the new sign-in.
	 * @param previousSecret the session cookie the browser sent, if any
	 * @param next the session just made
	 * @param userAgent the end user's {@code User-Agent}
	 * @return completion, never an error
	 */
	public Mono<Void> endPrevious(@Nullable String previousSecret, AppwriteAuthenticationToken next,
			@Nullable String userAgent) {
		return endPrevious(previousSecret, next.getSessionSecret(), userAgent);
	}

	/**
	 * Ends the session a browser held before it got another one (e.g. a limited session
	 * waiting for its second factor), as
	 * {@link #endPrevious(String, AppwriteAuthenticationToken, String)} does.
	 * @param previousSecret the session cookie the browser sent, if any
	 * @param nextSecret the session the browser gets now
	 * @param userAgent the end user's {@code User-Agent}
	 * @return completion, never an error
	 */
	public Mono<Void> endPrevious(@Nullable String previousSecret, @Nullable String nextSecret,
			@Nullable String userAgent) {
		if (previousSecret == null || previousSecret.equals(nextSecret)
				|| !AppwriteSessionCookie.isWellFormed(previousSecret)) {
			return Mono.empty();
		}
		forget(previousSecret);
		return this.authenticator.signOut(previousSecret, userAgent).onErrorResume((ex) -> Mono.empty());
	}

}
