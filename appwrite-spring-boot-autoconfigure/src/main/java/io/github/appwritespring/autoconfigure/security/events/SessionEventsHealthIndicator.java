package io.github.appwritespring.autoconfigure.security.events;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;

/**
 * Reports whether session evictions reach this instance, under the
 * {@code appwriteSessionEvents} key of the actuator's health endpoint: {@code UP}, or
 * {@code DEGRADED} while Redis is unreachable and every session is resolved with Appwrite
 * (slower, never stale). {@code DEGRADED} is not in Spring Boot's default status order,
 * so it does not change the aggregate status; add it to
 * {@code management.endpoint.health.status.order} to make it count.
 *
 * @since 0.1.0
 */
public class SessionEventsHealthIndicator extends AbstractHealthIndicator {

	/** The status while evictions may be missed and the cache is set aside. */
	public static final Status DEGRADED = new Status("DEGRADED",
			"Session evictions cannot reach this instance: sessions are resolved with Appwrite");

	private final SessionEvictions evictions;

	private final AppwriteSessionResolver resolver;

	/**
	 * Creates a new {@code SessionEventsHealthIndicator}.
	 * @param evictions how evictions reach this instance
	 * @param resolver the session resolver
	 */
	public SessionEventsHealthIndicator(SessionEvictions evictions, AppwriteSessionResolver resolver) {
		super("Session events health check failed");
		this.evictions = evictions;
		this.resolver = resolver;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		boolean broadcast = this.evictions instanceof RedisSessionEvictions;
		(this.evictions.isConnected() ? builder.up() : builder.status(DEGRADED))
			.withDetail("broadcast", broadcast ? "redis" : "local")
			.withDetail("caching", this.resolver.isCaching());
	}

}
