package io.github.appwritespring.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.functions.FunctionHandler;
import io.github.appwritespring.emulator.internal.auth.CallerResolver;
import io.github.appwritespring.emulator.internal.auth.JwtCodec;
import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
import io.github.appwritespring.emulator.internal.clock.AdjustableClock;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.functions.Functions;
import io.github.appwritespring.emulator.internal.http.ApiServer;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.mail.MailboxService;
import io.github.appwritespring.emulator.internal.module.EmulatorConfig;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.store.BlobStore;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.support.Ids;
import io.github.appwritespring.emulator.internal.users.AccountServices;
import io.github.appwritespring.emulator.internal.users.UserDocuments;
import io.github.appwritespring.emulator.internal.users.UserLabels;
import io.github.appwritespring.emulator.internal.webhooks.WebhookSpec;
import io.github.appwritespring.emulator.internal.webhooks.Webhooks;
import io.github.appwritespring.emulator.mail.Mailbox;

/**
 * An Appwrite 1.8 compatible server in this JVM, for development and tests only.
 *
 * <pre>{@code
 * try (AppwriteEmulator emulator = AppwriteEmulator.builder().projectId("demo").start()) {
 *     String endpoint = emulator.endpoint();   // http://127.0.0.1:<port>/v1
 *     String key = emulator.apiKey();          // grants every scope
 *     String userId = emulator.seedUser("ada@example.com", "password123");
 * }
 * }</pre>
 *
 * Thread-safe. Data lives in memory unless a data directory is given.
 *
 * @since 0.1.0
 */
