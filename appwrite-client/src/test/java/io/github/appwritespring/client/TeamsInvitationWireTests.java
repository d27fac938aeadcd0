package io.github.appwritespring.client;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.AcceptedInvitation;
import io.github.appwritespring.client.model.Membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inviting a team member with a link and accepting the invitation as a guest, whose
 * session Appwrite hands over only in its cookie headers.
 */
class TeamsInvitationWireTests {

	private static final String KEY = "standard_teams_key";

	/** A session value as Appwrite makes it: Base64 of {"id":..,"secret":..}. */
	private static final String SESSION_VALUE = "eyJpZCI6ImFsaWNlIiwic2VjcmV0IjoiYWJjIn0+/w==";

	private static final String URL_ENCODED_SESSION_VALUE = "eyJpZCI6ImFsaWNlIiwic2VjcmV0IjoiYWJjIn0%2B%2Fw%3D%3D";

	private static final String STATUS_PATH = "/v1/teams/t1/memberships/m1/status";

	private RecordingServer server;

	private AppwriteClient admin;

	@BeforeEach
	void start() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client(KEY);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private Recorded asGuest() throws InterruptedException {
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isNull();
		assertThat(request.header("X-Appwrite-Session")).isNull();
		assertThat(request.header("X-Appwrite-JWT")).isNull();
		assertThat(request.header("X-Appwrite-Project")).isEqualTo("proj");
		return request;
	}

	private static void assertAcceptance(Recorded request) {
		assertThat(request.method()).isEqualTo("PATCH");
		assertThat(request.path()).isEqualTo(STATUS_PATH);
		assertThat(request.bodyText()).isEqualTo("{\"userId\":\"alice\",\"secret\":\"invite-secret\"}");
	}

	@Test
	void anOwnerInvitesWithALink() throws Exception {
		this.server.enqueue(Reply.json(201, Fixtures.MEMBERSHIP.replace("\"confirm\":true", "\"confirm\":false")));
		Membership pending = this.admin.withSession("b3duZXI=")
			.teams()
			.createMembership("t1", List.of("editor"), "alice@example.com", null, null, "https://app.example.com/join",
					null);
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Key")).isNull();
		assertThat(request.header("X-Appwrite-Session")).isEqualTo("b3duZXI=");
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/teams/t1/memberships");
		assertThat(request.bodyText()).isEqualTo(
				"{\"roles\":[\"editor\"],\"email\":\"alice@example.com\",\"url\":\"https://app.example.com/join\"}");
		assertThat(pending.confirm()).isFalse();
	}

