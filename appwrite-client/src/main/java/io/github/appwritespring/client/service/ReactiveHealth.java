package io.github.appwritespring.client.service;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.HealthAntivirus;
import io.github.appwritespring.client.model.HealthCertificate;
import io.github.appwritespring.client.model.HealthQueue;
import io.github.appwritespring.client.model.HealthStatus;
import io.github.appwritespring.client.model.HealthTime;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Health service, reactive face (needs an API key).
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveHealth extends Service {

	/**
	 * Creates a new {@code ReactiveHealth}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveHealth(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the status of Appwrite's HTTP service.
	 * @return the status of Appwrite's HTTP service
	 */
	public Mono<HealthStatus> get() {
		return this.transport.call(ApiRequest.get("health"), this.context, HealthStatus.class);
	}

	/**
	 * Get antivirus.
	 * @return the health antivirus
	 */
	public Mono<HealthAntivirus> getAntivirus() {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("health", "anti-virus"), this.context, HealthAntivirus.class));
	}

	/**
	 * Get cache.
	 * @return the health status
	 */
	public Mono<HealthStatus> getCache() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "cache"), this.context, HealthStatus.class));
	}

	/**
	 * Get the SSL certificate for a domain.
	 * @param domain string, or {@code null}
	 * @return the health certificate
	 */
	public Mono<HealthCertificate> getCertificate(@Nullable String domain) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("health", "certificate").query("domain", domain),
				this.context, HealthCertificate.class));
	}

	/**
	 * Get DB.
	 * @return the health status
	 */
	public Mono<HealthStatus> getDB() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("health", "db"), this.context, HealthStatus.class));
	}

	/**
	 * Get pubsub.
	 * @return the health status
	 */
	public Mono<HealthStatus> getPubSub() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "pubsub"), this.context, HealthStatus.class));
	}

	/**
	 * Get builds queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueBuilds(@Nullable Long threshold) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "queue", "builds").query("threshold", threshold),
					this.context, HealthQueue.class));
	}

	/**
	 * Get certificates queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueCertificates(@Nullable Long threshold) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("health", "queue", "certificates").query("threshold", threshold), this.context,
				HealthQueue.class));
	}

	/**
	 * Get databases queue.
	 * @param name queue name for which to check the queue size, or {@code null}
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueDatabases(@Nullable String name, @Nullable Long threshold) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("health", "queue", "databases").query("name", name).query("threshold", threshold),
				this.context, HealthQueue.class));
	}

	/**
	 * Get deletes queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueDeletes(@Nullable Long threshold) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "queue", "deletes").query("threshold", threshold),
					this.context, HealthQueue.class));
	}

	/**
	 * Get number of failed queue jobs.
	 * @param name the name
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getFailedJobs(String name, @Nullable Long threshold) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "queue", "failed", Require.nonBlank("name", name))
				.query("threshold", threshold), this.context, HealthQueue.class));
	}

	/**
	 * Get functions queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueFunctions(@Nullable Long threshold) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("health", "queue", "functions").query("threshold", threshold),
						this.context, HealthQueue.class));
	}

	/**
	 * Get logs queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueLogs(@Nullable Long threshold) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "queue", "logs").query("threshold", threshold),
					this.context, HealthQueue.class));
	}

	/**
	 * Get mails queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueMails(@Nullable Long threshold) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "queue", "mails").query("threshold", threshold),
					this.context, HealthQueue.class));
	}

	/**
	 * Get messaging queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueMessaging(@Nullable Long threshold) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("health", "queue", "messaging").query("threshold", threshold),
						this.context, HealthQueue.class));
	}

	/**
	 * Get migrations queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueMigrations(@Nullable Long threshold) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("health", "queue", "migrations").query("threshold", threshold),
						this.context, HealthQueue.class));
	}

	/**
	 * Get stats resources queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueStatsResources(@Nullable Long threshold) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("health", "queue", "stats-resources").query("threshold", threshold), this.context,
				HealthQueue.class));
	}

	/**
	 * Get stats usage queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueUsage(@Nullable Long threshold) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("health", "queue", "stats-usage").query("threshold", threshold), this.context,
				HealthQueue.class));
	}

	/**
	 * Get webhooks queue.
	 * @param threshold queue size threshold, or {@code null}
	 * @return the health queue
	 */
	public Mono<HealthQueue> getQueueWebhooks(@Nullable Long threshold) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("health", "queue", "webhooks").query("threshold", threshold),
						this.context, HealthQueue.class));
	}

	/**
	 * Get storage.
	 * @return the health status
	 */
	public Mono<HealthStatus> getStorage() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("health", "storage"), this.context, HealthStatus.class));
	}

	/**
	 * Get local storage.
	 * @return the health status
	 */
	public Mono<HealthStatus> getStorageLocal() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("health", "storage", "local"), this.context,
				HealthStatus.class));
	}

	/**
	 * Get time.
	 * @return the health time
	 */
	public Mono<HealthTime> getTime() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("health", "time"), this.context, HealthTime.class));
	}

}