public final class AppwriteEmulator implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(AppwriteEmulator.class.getName());

	private final EmulatorConfig config;

	private final EmulatorContext context;

	private final Routes routes;

	private final DocumentStore store;

	private final BlobStore blobs;

	private final boolean temporaryBlobs;

	private final ApiServer server;

	private final UserDocuments users;

	private final String endpoint;

	private final Webhooks webhooks;

	private volatile boolean closed;

	/**
	 * Opens the stores, then starts; on failure releases what was opened (the data
	 * directory lock, temp files).
	 */
	private static AppwriteEmulator open(EmulatorConfig config, Clock configured, List<WebhookSpec> webhooks)
			throws IOException {
		Clock clock = new AdjustableClock(configured);
		Path dataDir = config.dataDir();
		DocumentStore store = (dataDir != null) ? DocumentStore.open(dataDir, config.fsync())
				: DocumentStore.inMemory();
		BlobStore blobs = null;
		try {
			blobs = new BlobStore((dataDir != null) ? dataDir.resolve("files")
					: Files.createTempDirectory("appwrite-emulator-files-"));
			return new AppwriteEmulator(config, store, blobs, dataDir == null, clock, webhooks);
		}
		catch (IOException | RuntimeException ex) {
			store.close();
			if (blobs != null && dataDir == null) {
				blobs.deleteRoot();
			}
			throw ex;
		}
	}

	private AppwriteEmulator(EmulatorConfig config, DocumentStore store, BlobStore blobs, boolean temporaryBlobs,
			Clock clock, List<WebhookSpec> webhooks) throws IOException {
		this.config = config;
		this.store = store;
		this.blobs = blobs;
		this.temporaryBlobs = temporaryBlobs;
		byte[] jwtKey = new byte[32];
		new SecureRandom().nextBytes(jwtKey);
		JwtCodec jwt = new JwtCodec(jwtKey);
		CallerResolver callers = new CallerResolver(config.projectId(), config.apiKey(), store, jwt, clock);
		this.context = new EmulatorContext(config, store, blobs, clock, callers, jwt);
		this.webhooks = Webhooks.of(this.context);
		this.webhooks.register(webhooks);
		Routes routes = new Routes();
		for (RouteModule module : RouteModules.all()) {
			module.register(routes, this.context);
		}
		this.routes = routes;
		this.users = AccountServices.of(this.context).users();
		this.server = new ApiServer(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()),
				config.threads(), routes, config.projectId(), callers);
		String host = config.host();
		if (host.equals("0.0.0.0") || host.equals("::")) {
			host = "127.0.0.1";
		}
		else if (host.contains(":")) {
			host = "[" + host + "]";
		}
		this.endpoint = "http://" + host + ":" + this.server.address().getPort() + "/v1";
		this.context.endpoint(this.endpoint);
		LOG.warning("Appwrite emulator at " + this.endpoint
				+ " is for development and tests only: it is not Appwrite and not secure.");
	}

	/**
	 * A builder with the defaults: 127.0.0.1, a free port, project {@code emulator}, a
	 * random key, in memory.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Starts an emulator with the defaults of {@link #builder()}. */
	public static AppwriteEmulator start() {
		return builder().start();
	}

	/** The API endpoint, e.g. {@code http://127.0.0.1:41234/v1}. */
	public String endpoint() {
		return this.endpoint;
	}

	/** The port the server listens on. */
	public int port() {
		return this.server.address().getPort();
	}

	/** The project ID clients must send in {@code X-Appwrite-Project}. */
	public String projectId() {
		return this.config.projectId();
	}

	/**
	 * The API key ({@code X-Appwrite-Key}) that grants every scope. Keep it out of logs.
	 */
	public String apiKey() {
		return this.config.apiKey();
	}

	/** The settings this emulator runs with. */
	EmulatorConfig config() {
		return this.config;
	}

	/**
	 * The shared context of the route modules (store, blobs, services), for extensions
	 * and tests.
	 */
	EmulatorContext context() {
		return this.context;
	}

	/** The route table, for the coverage figures. */
	Routes routes() {
		return this.routes;
	}

	/**
	 * Registers a function under an ID: executions of it ({@code POST
	 * /v1/functions/{id}/executions}) run the handler in this JVM. Registrations survive
	 * {@link #reset()}; registering an ID again replaces its handler.
	 * @throws IllegalArgumentException if the ID breaks Appwrite's ID rules
	 */
	public AppwriteEmulator registerFunction(String functionId, FunctionHandler handler) {
		Functions.register(this.context, functionId, handler);
		return this;
	}

	/**
	 * The mailbox: every email and SMS Appwrite would send (recovery, verification, magic
	 * URL, email OTP, MFA challenges, phone OTP, team invitations), captured instead.
	 * Also served as JSON at {@code GET /_emulator/messages} (API key) and as an HTML
	 * page at {@code /_emulator/mailbox}.
	 */
	public Mailbox mailbox() {
		return MailboxService.of(this.context);
	}

	/**
	 * How many deliveries to a registered webhook failed in a row (an error, a timeout
	 * after 15 s or a status of 400 or more); a success resets it, {@link #reset()} too.
	 * @throws IllegalArgumentException if no webhook has this ID
	 */
	public int webhookFailures(String webhookId) {
		return webhookState(webhookId).attempts();
	}

	/**
	 * Whether a registered webhook is still called: as Appwrite, the emulator disables a
	 * webhook after 10 failed deliveries in a row. {@link #reset()} enables it again.
	 * @throws IllegalArgumentException if no webhook has this ID
	 */
	public boolean webhookEnabled(String webhookId) {
		return webhookState(webhookId).enabled();
	}

	/**
	 * Enables a webhook again and clears its failure count, as updating it in Appwrite's
	 * console does.
	 * @throws IllegalArgumentException if no webhook has this ID
	 */
	public void enableWebhook(String webhookId) {
		if (!this.webhooks.enable(webhookId)) {
			throw unknownWebhook(webhookId);
		}
	}

	private Webhooks.State webhookState(String webhookId) {
		return this.webhooks.state(webhookId).orElseThrow(() -> unknownWebhook(webhookId));
	}

	private static IllegalArgumentException unknownWebhook(String webhookId) {
		return new IllegalArgumentException("no webhook with ID '" + webhookId + "' is registered");
	}

	/** Removes a registered function; returns whether there was one. */
	public boolean unregisterFunction(String functionId) {
		return Functions.unregister(this.context, functionId);
	}

	/**
	 * Creates a user with an email/password login and returns its ID (generated).
	 * @throws AppwriteEmulatorException 409 {@code user_already_exists} if the email is
	 * taken, 400 for bad input
	 */
	public String seedUser(String email, String password) {
		return seedUser(Ids.UNIQUE, email, password, "");
	}

	/**
	 * Creates a user and returns its ID.
	 * @param userId a custom ID or {@code unique()}
	 * @param email the email (lower-cased on storage)
	 * @param password the password (8 to 256 characters)
	 * @param name the display name
	 * @param labels labels (alphanumeric, at most 36 characters each)
	 * @throws AppwriteEmulatorException 409 {@code user_already_exists} if the ID or
	 * email is taken, 400 for bad input
	 */
	public String seedUser(String userId, String email, String password, String name, String... labels) {
		try {
			return createUser(userId, email, password, name, labels);
		}
		catch (ApiException ex) {
			throw refused(ex);
		}
	}

	/** The Java API's face of what the emulator would answer over HTTP. */
	private static AppwriteEmulatorException refused(ApiException ex) {
		return new AppwriteEmulatorException(ex.status(), ex.type(), ex.getMessage(), ex);
	}

	private String createUser(String userId, String email, String password, String name, String... labels) {
		ObjectNode values = Json.object();
		values.put("userId", userId);
		values.put("email", email);
		values.put("password", password);
		values.put("name", name);
		values.set("labels", Json.strings(List.of(labels)));
		Params params = new Params(values);
		String id = params.newId("userId");
		String checkedEmail = params.email("email");
		String checkedPassword = params.password("password");
		String checkedName = params.text("name", 128);
		List<String> checkedLabels = UserLabels.from(params, "labels");
		return this.users
			.create(id, checkedEmail, null, checkedPassword, checkedName, checkedLabels, this.context.now())
			.path("$id")
			.asString();
	}

	/**
	 * Creates a session for an existing user (as {@code POST /users/{userId}/sessions}
	 * does) and returns its session value: the {@code a_session_<project>} cookie value
	 * and the {@code X-Appwrite-Session} header value. Handy to sign a test request in.
	 * @throws AppwriteEmulatorException 404 {@code user_not_found}
	 */
	public String createSession(String userId) {
		try {
			this.users.require(userId);
		}
		catch (ApiException ex) {
			throw refused(ex);
		}
		return AccountServices.of(this.context)
			.sessions()
			.issue(userId, "server", "", List.of("server"), "127.0.0.1", "")
			.value();
	}

	/**
	 * Deletes all data (documents, files, in-memory module state) in milliseconds;
	 * settings, the key and webhooks stay (enabled again, failure counts cleared).
	 */
	public void reset() {
		this.store.reset();
		try {
			this.blobs.reset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the emulator's files", ex);
		}
		this.context.runResetHooks();
	}

	/**
	 * Stops the server and flushes the data (compacting the journal when persisted).
	 * Idempotent.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.server.close();
		this.context.runCloseHooks();
		this.webhooks.close();
		this.store.close();
		if (this.temporaryBlobs) {
			try {
				this.blobs.deleteRoot();
			}
			catch (IOException ex) {
				LOG.log(Level.WARNING, "Could not delete the emulator's temporary files at " + this.blobs.root(), ex);
			}
		}
	}

	/** Configures and starts an {@link AppwriteEmulator}. */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private String projectId = "emulator";

		private @Nullable String apiKey;

		private @Nullable Path dataDir;

		private boolean fsync;

		private Duration sessionLength = Duration.ofDays(365);

		private int maxSessionsPerUser = 10;

		private boolean rateLimits = true;

		private final Set<String> allowedRedirectHosts = new LinkedHashSet<>();

		private int threads = 64;

		private Clock clock = Clock.systemUTC();

		private final List<Webhook> webhooks = new ArrayList<>();

		private Builder() {
		}

		/** The interface to bind (default {@code 127.0.0.1}). */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/** The port (default 0: a free port). */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/** The project ID (default {@code emulator}); a valid Appwrite ID. */
		public Builder projectId(String projectId) {
			if (!Ids.isValid(projectId)) {
				throw new IllegalArgumentException(
						"projectId must be at most 36 characters of a-z, A-Z, 0-9, '.', '-', '_' and not start with a special character");
			}
			this.projectId = projectId;
			return this;
		}

		/** The API key (default: a random {@code standard_...} key). */
		public Builder apiKey(String apiKey) {
			if (apiKey.isBlank()) {
				throw new IllegalArgumentException("apiKey must not be blank");
			}
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Persist data in this directory (journal + snapshot + {@code files/}); default:
		 * memory only.
		 */
		public Builder dataDir(@Nullable Path dataDir) {
			this.dataDir = dataDir;
			return this;
		}

		/**
		 * Force every journal write to disk (default false: written to the OS, which
		 * survives a killed process).
		 */
		public Builder fsync(boolean fsync) {
			this.fsync = fsync;
			return this;
		}

		/** Lifetime of new sessions (default 365 days, like Appwrite). */
		public Builder sessionLength(Duration sessionLength) {
			if (sessionLength.isNegative() || sessionLength.isZero()) {
				throw new IllegalArgumentException("sessionLength must be positive");
			}
			this.sessionLength = sessionLength;
			return this;
		}

		/**
		 * Sessions kept per user, 1 to 100 (default 10); the oldest are deleted beyond
		 * it.
		 */
		public Builder maxSessionsPerUser(int maxSessionsPerUser) {
			if (maxSessionsPerUser < 1 || maxSessionsPerUser > 100) {
				throw new IllegalArgumentException("maxSessionsPerUser must be between 1 and 100");
			}
			this.maxSessionsPerUser = maxSessionsPerUser;
			return this;
		}

		/** Apply Appwrite's rate limits to non-key callers (default true). */
		public Builder rateLimits(boolean rateLimits) {
			this.rateLimits = rateLimits;
			return this;
		}

		/** Extra host names accepted in OAuth2 {@code success}/{@code failure} URLs. */
		public Builder allowedRedirectHosts(String... hosts) {
			for (String h : hosts) {
				this.allowedRedirectHosts.add(h.toLowerCase(Locale.ROOT));
			}
			return this;
		}

		/** HTTP worker threads (default 64). */
		public Builder threads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("threads must be at least 1");
			}
			this.threads = threads;
			return this;
		}

		/**
		 * The clock that dates sessions, tokens, JWTs, rate limits and documents and
		 * decides when they expire (default: the system clock, UTC). A test can give a
		 * clock it moves, e.g. to expire a session without waiting for it.
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Registers a webhook (repeatable): after each acknowledged write, every webhook
		 * subscribed to one of the event's names gets Appwrite's signed {@code POST}, off
		 * the request thread.
		 * @since 0.1.0
		 */
		public Builder webhook(Webhook webhook) {
			this.webhooks.add(webhook);
			return this;
		}

		/** The webhooks registered so far. */
		List<Webhook> webhooks() {
			return List.copyOf(this.webhooks);
		}

		private List<WebhookSpec> webhookSpecs() {
			List<WebhookSpec> specs = new ArrayList<>();
			for (Webhook webhook : this.webhooks) {
				specs.add(new WebhookSpec(webhook.id(), webhook.name(), webhook.url(), webhook.events(),
						webhook.signatureKey(), webhook.httpUser(), webhook.httpPassword()));
			}
			return specs;
		}

		/** The settings as configured (a random key is generated now if none was set). */
		EmulatorConfig config() {
			if (this.apiKey == null) {
				this.apiKey = "standard_" + SessionSecrets.newSecret(128);
			}
			return new EmulatorConfig(this.host, this.port, this.projectId, this.apiKey, this.dataDir, this.fsync,
					this.sessionLength, this.maxSessionsPerUser, this.rateLimits, this.allowedRedirectHosts,
					this.threads);
		}

		/**
		 * Starts the emulator.
		 * @throws UncheckedIOException if the port cannot be bound or the data directory
		 * cannot be read
		 */
		public AppwriteEmulator start() {
			try {
				return open(config(), this.clock, webhookSpecs());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the Appwrite emulator: " + ex.getMessage(), ex);
			}
		}

	}

}