	@Test
	void updateMembershipStatusAnswersTheMembership() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP));
		Membership membership = this.admin.asGuest()
			.teams()
			.updateMembershipStatus("t1", "m1", "alice", "invite-secret");
		assertAcceptance(asGuest());
		assertThat(membership.confirm()).isTrue();
	}

	@Test
	void acceptingAsAGuestReturnsTheSessionFromSetCookie() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP)
			.withHeaders("Set-Cookie",
					"a_session_proj_legacy=" + URL_ENCODED_SESSION_VALUE
							+ "; expires=Fri, 01 Jan 2027 10:00:00 GMT; path=/; httponly",
					"a_session_proj=" + URL_ENCODED_SESSION_VALUE
							+ "; expires=Fri, 01 Jan 2027 10:00:00 GMT; path=/; httponly; samesite=None"));
		AcceptedInvitation accepted = this.admin.asGuest()
			.teams()
			.acceptInvitation("t1", "m1", "alice", "invite-secret");
		assertAcceptance(asGuest());
		assertThat(accepted.membership().teamId()).isEqualTo("t1");
		assertThat(accepted.hasSession()).isTrue();
		assertThat(accepted.sessionSecret()).as("URL-decoded, Base64 '+' and '/' kept").isEqualTo(SESSION_VALUE);
		assertThat(accepted.toString()).contains("m1")
			.doesNotContain(SESSION_VALUE)
			.doesNotContain(URL_ENCODED_SESSION_VALUE)
			.doesNotContain("eyJpZCI6");
	}

	@Test
	void theSessionHeadersAreNeverLogged() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP)
			.withHeader("X-Appwrite-Warning", "Deprecated route used by this SDK")
			.withHeader("X-Fallback-Cookies", "{\"a_session_proj\":\"" + SESSION_VALUE + "\"}")
			.withHeaders("Set-Cookie", "a_session_proj=" + URL_ENCODED_SESSION_VALUE + "; path=/"));
		try (CapturedLog log = new CapturedLog(io.github.appwritespring.client.transport.AppwriteTransport.class)) {
			assertThat(this.admin.asGuest().teams().acceptInvitation("t1", "m1", "alice", "invite-secret").hasSession())
				.isTrue();
			assertThat(log.records()).isNotEmpty()
				.allSatisfy((logRecord) -> assertThat(logRecord.getMessage()).doesNotContain(SESSION_VALUE)
					.doesNotContain(URL_ENCODED_SESSION_VALUE)
					.doesNotContain("invite-secret"));
		}
		asGuest();
	}

	@Test
	void acceptingAsAGuestFallsBackToXFallbackCookies() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP)
			.withHeader("X-Fallback-Cookies", "{\"a_session_proj\":\"" + SESSION_VALUE + "\"}"));
		AcceptedInvitation accepted = this.admin.asGuest()
			.reactive()
			.teams()
			.acceptInvitation("t1", "m1", "alice", "invite-secret")
			.block();
		assertAcceptance(asGuest());
		assertThat(accepted).isNotNull();
		assertThat(accepted.sessionSecret()).isEqualTo(SESSION_VALUE);
	}

	@Test
	void theLegacyCookieServesWhenItIsTheOnlyOne() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP)
			.withHeaders("Set-Cookie", "a_session_proj_legacy=" + SESSION_VALUE + "; path=/; httponly"));
		AcceptedInvitation accepted = this.admin.asGuest()
			.teams()
			.acceptInvitation("t1", "m1", "alice", "invite-secret");
		asGuest();
		assertThat(accepted.sessionSecret()).isEqualTo(SESSION_VALUE);
	}

	@Test
	void cookiesOfOtherProjectsOrExpiredOnesAreNoSession() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP)
			.withHeaders("Set-Cookie", "a_session_other=" + SESSION_VALUE + "; path=/",
					"a_session_proj=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/",
					"a_session_proj_legacy=deleted; Max-Age=0; path=/")
			.withHeader("X-Fallback-Cookies", "not json " + SESSION_VALUE));
		AcceptedInvitation accepted = this.admin.asGuest()
			.teams()
			.acceptInvitation("t1", "m1", "alice", "invite-secret");
		asGuest();
		assertThat(accepted.hasSession()).isFalse();
		assertThat(accepted.sessionSecret()).isNull();
		assertThat(accepted.toString()).contains("(none)");
	}

	@Test
	void withTheInviteesOwnSessionAppwriteMakesNoNewOne() throws Exception {
		this.server.enqueue(Reply.json(200, Fixtures.MEMBERSHIP));
		AcceptedInvitation accepted = this.admin.withSession("aW52aXRlZQ==")
			.teams()
			.acceptInvitation("t1", "m1", "alice", "invite-secret");
		Recorded request = this.server.take();
		assertThat(request.header("X-Appwrite-Session")).isEqualTo("aW52aXRlZQ==");
		assertThat(request.header("X-Appwrite-Key")).isNull();
		assertThat(accepted.sessionSecret()).isNull();
	}

	@Test
	void theKeyIsRefusedBeforeAnythingIsSent() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.admin.teams().acceptInvitation("t1", "m1", "alice", "invite-secret"))
			.withMessageContaining("asGuest()")
			.withMessageNotContaining("invite-secret")
			.withMessageNotContaining(KEY);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.asGuest().teams().acceptInvitation("t1", "m1", "alice", " "))
			.withMessageContaining("'secret'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.asGuest().teams().updateMembershipStatus("t1", null, "alice", "s"))
			.withMessageContaining("'membershipId'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void invitationErrorsCarryAppwritesType() throws Exception {
		this.server.enqueue(Reply.json(401,
				Fixtures.error(401, AppwriteErrorTypes.TEAM_INVALID_SECRET, "The team invitation secret is invalid.")));
		this.server.enqueue(Reply.json(409, Fixtures.error(409, AppwriteErrorTypes.MEMBERSHIP_ALREADY_CONFIRMED,
				"Membership is already confirmed.")));
		assertThatThrownBy(() -> this.admin.asGuest().teams().acceptInvitation("t1", "m1", "alice", "invite-secret"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.is(AppwriteErrorTypes.TEAM_INVALID_SECRET)).isTrue();
				assertThat(ex.getMessage()).doesNotContain("invite-secret");
			});
		assertThatThrownBy(
				() -> this.admin.asGuest().teams().updateMembershipStatus("t1", "m1", "alice", "invite-secret"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.is(AppwriteErrorTypes.MEMBERSHIP_ALREADY_CONFIRMED)).isTrue());
	}

}
