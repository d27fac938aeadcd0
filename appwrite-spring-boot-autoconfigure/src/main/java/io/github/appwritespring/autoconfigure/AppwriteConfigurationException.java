package io.github.appwritespring.autoconfigure;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A required Appwrite property is missing. Reported at start-up by
 * {@link AppwriteConfigurationFailureAnalyzer}.
 *
 * @since 0.1.0
 */
public class AppwriteConfigurationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String example;

	private final @Nullable String endpoint;

	/**
	 * Creates a new {@code AppwriteConfigurationException}.
	 * @param property the missing property, e.g. {@code appwrite.project-id}
	 * @param example an example value for the report
	 * @param endpoint the configured endpoint, for the report
	 */
	public AppwriteConfigurationException(String property, String example, @Nullable String endpoint) {
		super("Property '" + property + "' is required when Appwrite's endpoint is set"
				+ ((endpoint != null) ? " (appwrite.endpoint=" + endpoint + ")" : "")
				+ "; set it in application.yml or as environment " + "variable " + environmentVariable(property));
		this.property = property;
		this.example = example;
		this.endpoint = endpoint;
	}

	/**
	 * Returns the missing property.
	 * @return the missing property
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns an example value.
	 * @return an example value
	 */
	public String getExample() {
		return this.example;
	}

	/**
	 * Returns the configured endpoint, or {@code null}.
	 * @return the configured endpoint, or {@code null}
	 */
	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Returns the environment variable that sets the property, e.g.
	 * {@code APPWRITE_PROJECT_ID}.
	 * @return the environment variable that sets the property, e.g.
	 * {@code APPWRITE_PROJECT_ID}
	 */
	public String getEnvironmentVariable() {
		return environmentVariable(this.property);
	}

	static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
