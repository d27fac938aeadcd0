package io.github.appwritespring.emulator.internal.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;

/**
 * Fixed-window rate limits as Appwrite applies them to routes (e.g. 10 email logins per
 * hour per email). Requests with the API key are never limited. Each checked request gets
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}
 * (epoch seconds); the request over the limit gets 429
 * {@code general_rate_limit_exceeded}.
 *
 * <p>
 * One instance per emulator: {@code context.service(RateLimiter.class, ...)}; counters
 * are in memory and cleared by {@link #clear()} (on reset).
 */
public final class RateLimiter {

	private final boolean enabled;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	/** A limiter; when {@code enabled} is false every check passes without headers. */
	public RateLimiter(boolean enabled, Clock clock) {
		this.enabled = enabled;
		this.clock = clock;
	}

	/**
	 * Counts the request against {@code key} (e.g.
	 * {@code "url:/account/sessions/email,email:a@b.c"}).
	 * @throws ApiException 429 when more than {@code limit} requests hit the key within
	 * the window
	 */
	public void check(ApiRequest request, String key, int limit, Duration window) {
		if (!this.enabled || request.caller().isKey()) {
			return;
		}
		long now = this.clock.millis();
		long size = window.toMillis();
		long start = now - (now % size);
		Window updated = this.windows.compute(key + "|" + size,
				(k, current) -> (current == null || current.start() != start) ? new Window(start, 1)
						: new Window(start, current.count() + 1));
		request.addResponseHeader("X-RateLimit-Limit", Integer.toString(limit));
		request.addResponseHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit - updated.count())));
		request.addResponseHeader("X-RateLimit-Reset", Long.toString((start + size) / 1000));
		if (updated.count() > limit) {
			throw new ApiException(ErrorTypes.GENERAL_RATE_LIMIT_EXCEEDED, 429,
					"Rate limit for the current endpoint has been exceeded. Please try again after some time.");
		}
	}

	/** Forgets every counter. */
	public void clear() {
		this.windows.clear();
	}

	private record Window(long start, int count) {
	}

}
