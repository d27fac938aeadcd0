package io.github.appwritespring.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.auth.SessionSecrets;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * A webhook the emulator calls, as registered in Appwrite's console: a URL, the events it
 * subscribes to, a signature key and optional Basic auth. Immutable; each option returns
 * a copy.
 *
 * <pre>{@code
 * AppwriteEmulator.builder()
 *     .webhook(Webhook.of("http://localhost:8080/appwrite/webhook", "users.*", "teams.*")
 *         .signatureKey("my-signature-key")
 *         .basicAuth("appwrite", "s3cret"))
 *     .start();
 * }</pre>
 *
 * Event names are Appwrite's, matched exactly against each event's expansions (e.g. a
 * session creation is delivered to {@code users.*.sessions.*.create}, {@code users.*} and
 * {@code users.U.sessions.S.create}).
 *
 * @since 0.1.0
 */
public final class Webhook {

	private final String url;

	private final List<String> events;

	private final String id;

	private final String name;

	private final String signatureKey;

	private final @Nullable String httpUser;

	private final @Nullable String httpPass;

	private Webhook(String url, List<String> events, String id, String name, String signatureKey,
			@Nullable String httpUser, @Nullable String httpPass) {
		this.url = url;
		this.events = events;
		this.id = id;
		this.name = name;
		this.signatureKey = signatureKey;
		this.httpUser = httpUser;
		this.httpPass = httpPass;
	}

	/**
	 * A webhook posting to the URL for the events, with a random ID, the name
	 * {@code emulator}, a random 128-hex-character signature key (as Appwrite generates)
	 * and no Basic auth.
	 * @param url an absolute {@code http} or {@code https} URL
	 * @param events at least one Appwrite event name, e.g. {@code users.*},
	 * {@code users.*.sessions.*.delete}
	 * @throws IllegalArgumentException if the URL is not http(s) or no valid event is
	 * given
	 */
	public static Webhook of(String url, String... events) {
		checkUrl(url);
		if (events.length == 0) {
			throw new IllegalArgumentException("a webhook needs at least one event");
		}
		for (String event : events) {
			if (event == null || event.isEmpty() || event.length() > 256 || !event.matches("[A-Za-z0-9._*\\-]+")) {
				throw new IllegalArgumentException("invalid event name '" + event
						+ "': Appwrite's event names are dot-separated, e.g. users.*.sessions.*.create");
			}
		}
		return new Webhook(url, List.of(events), Ids.unique(), "emulator", SessionSecrets.newSecret(64), null, null);
	}

	private static void checkUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				throw new IllegalArgumentException("a webhook URL must be an absolute http(s) URL, got '" + url + "'");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("invalid webhook URL '" + url + "': " + ex.getMessage(), ex);
		}
	}

	/** The same webhook with this ID ({@code X-Appwrite-Webhook-Id}). */
	public Webhook id(String id) {
		if (!Ids.isValid(id)) {
			throw new IllegalArgumentException(
					"a webhook ID must be at most 36 characters of a-z, A-Z, 0-9, '.', '-', '_' and not start with a special character");
		}
		return new Webhook(this.url, this.events, id, this.name, this.signatureKey, this.httpUser, this.httpPass);
	}

	/** The same webhook with this name ({@code X-Appwrite-Webhook-Name}). */
	public Webhook name(String name) {
		if (name.length() > 128) {
			throw new IllegalArgumentException("a webhook name has at most 128 characters");
		}
		return new Webhook(this.url, this.events, this.id, name, this.signatureKey, this.httpUser, this.httpPass);
	}

	/**
	 * The same webhook with this signature key: the HMAC-SHA1 key of
	 * {@code X-Appwrite-Webhook-Signature}, used as text (not hex-decoded).
	 */
	public Webhook signatureKey(String signatureKey) {
		if (signatureKey.isEmpty()) {
			throw new IllegalArgumentException("signatureKey must not be empty");
		}
		return new Webhook(this.url, this.events, this.id, this.name, signatureKey, this.httpUser, this.httpPass);
	}

	/**
	 * The same webhook sending {@code Authorization: Basic} with these credentials (as
	 * Appwrite, only when both are non-empty).
	 */
	public Webhook basicAuth(String user, String password) {
		return new Webhook(this.url, this.events, this.id, this.name, this.signatureKey, Objects.requireNonNull(user),
				Objects.requireNonNull(password));
	}

	/** The URL deliveries are posted to. */
	public String url() {
		return this.url;
	}

	/** The subscribed event names. */
	public List<String> events() {
		return this.events;
	}

	/** The webhook's ID. */
	public String id() {
		return this.id;
	}

	/** The webhook's name. */
	public String name() {
		return this.name;
	}

	/** The signature key (keep it out of logs). */
	public String signatureKey() {
		return this.signatureKey;
	}

	/** The Basic auth user, or null. */
	public @Nullable String httpUser() {
		return this.httpUser;
	}

	/** The Basic auth password, or null (keep it out of logs). */
	public @Nullable String httpPassword() {
		return this.httpPass;
	}

	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", name=" + this.name + ", url=" + this.url + ", events=" + this.events
				+ ", signatureKey=<hidden>"
				+ ((this.httpUser != null) ? ", basicAuth=" + this.httpUser + ":<hidden>" : "") + "]";
	}

}
