package io.github.appwritespring.autoconfigure;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.model.HealthStatus;

/**
 * Reports Appwrite's health ({@code GET /v1/health} with the admin client) under the
 * {@code appwrite} key of the actuator's health endpoint.
 *
 * @since 0.1.0
 */
public class AppwriteHealthIndicator extends AbstractHealthIndicator {

	private final AppwriteClient admin;

	/**
	 * Creates a new {@code AppwriteHealthIndicator}.
	 * @param admin the admin client
	 */
	public AppwriteHealthIndicator(AppwriteClient admin) {
		super("Appwrite health check failed");
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		HealthStatus status = this.admin.health().get();
		(status.isPass() ? builder.up() : builder.down()).withDetail("endpoint", this.admin.getEndpoint())
			.withDetail("status", status.status())
			.withDetail("ping", status.ping());
	}

}
