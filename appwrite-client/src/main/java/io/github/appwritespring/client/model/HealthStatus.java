package io.github.appwritespring.client.model;

/**
 * The answer of Appwrite's health check.
 *
 * @param name the checked service
 * @param ping the round trip in milliseconds
 * @param status {@code pass} or {@code fail}
 * @since 0.1.0
 */
public record HealthStatus(String name, long ping, String status) {

	/**
	 * Returns whether the check passed.
	 * @return whether the check passed
	 */
	public boolean isPass() {
		return "pass".equals(this.status);
	}

}
