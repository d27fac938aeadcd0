package io.github.appwritespring.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.service.Account;
import io.github.appwritespring.client.service.Avatars;
import io.github.appwritespring.client.service.Functions;
import io.github.appwritespring.client.service.Graphql;
import io.github.appwritespring.client.service.Health;
import io.github.appwritespring.client.service.Locale;
import io.github.appwritespring.client.service.Messaging;
import io.github.appwritespring.client.service.Sites;
import io.github.appwritespring.client.service.Storage;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.client.service.Teams;
import io.github.appwritespring.client.service.Tokens;
import io.github.appwritespring.client.service.Users;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.TransportSettings;

/**
 * A client for Appwrite's REST API (1.8 wire format). Thread-safe and immutable: one
 * client owns one connection pool, and {@link #withSession(String)},
 * {@link #withJwt(String)}, {@link #withLocale(String)} and
 * {@link #withForwardedUserAgent(String)} and {@link #asGuest()} return cheap views that
 * share it. A view with a session or JWT never carries the API key.
 *
 * <pre>{@code
 * AppwriteClient admin = AppwriteClient.builder()
 *     .endpoint("https://cloud.appwrite.io/v1").projectId("my-project").apiKey(System.getenv("APPWRITE_API_KEY"))
 *     .build();
 * User user = admin.users().get("alice");                       // blocking face
 * Mono<User> me = admin.withSession(secret).reactive().account().get(); // reactive face, as the user
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AppwriteClient implements AutoCloseable {

	private static final Set<String> RESERVED_HEADERS = Set.of("x-appwrite-key", "x-appwrite-session", "x-appwrite-jwt",
			"x-appwrite-project", "x-appwrite-response-format");

	private final AppwriteTransport transport;

	private final CallContext context;

	private final boolean owner;

	private AppwriteClient(AppwriteTransport transport, CallContext context, boolean owner) {
		this.transport = transport;
		this.context = context;
		this.owner = owner;
	}

	/**
	 * Returns a builder for a new client with its own connection pool.
	 * @return a builder for a new client with its own connection pool
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a view that calls as that session's user, without the API key.
	 * @param secret the session secret (the value of the {@code a_session_<PROJECT_ID>}
	 * cookie)
	 * @return a view that calls as that session's user, without the API key
	 */
	public AppwriteClient withSession(String secret) {
		return new AppwriteClient(this.transport, this.context.withSession(secret), false);
	}

	/**
	 * Returns a view that calls as that JWT's user, without the API key.
	 * @param jwt a JWT from {@code account.createJWT()} or {@code users.createJWT(..)}
	 * @return a view that calls as that JWT's user, without the API key
	 */
	public AppwriteClient withJwt(String jwt) {
		return new AppwriteClient(this.transport, this.context.withJwt(jwt), false);
	}

	/**
	 * Returns a view that calls as a guest: without the API key, session or JWT, keeping
	 * the locale and forwarded user agent. For Appwrite's public routes that refuse the
	 * API key, e.g. confirming an email verification
	 * ({@code account().updateEmailVerification(..)}) or accepting a team invitation
	 * ({@code teams().acceptInvitation(..)}, which also returns the session Appwrite
	 * makes). Guest calls count against Appwrite's rate limits for this server's IP.
	 * @return a view that calls as a guest
	 * @since 0.1.0
	 */
	public AppwriteClient asGuest() {
		return new AppwriteClient(this.transport, this.context.asGuest(), false);
	}

	/**
	 * Returns a view that forwards it.
	 * @param userAgent the end user's {@code User-Agent}, forwarded to Appwrite (honoured
	 * with an API key); it is the end user's input, so control characters in it become
	 * spaces instead of failing the call
	 * @return a view that forwards it
	 */
	public AppwriteClient withForwardedUserAgent(@Nullable String userAgent) {
		return new AppwriteClient(this.transport, this.context.withForwardedUserAgent(userAgent), false);
	}

	/**
	 * Returns a view that sends it.
	 * @param locale a locale code such as {@code en} or {@code de}, or {@code null} for
	 * none
	 * @return a view that sends it
	 */
	public AppwriteClient withLocale(@Nullable String locale) {
		return new AppwriteClient(this.transport, this.context.withLocale(locale), false);
	}

	/**
	 * Returns the reactive face of this client.
	 * @return the reactive face of this client
	 */
	public ReactiveAppwriteClient reactive() {
		return new ReactiveAppwriteClient(this.transport, this.context);
	}

	/**
	 * Returns the Account service.
	 * @return the Account service
	 */
	public Account account() {
		return new Account(reactive().account());
	}

	/**
	 * Returns the Users service (API key).
	 * @return the Users service (API key)
	 */
	public Users users() {
		return new Users(reactive().users());
	}

	/**
	 * Returns the TablesDB service: databases, tables, columns, indexes and rows.
	 * @return the TablesDB service: databases, tables, columns, indexes and rows
	 */
	public TablesDb tablesDb() {
		return new TablesDb(reactive().tablesDb());
	}

	/**
	 * Returns the Storage service: buckets and files.
	 * @return the Storage service: buckets and files
	 */
	public Storage storage() {
		return new Storage(reactive().storage());
	}

	/**
	 * Returns the Functions service: functions and executions.
	 * @return the Functions service: functions and executions
	 */
	public Functions functions() {
		return new Functions(reactive().functions());
	}

	/**
	 * Returns the Teams service: teams and memberships.
	 * @return the Teams service: teams and memberships
	 */
	public Teams teams() {
		return new Teams(reactive().teams());
	}

	/**
	 * Returns the Tokens service: file access tokens (API key).
	 * @return the Tokens service: file access tokens (API key)
	 */
	public Tokens tokens() {
		return new Tokens(reactive().tokens());
	}

	/**
	 * Returns the Health service (API key).
	 * @return the Health service (API key)
	 */
	public Health health() {
		return new Health(reactive().health());
	}

	/**
	 * Returns the Avatars service: icons, flags, initials, QR codes and screenshots as
	 * images.
	 * @return the Avatars service: icons, flags, initials, QR codes and screenshots as
	 * images
	 */
	public Avatars avatars() {
		return new Avatars(reactive().avatars());
	}

	/**
	 * Returns the GraphQL endpoint.
	 * @return the GraphQL endpoint
	 */
	public Graphql graphql() {
		return new Graphql(reactive().graphql());
	}

	/**
	 * Returns the Locale service: the caller's location and lists of countries,
	 * currencies, languages.
	 * @return the Locale service: the caller's location and lists of countries,
	 * currencies, languages
	 */
	public Locale locale() {
		return new Locale(reactive().locale());
	}

	/**
	 * Returns the Messaging service: providers, topics, subscribers and messages (API
	 * key).
	 * @return the Messaging service: providers, topics, subscribers and messages (API
	 * key)
	 */
	public Messaging messaging() {
		return new Messaging(reactive().messaging());
	}

	/**
	 * Returns the Sites service (API key).
	 * @return the Sites service (API key)
	 */
	public Sites sites() {
		return new Sites(reactive().sites());
	}

	/**
	 * Returns the endpoint, e.g. {@code https://cloud.appwrite.io/v1}.
	 * @return the endpoint, e.g. {@code https://cloud.appwrite.io/v1}
	 */
	public String getEndpoint() {
		return this.transport.settings().endpoint();
	}

	/**
	 * Returns the project ID.
	 * @return the project ID
	 */
	public String getProjectId() {
		return this.transport.settings().projectId();
	}

	/**
	 * Returns whether calls carry the API key.
	 * @return whether calls carry the API key
	 */
	public boolean hasApiKey() {
		return this.context.hasApiKey();
	}

	/**
	 * Returns whether calls are made as a user (session or JWT).
	 * @return whether calls are made as a user (session or JWT)
	 */
	public boolean hasUser() {
		return this.context.hasUser();
	}

	/**
	 * Closes the connection pool if this is the client that owns it (the one
	 * {@link Builder#build()} returned); views do not own the pool, so closing a view
	 * does nothing.
	 */
	@Override
	public void close() {
		if (this.owner) {
			this.transport.close();
		}
	}

	@Override
	public String toString() {
		return "AppwriteClient[" + getEndpoint() + ", project=" + getProjectId() + ", " + this.context + "]";
	}

	/**
	 * Builds an {@link AppwriteClient}. Endpoint and project ID are required.
	 */
	public static final class Builder {

		private @Nullable String endpoint;

		private @Nullable String projectId;

		private @Nullable String apiKey;

		private @Nullable String session;

		private @Nullable String jwt;

		private @Nullable String locale;

		private @Nullable String forwardedUserAgent;

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration responseTimeout = Duration.ofSeconds(30);

		private int maxConnections = 100;

		private boolean selfSigned;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Sets the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}.
		 * @param endpoint the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}
		 * @return this builder
		 */
		public Builder endpoint(String endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Sets the project ID.
		 * @param projectId the project ID
		 * @return this builder
		 */
		public Builder projectId(String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * Sets an API key (server side only; never send it to a browser).
		 * @param apiKey an API key (server side only; never send it to a browser)
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Sets a session secret; the client then calls as that user (no API key).
		 * @param session a session secret; the client then calls as that user (no API
		 * key)
		 * @return this builder
		 */
		public Builder session(@Nullable String session) {
			this.session = session;
			return this;
		}

		/**
		 * Sets a JWT; the client then calls as that user (no API key).
		 * @param jwt a JWT; the client then calls as that user (no API key)
		 * @return this builder
		 */
		public Builder jwt(@Nullable String jwt) {
			this.jwt = jwt;
			return this;
		}

		/**
		 * Sets a locale code such as {@code en}.
		 * @param locale a locale code such as {@code en}
		 * @return this builder
		 */
		public Builder locale(@Nullable String locale) {
			this.locale = locale;
			return this;
		}

		/**
		 * Sets an end user's {@code User-Agent} to forward.
		 * @param userAgent an end user's {@code User-Agent} to forward
		 * @return this builder
		 */
		public Builder forwardedUserAgent(@Nullable String userAgent) {
			this.forwardedUserAgent = userAgent;
			return this;
		}

		/**
		 * Sets the TCP connect timeout (default 10 s).
		 * @param timeout the TCP connect timeout (default 10 s)
		 * @return this builder
		 */
		public Builder connectTimeout(Duration timeout) {
			this.connectTimeout = positive("connectTimeout", timeout);
			return this;
		}

		/**
		 * Sets the longest wait for a response (default 30 s).
		 * @param timeout the longest wait for a response (default 30 s)
		 * @return this builder
		 */
		public Builder responseTimeout(Duration timeout) {
			this.responseTimeout = positive("responseTimeout", timeout);
			return this;
		}

		/**
		 * Sets the size of the connection pool (default 100).
		 * @param maxConnections the size of the connection pool (default 100)
		 * @return this builder
		 */
		public Builder maxConnections(int maxConnections) {
			this.maxConnections = (int) Require.range("maxConnections", maxConnections, 1, 10_000);
			return this;
		}

		/**
		 * Trusts any TLS certificate. Only for development against a self-signed
		 * Appwrite; logs a warning.
		 * @param selfSigned whether to trust self-signed certificates (default false)
		 * @return this builder
		 */
		public Builder selfSigned(boolean selfSigned) {
			this.selfSigned = selfSigned;
			return this;
		}

		/**
		 * Adds a header to every request. Appwrite's credential and protocol headers
		 * cannot be set this way.
		 * @param name the header name
		 * @param value its value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			Require.headerValue("name", name);
			Require.headerValue("value", value);
			if (RESERVED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalArgumentException(
						"Header '" + name + "' is set by the client itself; use the builder's "
								+ "apiKey/session/jwt/projectId methods instead");
			}
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Records every call as a Micrometer observation named
		 * {@code appwrite.client.requests}, tagged with the service, the operation as a
		 * path template, the outcome and Appwrite's error type (never IDs or secrets).
		 * @param registry the registry, e.g. Spring Boot's
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry registry) {
			this.observationRegistry = Require.nonNull("observationRegistry", registry);
			return this;
		}

		/**
		 * Returns the client, owning a new connection pool.
		 * @return the client, owning a new connection pool
		 * @throws IllegalArgumentException if the set-up is incomplete or contradictory
		 */
		public AppwriteClient build() {
			String checkedEndpoint = checkedEndpoint(this.endpoint);
			String checkedProject = Require.nonBlank("projectId", this.projectId);
			if (this.session != null && this.jwt != null) {
				throw new IllegalArgumentException("Set either 'session' or 'jwt', not both");
			}
			CallContext callContext = CallContext.ofApiKey(this.apiKey)
				.withLocale(this.locale)
				.withForwardedUserAgent(this.forwardedUserAgent);
			if (this.session != null) {
				callContext = callContext.withSession(this.session);
			}
			else if (this.jwt != null) {
				callContext = callContext.withJwt(this.jwt);
			}
			TransportSettings settings = new TransportSettings(checkedEndpoint, checkedProject, this.connectTimeout,
					this.responseTimeout, this.maxConnections, this.selfSigned, Map.copyOf(this.headers),
					this.observationRegistry);
			return new AppwriteClient(new AppwriteTransport(settings), callContext, true);
		}

		private static String checkedEndpoint(@Nullable String endpoint) {
			String checked = Require.nonBlank("endpoint", endpoint);
			URI uri;
			try {
				uri = URI.create(checked.trim());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'endpoint' is not a valid URL: '" + endpoint
						+ "'. Use the API endpoint, e.g. https://cloud.appwrite.io/v1", ex);
			}
			String scheme = uri.getScheme();
			if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
				throw new IllegalArgumentException("'endpoint' must be an absolute http or https URL but was '"
						+ endpoint + "'. Use the API endpoint, e.g. https://cloud.appwrite.io/v1");
			}
			if (uri.getQuery() != null || uri.getFragment() != null) {
				throw new IllegalArgumentException("'endpoint' must not have a query or fragment: '" + endpoint + "'");
			}
			String text = uri.toString();
			while (text.endsWith("/")) {
				text = text.substring(0, text.length() - 1);
			}
			return text;
		}

		private static Duration positive(String name, Duration timeout) {
			Require.nonNull(name, timeout);
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("'" + name + "' must be positive but was " + timeout);
			}
			return timeout;
		}

	}

}
