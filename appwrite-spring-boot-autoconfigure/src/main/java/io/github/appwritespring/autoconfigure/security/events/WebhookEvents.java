package io.github.appwritespring.autoconfigure.security.events;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What an Appwrite event makes the session cache forget. A delivery carries one event,
 * named in {@code X-Appwrite-Webhook-Events} with all its expansions (e.g.
 * {@code users.U.sessions.S.delete,users.*.sessions.*.delete,...,users.*}); the most
 * specific name without a wildcard is the event. The user whose cached sessions go:
 * <ul>
 * <li>{@code users.U.sessions.S.delete}, {@code users.U.sessions.delete},
 * {@code users.U.delete}, {@code users.U.delete.mfa}, {@code users.U.update.*} (status,
 * labels, password, email, name, phone, prefs, MFA, verification), and
 * {@code users.U.recovery.T.update} / {@code users.U.verification.T.update} (a password
 * reset or an email verification completed): U;</li>
 * <li>{@code teams.T.memberships.M.create}, {@code .update}, {@code .update.status},
 * {@code .delete}, when team authorities are on: the membership's {@code userId}.</li>
 * </ul>
 * A user deleted ({@code users.U.delete}) is also said to be gone, for
 * {@link AppwriteUserDeletedEvent}. A session deletion forgets every session of its user,
 * not only that one: the cache is keyed by session secret and {@code account.get} does
 * not say which session a secret is (asking would double the cost of every resolution),
 * and Appwrite's "delete all my sessions" sends a single event for the last one deleted.
 * <p>
 * The signature covers the body, not the headers, so the event name is checked against
 * the body where the body names its user (a session's or token's {@code userId}, a user's
 * {@code $id}, a membership's team, ID and {@code userId}): a signed body replayed under
 * another event name evicts nothing. Only those fields are read; the rest of the body
 * (MFA secrets, recovery codes, tokens) is skipped unread.
 */
final class WebhookEvents {

	private static final JsonFactory JSON = new JsonFactory();

	/** Appwrite's IDs: up to 36 of a-z, A-Z, 0-9, period, hyphen, underscore. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,35}");

	/** User updates whose payload is not the user (the prefs, an authenticator). */
	private static final Set<String> UNCHECKED_UPDATES = Set.of("prefs", "mfa");

	private final boolean teams;

	/**
	 * Creates a new {@code WebhookEvents}.
	 * @param teams whether team memberships are authorities (and so cached)
	 */
	WebhookEvents(boolean teams) {
		this.teams = teams;
	}

	/**
	 * Decides what a delivery makes the cache forget.
	 * @param events the {@code X-Appwrite-Webhook-Events} header
	 * @param body the delivery's body, already verified as Appwrite's
	 * @return the decision
	 */
	Decision decide(@Nullable String events, byte[] body) {
		String event = mostSpecific(events);
		if (event == null) {
			return Decision.MALFORMED;
		}
		String[] part = event.split("\\.", -1);
		for (String segment : part) {
			if (segment.isEmpty()) {
				return Decision.MALFORMED;
			}
		}
		if (part[0].equals("users") && part.length >= 3 && isId(part[1])) {
			return userEvent(part, body);
		}
		if (part[0].equals("teams") && part.length >= 5 && part[2].equals("memberships") && isId(part[1])
				&& isId(part[3])) {
			return membershipEvent(part, body);
		}
		return Decision.NOTHING;
	}

	private Decision userEvent(String[] part, byte[] body) {
		String user = part[1];
		String action = String.join(".", Arrays.copyOfRange(part, 2, part.length));
		if (action.equals("delete")) {
			return user.equals(fields(body).id()) ? Decision.deleted(user) : Decision.INCONSISTENT;
		}
		if (action.equals("delete.mfa") || action.equals("sessions.delete")) {
			return evictIf(user.equals(fields(body).id()), user);
		}
		if (part.length == 4 && part[2].equals("update")) {
			return evictIf(UNCHECKED_UPDATES.contains(part[3]) || user.equals(fields(body).id()), user);
		}
		if (part.length == 5 && part[2].equals("sessions") && part[4].equals("delete") && isId(part[3])) {
			// not the session ID: "delete all my sessions" names the last one deleted and
			// carries the current one
			return evictIf(user.equals(fields(body).userId()), user);
		}
		if (part.length == 5 && (part[2].equals("recovery") || part[2].equals("verification"))
				&& part[4].equals("update") && isId(part[3])) {
			return evictIf(user.equals(fields(body).userId()), user);
		}
		return Decision.NOTHING;
	}

	private Decision membershipEvent(String[] part, byte[] body) {
		String action = String.join(".", Arrays.copyOfRange(part, 4, part.length));
		if (!Set.of("create", "update", "update.status", "delete").contains(action) || !this.teams) {
			return Decision.NOTHING;
		}
		Fields membership = fields(body);
		String member = membership.userId();
		if (member == null || !isId(member) || !part[1].equals(membership.teamId())
				|| !part[3].equals(membership.id())) {
			return Decision.INCONSISTENT;
		}
		return Decision.evict(member);
	}

	private static Decision evictIf(boolean consistent, String user) {
		return consistent ? Decision.evict(user) : Decision.INCONSISTENT;
	}

	/** The expansion with the most segments and no wildcard: the event itself. */
	private static @Nullable String mostSpecific(@Nullable String events) {
		if (events == null) {
			return null;
		}
		String best = null;
		int bestSegments = 0;
		for (String candidate : events.split(",")) {
			String event = candidate.trim();
			if (event.isEmpty() || event.contains("*")) {
				continue;
			}
			int segments = event.split("\\.", -1).length;
			if (segments > bestSegments) {
				best = event;
				bestSegments = segments;
			}
		}
		return best;
	}

	private static boolean isId(String value) {
		return ID.matcher(value).matches();
	}

	/**
	 * Reads the top-level {@code $id}, {@code userId} and {@code teamId} strings, and
	 * skips everything else unread.
	 */
	static Fields fields(byte[] body) {
		String id = null;
		String userId = null;
		String teamId = null;
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return Fields.NONE;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value == JsonToken.VALUE_STRING
						&& ("$id".equals(name) || "userId".equals(name) || "teamId".equals(name))) {
					String text = parser.getString();
					switch (name) {
						case "$id" -> id = text;
						case "userId" -> userId = text;
						default -> teamId = text;
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			return Fields.NONE;
		}
		return new Fields(id, userId, teamId);
	}

	/**
	 * The fields of a body that name what it is about.
	 *
	 * @param id {@code $id}
	 * @param userId {@code userId}
	 * @param teamId {@code teamId}
	 */
	record Fields(@Nullable String id, @Nullable String userId, @Nullable String teamId) {

		static final Fields NONE = new Fields(null, null, null);

	}

	/**
	 * What a delivery makes the cache forget.
	 *
	 * @param kind what kind of decision
	 * @param userId the user to forget, for {@link Kind#EVICT}
	 */
	record Decision(Kind kind, @Nullable String userId, boolean userDeleted) {

		static final Decision NOTHING = new Decision(Kind.NOTHING, null, false);

		static final Decision INCONSISTENT = new Decision(Kind.INCONSISTENT, null, false);

		static final Decision MALFORMED = new Decision(Kind.MALFORMED, null, false);

		static Decision evict(String userId) {
			return new Decision(Kind.EVICT, userId, false);
		}

		/** The user is gone: forget its sessions, and tell the application. */
		static Decision deleted(String userId) {
			return new Decision(Kind.EVICT, userId, true);
		}

		enum Kind {

			/** Forget the user's cached sessions. */
			EVICT,

			/** Nothing cached depends on the event. */
			NOTHING,

			/**
			 * The event's name and its signed body disagree: a replay under another name.
			 */
			INCONSISTENT,

			/** No event named. */
			MALFORMED

		}

	}

}
