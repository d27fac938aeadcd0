package io.github.appwritespring.autoconfigure.security.events;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.events.WebhookEvents.Decision;
import io.github.appwritespring.autoconfigure.security.events.WebhookEvents.Decision.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each of Appwrite's events makes the cache forget, with the headers Appwrite sends
 * (the event and its expansions) and the payloads it sends.
 */
class WebhookEventsTests {

	private final WebhookEvents withTeams = new WebhookEvents(true);

	private static byte[] json(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static String expansions(String event) {
		// as Appwrite: the event first, then wildcard forms and shorter ones
		return event + ",users.*.sessions.*.delete,users." + event.split("\\.")[1] + ",users.*";
	}

	@Test
	void userEventsEvictTheirUser() {
		byte[] user = json("{\"$id\":\"u1\",\"name\":\"A\",\"labels\":[\"x\"],\"prefs\":{\"$id\":\"nested\"}}");
		for (String event : new String[] { "users.u1.delete.mfa", "users.u1.sessions.delete", "users.u1.update.status",
				"users.u1.update.labels", "users.u1.update.password", "users.u1.update.email", "users.u1.update.name",
				"users.u1.update.phone", "users.u1.update.verification" }) {
			assertThat(this.withTeams.decide(expansions(event), user)).as(event).isEqualTo(Decision.evict("u1"));
		}
	}

	@Test
	void aDeletedUserIsEvictedAndSaidToBeGone() {
		byte[] user = json("{\"$id\":\"u1\",\"name\":\"A\"}");
		Decision decision = this.withTeams.decide(expansions("users.u1.delete"), user);
		assertThat(decision).isEqualTo(Decision.deleted("u1"));
		assertThat(decision.kind()).isEqualTo(Kind.EVICT);
		assertThat(decision.userDeleted()).isTrue();
		assertThat(this.withTeams.decide(expansions("users.u1.delete.mfa"), user).userDeleted()).isFalse();
		assertThat(this.withTeams.decide("users.victim.delete", user).kind()).as("renamed")
			.isEqualTo(Kind.INCONSISTENT);
	}

	@Test
	void sessionDeletionsEvictTheUserWhicheverSessionThePayloadIs() {
		byte[] session = json("{\"$id\":\"s9\",\"userId\":\"u1\",\"secret\":\"\"}");
		assertThat(this.withTeams.decide(expansions("users.u1.sessions.s1.delete"), session))
			.isEqualTo(Decision.evict("u1"));
	}

	@Test
	void prefsAndMfaPayloadsAreNotTheUserAndAreNotRead() {
		assertThat(this.withTeams.decide("users.u1.update.prefs,users.*", json("{\"theme\":\"dark\"}")))
			.isEqualTo(Decision.evict("u1"));
		assertThat(this.withTeams.decide("users.u1.update.mfa,users.*",
				json("{\"secret\":\"JBSWY3DPEHPK3PXP\",\"uri\":\"otpauth://...\"}")))
			.isEqualTo(Decision.evict("u1"));
		assertThat(this.withTeams.decide("users.u1.update.mfa", json("{\"recoveryCodes\":[\"a\",\"b\"]}")))
			.isEqualTo(Decision.evict("u1"));
	}

	@Test
	void completedRecoveryAndVerificationEvict() {
		byte[] token = json("{\"$id\":\"t1\",\"userId\":\"u1\",\"secret\":\"s\"}");
		assertThat(this.withTeams.decide("users.u1.recovery.t1.update,users.*", token)).isEqualTo(Decision.evict("u1"));
		assertThat(this.withTeams.decide("users.u1.verification.t1.update", token)).isEqualTo(Decision.evict("u1"));
		assertThat(this.withTeams.decide("users.u1.recovery.t1.create", token).kind()).isEqualTo(Kind.NOTHING);
	}

	@Test
	void membershipsEvictTheMemberOnlyWithTeamAuthorities() {
		byte[] membership = json("{\"$id\":\"m1\",\"teamId\":\"t1\",\"userId\":\"u7\",\"roles\":[]}");
		for (String event : new String[] { "teams.t1.memberships.m1.create", "teams.t1.memberships.m1.update",
				"teams.t1.memberships.m1.update.status", "teams.t1.memberships.m1.delete" }) {
			assertThat(this.withTeams.decide(event + ",teams.*.memberships.*,teams.t1,teams.*", membership)).as(event)
				.isEqualTo(Decision.evict("u7"));
			assertThat(new WebhookEvents(false).decide(event, membership).kind()).isEqualTo(Kind.NOTHING);
		}
		assertThat(this.withTeams.decide("teams.t2.memberships.m1.delete", membership).kind())
			.as("another team's name on this body")
			.isEqualTo(Kind.INCONSISTENT);
		assertThat(this.withTeams.decide("teams.t1.memberships.m1.delete", json("{\"$id\":\"m1\"}")).kind())
			.isEqualTo(Kind.INCONSISTENT);
	}

	@Test
	void eventsNothingCachedDependsOnChangeNothing() {
		byte[] session = json("{\"$id\":\"s1\",\"userId\":\"u1\"}");
		assertThat(this.withTeams.decide("users.u1.sessions.s1.create,users.*", session).kind())
			.isEqualTo(Kind.NOTHING);
		assertThat(this.withTeams.decide("users.u1.create", json("{\"$id\":\"u1\"}")).kind()).isEqualTo(Kind.NOTHING);
		assertThat(this.withTeams.decide("databases.d.collections.c.documents.x.create", json("{}")).kind())
			.isEqualTo(Kind.NOTHING);
	}

	@Test
	void aSignedBodyUnderAnotherEventNameEvictsNothing() {
		assertThat(this.withTeams.decide("users.victim.delete", json("{\"$id\":\"u1\"}")).kind())
			.isEqualTo(Kind.INCONSISTENT);
		assertThat(this.withTeams.decide("users.victim.sessions.s1.delete", json("{\"$id\":\"s1\",\"userId\":\"u1\"}"))
			.kind()).isEqualTo(Kind.INCONSISTENT);
		assertThat(this.withTeams.decide("users.victim.update.labels", json("not json")).kind())
			.isEqualTo(Kind.INCONSISTENT);
	}

	@Test
	void onlyTheMostSpecificNameCountsAndOddNamesAreRefused() {
		byte[] user = json("{\"$id\":\"u1\"}");
		assertThat(this.withTeams.decide("users.*,users.u1.update.name,users.u1", user))
			.isEqualTo(Decision.evict("u1"));
		assertThat(this.withTeams.decide(null, user).kind()).isEqualTo(Kind.MALFORMED);
		assertThat(this.withTeams.decide("users.*,users.*.update", user).kind()).isEqualTo(Kind.MALFORMED);
		assertThat(this.withTeams.decide("users..delete", user).kind()).isEqualTo(Kind.MALFORMED);
		assertThat(this.withTeams.decide("users." + "x".repeat(40) + ".delete", user).kind()).as("not an Appwrite ID")
			.isEqualTo(Kind.NOTHING);
	}

}
