package io.github.appwritespring.autoconfigure.security.events;

import java.time.Duration;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.ReactiveSubscription.Message;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;

/**
 * Evictions published to every instance through Redis pub/sub. Each instance subscribes
 * to the channel and forgets the users the others publish; the instance that received the
 * webhook forgets first, then publishes.
 * <p>
 * Pub/sub delivers only to instances subscribed at that moment, so an instance must know
 * when it may miss a message: each sends itself a heartbeat on a channel of its own every
 * {@code appwrite.security.events.redis-heartbeat} through the same Redis, and a
 * subscription that has not echoed one for three periods counts as lost (Redis down, the
 * connection broken, the subscription gone). Until the first echo after start-up, and
 * while the subscription is lost, the cache is set aside and every session is resolved
 * with Appwrite (one WARN per outage, the health indicator says degraded); at the first
 * echo the cache is emptied (it may hold what a missed message would have evicted) and
 * used again.
 *
 * @since 0.1.0
 */
public final class RedisSessionEvictions implements SessionEvictions, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RedisSessionEvictions.class);

	private static final int LOST_AFTER_BEATS = 3;

	private static final Duration STARTUP = Duration.ofSeconds(10);

	private final ReactiveStringRedisTemplate redis;

	private final AppwriteSessionResolver resolver;

	private final String channel;

	private final String instance = UUID.randomUUID().toString();

	private final String heartbeatChannel;

	private final Duration heartbeat;

	private final Object lock = new Object();

	private volatile State state = State.STARTING;

	private volatile long startedAt;

	private volatile long lastEcho;

	private @Nullable Disposable subscription;

	private @Nullable Disposable beats;

	/**
	 * Creates a new {@code RedisSessionEvictions}.
	 * @param redis the Redis connection
	 * @param resolver the resolver whose cache forgets
	 * @param channel the channel evictions are published on
	 * @param heartbeat how often the subscription is checked
	 */
	public RedisSessionEvictions(ReactiveStringRedisTemplate redis, AppwriteSessionResolver resolver, String channel,
			Duration heartbeat) {
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException("appwrite.security.events.redis-heartbeat must be positive");
		}
		this.redis = redis;
		this.resolver = resolver;
		this.channel = channel;
		this.heartbeatChannel = channel + ":heartbeat:" + this.instance;
		this.heartbeat = heartbeat;
	}

	@Override
	public void evictUser(String userId) {
		this.resolver.forgetUser(userId);
		this.redis.convertAndSend(this.channel, this.instance + " " + userId)
			.timeout(this.heartbeat.multipliedBy(LOST_AFTER_BEATS))
			.subscribe(null, (ex) -> lost("an eviction could not be published: " + ex.getClass().getName()));
	}

	@Override
	public boolean isConnected() {
		return this.state == State.CONNECTED;
	}

	@Override
	public void start() {
		synchronized (this.lock) {
			if (this.subscription != null) {
				return;
			}
			this.resolver.suspendCache();
			this.state = State.STARTING;
			this.startedAt = System.nanoTime();
			this.subscription = Flux.defer(() -> this.redis.listenToChannel(this.channel, this.heartbeatChannel))
				.doOnNext(this::received)
				.doOnError((ex) -> lost("the subscription failed: " + ex.getClass().getName()))
				.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5)))
				.subscribe();
			this.beats = Flux.interval(Duration.ZERO, this.heartbeat)
				.onBackpressureDrop()
				.concatMap((tick) -> beat(), 1)
				.subscribe();
		}
	}

	@Override
	public void stop() {
		synchronized (this.lock) {
			if (this.beats != null) {
				this.beats.dispose();
				this.beats = null;
			}
			if (this.subscription != null) {
				this.subscription.dispose();
				this.subscription = null;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.subscription != null;
	}

	private Mono<Void> beat() {
		State now = this.state;
		long silentFor = System.nanoTime() - ((now == State.CONNECTED) ? this.lastEcho : this.startedAt);
		// the cache is set aside while starting anyway: only a start that takes long is
		// worth a warning
		Duration allowed = (now == State.CONNECTED) ? this.heartbeat.multipliedBy(LOST_AFTER_BEATS) : STARTUP;
		if (now != State.LOST && silentFor > allowed.toNanos()) {
			lost("no heartbeat came back for " + Duration.ofNanos(silentFor).toMillis() + " ms");
		}
		return this.redis.convertAndSend(this.heartbeatChannel, this.instance)
			.timeout(this.heartbeat)
			.onErrorResume((ex) -> Mono.empty())
			.then();
	}

	private void received(Message<String, String> message) {
		if (this.heartbeatChannel.equals(message.getChannel())) {
			this.lastEcho = System.nanoTime();
			if (this.state != State.CONNECTED) {
				connected();
			}
			return;
		}
		String text = message.getMessage();
		int space = text.indexOf(' ');
		if (space > 0 && !this.instance.equals(text.substring(0, space))) {
			this.resolver.forgetUser(text.substring(space + 1));
		}
	}

	private void connected() {
		synchronized (this.lock) {
			if (this.state == State.CONNECTED) {
				return;
			}
			boolean wasLost = this.state == State.LOST;
			this.resolver.resumeCache();
			this.state = State.CONNECTED;
			if (wasLost) {
				logger.info("The Redis subscription of session evictions is back: the session cache was emptied "
						+ "and is used again");
			}
		}
	}

	private void lost(String reason) {
		synchronized (this.lock) {
			if (this.state == State.LOST) {
				return;
			}
			this.resolver.suspendCache();
			this.state = State.LOST;
			logger.warn("Session evictions cannot reach this instance through Redis (" + reason
					+ "): every session is resolved with Appwrite, without the cache, until Redis is back");
		}
	}

	private enum State {

		/** Subscribing; no heartbeat has come back yet. */
		STARTING,

		/** Heartbeats come back: evictions reach this instance. */
		CONNECTED,

		/** Heartbeats stopped coming back: evictions may be missed. */
		LOST

	}

}
