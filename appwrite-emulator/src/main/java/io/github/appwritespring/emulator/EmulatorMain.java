package io.github.appwritespring.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.functions.EchoFunction;

/**
 * Runs the emulator as a standalone process:
 * <pre>java -jar appwrite-emulator.jar [--host 127.0.0.1] [--port 0] [--project-id emulator]
 *     [--api-key KEY] [--data-dir DIR] [--fsync] [--no-rate-limits] [--session-length SECONDS]
 *     [--max-sessions N] [--allowed-redirect-host HOST]... [--threads N]
 *     [--webhook URL --webhook-events E1,E2 [--webhook-signature-key KEY]
 *      [--webhook-basic-auth USER:PASS] [--webhook-name NAME] [--webhook-id ID]]...</pre>
 * Prints exactly one line
 * {@code Appwrite emulator ready: endpoint=... project=... apiKey=...} on stdout when
 * ready, serves until stopped, and flushes its data on SIGTERM / Ctrl-C. The API key may
 * also come from the environment variable {@code APPWRITE_EMULATOR_API_KEY}.
 *
 * @since 0.1.0
 */
public final class EmulatorMain {

	private EmulatorMain() {
	}

	/** Entry point; exit code 2 for bad arguments. */
	public static void main(String[] args) throws InterruptedException {
		if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
			System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
		}
		AppwriteEmulator.Builder builder;
		try {
			builder = parse(args, System.err);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("appwrite-emulator: " + ex.getMessage());
			System.err.println(usage());
			System.exit(2);
			return;
		}
		if (builder == null) {
			System.out.println(usage());
			return;
		}
		AppwriteEmulator emulator = builder.start();
		emulator.registerFunction(EchoFunction.ID, new EchoFunction());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "appwrite-emulator-shutdown"));
		System.out.println("Appwrite emulator ready: endpoint=" + emulator.endpoint() + " project="
				+ emulator.projectId() + " apiKey=" + emulator.apiKey());
		System.out.flush();
		stopped.await();
	}

	/** Parses the arguments into a builder; null when help was asked for. */
	static AppwriteEmulator.@Nullable Builder parse(String[] args, PrintStream warnings) {
		AppwriteEmulator.Builder builder = AppwriteEmulator.builder();
		String envKey = System.getenv("APPWRITE_EMULATOR_API_KEY");
		if (envKey != null && !envKey.isBlank()) {
			builder.apiKey(envKey);
		}
		List<PendingWebhook> webhooks = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--webhook")) {
				if (arg.equals("--webhook")) {
					webhooks.add(new PendingWebhook(value(args, ++i, arg)));
					continue;
				}
				if (webhooks.isEmpty()) {
					throw new IllegalArgumentException(arg + " must follow a --webhook URL");
				}
				webhooks.get(webhooks.size() - 1).set(arg, value(args, ++i, arg));
				continue;
			}
			switch (arg) {
				case "--help", "-h" -> {
					return null;
				}
				case "--host" -> {
					String host = value(args, ++i, arg);
					if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
						warnings.println("WARNING: binding the Appwrite emulator to " + host
								+ " makes it reachable from other machines; it is not secure.");
					}
					builder.host(host);
				}
				case "--port" -> builder.port(number(value(args, ++i, arg), arg));
				case "--project-id" -> builder.projectId(value(args, ++i, arg));
				case "--api-key" -> builder.apiKey(value(args, ++i, arg));
				case "--data-dir" -> builder.dataDir(Path.of(value(args, ++i, arg)));
				case "--fsync" -> builder.fsync(true);
				case "--no-rate-limits" -> builder.rateLimits(false);
				case "--session-length" ->
					builder.sessionLength(Duration.ofSeconds(number(value(args, ++i, arg), arg)));
				case "--max-sessions" -> builder.maxSessionsPerUser(number(value(args, ++i, arg), arg));
				case "--allowed-redirect-host" -> builder.allowedRedirectHosts(value(args, ++i, arg));
				case "--threads" -> builder.threads(number(value(args, ++i, arg), arg));
				default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		for (PendingWebhook webhook : webhooks) {
			builder.webhook(webhook.build());
		}
		return builder;
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static int number(String value, String option) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
		}
	}

	private static String usage() {
		return """
				Usage: java -jar appwrite-emulator.jar [options]
				  --host HOST                  interface to bind (default 127.0.0.1)
				  --port N                     port (default 0 = a free port, printed in the ready line)
				  --project-id ID              project ID (default emulator)
				  --api-key KEY                API key (default: random standard_...; or env APPWRITE_EMULATOR_API_KEY)
				  --data-dir DIR               persist data in DIR (default: memory only)
				  --fsync                      force every write to disk
				  --no-rate-limits             disable Appwrite's rate limits
				  --session-length SECONDS     session lifetime (default 31536000)
				  --max-sessions N             sessions kept per user (default 10)
				  --allowed-redirect-host HOST extra host for OAuth2 success/failure URLs (repeatable)
				  --threads N                  HTTP worker threads (default 64)
				  --webhook URL                call URL with Appwrite's webhooks (repeatable); then:
				    --webhook-events E1,E2       subscribed events, e.g. users.*,teams.* (required)
				    --webhook-signature-key KEY  HMAC-SHA1 signature key (default: random)
				    --webhook-basic-auth U:P     send Basic auth
				    --webhook-name NAME          X-Appwrite-Webhook-Name (default emulator)
				    --webhook-id ID              X-Appwrite-Webhook-Id (default: random)
				For development and tests only.""";
	}

	/** A {@code --webhook} and the options after it. */
	private static final class PendingWebhook {

		private final String url;

		private @Nullable String events;

		private @Nullable String signatureKey;

		private @Nullable String basicAuth;

		private @Nullable String name;

		private @Nullable String id;

		PendingWebhook(String url) {
			this.url = url;
		}

		void set(String option, String value) {
			switch (option) {
				case "--webhook-events" -> this.events = value;
				case "--webhook-signature-key" -> this.signatureKey = value;
				case "--webhook-basic-auth" -> this.basicAuth = value;
				case "--webhook-name" -> this.name = value;
				case "--webhook-id" -> this.id = value;
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}

		Webhook build() {
			if (this.events == null || this.events.isBlank()) {
				throw new IllegalArgumentException("--webhook " + this.url + " needs --webhook-events E1,E2");
			}
			Webhook webhook = Webhook.of(this.url, this.events.trim().split("\\s*,\\s*"));
			if (this.signatureKey != null) {
				webhook = webhook.signatureKey(this.signatureKey);
			}
			if (this.basicAuth != null) {
				int colon = this.basicAuth.indexOf(':');
				if (colon < 0) {
					throw new IllegalArgumentException("--webhook-basic-auth needs USER:PASS");
				}
				webhook = webhook.basicAuth(this.basicAuth.substring(0, colon), this.basicAuth.substring(colon + 1));
			}
			if (this.name != null) {
				webhook = webhook.name(this.name);
			}
			if (this.id != null) {
				webhook = webhook.id(this.id);
			}
			return webhook;
		}

	}

}
