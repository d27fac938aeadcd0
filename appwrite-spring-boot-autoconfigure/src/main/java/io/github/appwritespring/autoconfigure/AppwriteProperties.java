package io.github.appwritespring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Appwrite clients, under {@code appwrite.*}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(AppwriteProperties.PREFIX)
public class AppwriteProperties {

	/** The prefix of every Appwrite property. */
	public static final String PREFIX = "appwrite";

	/**
	 * Appwrite's API endpoint, e.g. https://cloud.appwrite.io/v1. When unset and
	 * appwrite-emulator is on the classpath, an embedded emulator is started for
	 * development.
	 */
	private @Nullable String endpoint;

	/**
	 * The Appwrite project ID. Required when an endpoint is set.
	 */
	private @Nullable String projectId;

	/**
	 * The API key of the admin client. Required when an endpoint is set. Never logged.
	 */
	private @Nullable String apiKey;

	/**
	 * Locale sent to Appwrite as X-Appwrite-Locale, e.g. "en".
	 */
	private @Nullable String locale;

	/**
	 * Whether to trust self-signed TLS certificates. For development only; a warning is
	 * logged when on.
	 */
	private boolean selfSigned;

	/**
	 * TCP connect timeout.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Longest wait for Appwrite's response.
	 */
	private Duration responseTimeout = Duration.ofSeconds(30);

	/**
	 * Size of the one connection pool shared by the admin client and every session
	 * client.
	 */
	private int maxConnections = 100;

	/**
	 * Whether the session client forwards the end user's User-Agent to Appwrite
	 * (X-Forwarded-User-Agent).
	 */
	private boolean forwardUserAgent = true;

	private final Emulator emulator = new Emulator();

	private final SessionCookie sessionCookie = new SessionCookie();

	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable String endpoint) {
		this.endpoint = (endpoint != null && endpoint.isBlank()) ? null : endpoint;
	}

	public @Nullable String getProjectId() {
		return this.projectId;
	}

	public void setProjectId(@Nullable String projectId) {
		this.projectId = projectId;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getLocale() {
		return this.locale;
	}

	public void setLocale(@Nullable String locale) {
		this.locale = locale;
	}

	public boolean isSelfSigned() {
		return this.selfSigned;
	}

	public void setSelfSigned(boolean selfSigned) {
		this.selfSigned = selfSigned;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public boolean isForwardUserAgent() {
		return this.forwardUserAgent;
	}

	public void setForwardUserAgent(boolean forwardUserAgent) {
		this.forwardUserAgent = forwardUserAgent;
	}

	public Emulator getEmulator() {
		return this.emulator;
	}

	public SessionCookie getSessionCookie() {
		return this.sessionCookie;
	}

	@Override
	public String toString() {
		return "AppwriteProperties[endpoint=" + this.endpoint + ", projectId=" + this.projectId + ", apiKey="
				+ ((this.apiKey != null) ? "(hidden)" : "(none)") + "]";
	}

	/**
	 * The embedded emulator for development and tests, under {@code appwrite.emulator.*}.
	 */
	public static class Emulator {

		/**
		 * Whether to start the embedded emulator: "auto" starts it when no endpoint is
		 * set and appwrite-emulator is on the classpath; "false" never does. It never
		 * starts when an endpoint is configured.
		 */
		private Mode enabled = Mode.AUTO;

		/**
		 * Port of the emulator; 0 picks a free one.
		 */
		private int port;

		/**
		 * Directory the emulator keeps its data in; unset keeps everything in memory.
		 */
		private @Nullable Path dataDir;

		/**
		 * Project ID the emulator serves.
		 */
		private String projectId = "emulator";

		/**
		 * Users created when the emulator starts.
		 */
		private final List<SeedUser> users = new ArrayList<>();

		public Mode getEnabled() {
			return this.enabled;
		}

		public void setEnabled(Mode enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable Path getDataDir() {
			return this.dataDir;
		}

		public void setDataDir(@Nullable Path dataDir) {
			this.dataDir = dataDir;
		}

		public String getProjectId() {
			return this.projectId;
		}

		public void setProjectId(String projectId) {
			this.projectId = projectId;
		}

		public List<SeedUser> getUsers() {
			return this.users;
		}

		/** Whether the emulator starts. */
		public enum Mode {

			/** When no endpoint is set and the emulator is on the classpath. */
			AUTO,

			/**
			 * Same as {@link #AUTO}; it still never starts when an endpoint is
			 * configured.
			 */
			TRUE,

			/** Never. */
			FALSE

		}

	}

	/**
	 * The session cookie, {@code a_session_<PROJECT_ID>}, under
	 * {@code appwrite.session-cookie.*}: read by the session client with or without
	 * Spring Security, set and expired by the Spring Security integration.
	 */
	public static class SessionCookie {

		/**
		 * Whether to name the cookie "__Host-a_session_&lt;PROJECT_ID&gt;", which
		 * browsers accept only with Secure, Path=/ and no Domain. The browser Appwrite
		 * SDK cannot then share the session.
		 */
		private boolean hostPrefix;

		/**
		 * The SameSite attribute. Strict by default; the OAuth2 callback answers with a
		 * same-site bounce page so the cookie is sent on the next page. Lax sends it on
		 * top-level navigations from other sites too.
		 */
		private SameSite sameSite = SameSite.STRICT;

		/**
		 * Whether to mark the cookie Secure; the Spring Security integration's other
		 * cookies (OAuth2 state, CSRF token) follow it. Browsers accept Secure cookies on
		 * http://localhost, so there is rarely a reason to turn this off.
		 */
		private boolean secure = true;

		public boolean isHostPrefix() {
			return this.hostPrefix;
		}

		public void setHostPrefix(boolean hostPrefix) {
			this.hostPrefix = hostPrefix;
		}

		public SameSite getSameSite() {
			return this.sameSite;
		}

		public void setSameSite(SameSite sameSite) {
			this.sameSite = sameSite;
		}

		public boolean isSecure() {
			return this.secure;
		}

		public void setSecure(boolean secure) {
			this.secure = secure;
		}

		/** The SameSite attribute of the session cookie. */
		public enum SameSite {

			/** Sent only on same-site requests. */
			STRICT("Strict"),

			/** Also sent on top-level navigations from other sites. */
			LAX("Lax");

			private final String attribute;

			SameSite(String attribute) {
				this.attribute = attribute;
			}

			/**
			 * Returns the attribute's value as written in Set-Cookie.
			 * @return the attribute's value as written in Set-Cookie
			 */
			public String attribute() {
				return this.attribute;
			}

		}

	}

	/**
	 * A user the emulator creates at start.
	 */
	public static class SeedUser {

		/**
		 * User ID; generated when unset.
		 */
		private @Nullable String id;

		/**
		 * Email address.
		 */
		private @Nullable String email;

		/**
		 * Password.
		 */
		private @Nullable String password;

		/**
		 * Name.
		 */
		private @Nullable String name;

		/**
		 * Labels, e.g. admin.
		 */
		private List<String> labels = new ArrayList<>();

		public @Nullable String getId() {
			return this.id;
		}

		public void setId(@Nullable String id) {
			this.id = id;
		}

		public @Nullable String getEmail() {
			return this.email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public List<String> getLabels() {
			return this.labels;
		}

		public void setLabels(List<String> labels) {
			this.labels = labels;
		}

		@Override
		public String toString() {
			return "SeedUser[" + this.email + "]";
		}

	}

}
