package io.github.appwritespring.emulator.internal.teams;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;
import io.github.appwritespring.emulator.mail.Message;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class TeamMembershipTests {

	@Test
	void aPendingInvitationIsSentAgainAndAConfirmedMemberIsRefused(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		String ownerId = emulator.seedUser("owner@example.com", "owner-password");
		String memberId = emulator.seedUser("member@example.com", "member-password");
		TestHttp owner = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(ownerId));
		assertThat(owner.post("/teams", "{\"teamId\":\"crew\",\"name\":\"Crew\"}").status()).isEqualTo(201);
		String invite = "{\"userId\":\"" + memberId
				+ "\",\"roles\":[\"editor\"],\"url\":\"http://localhost:3000/join\"}";
		TestHttp.Result first = owner.post("/teams/crew/memberships", invite);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("confirm").asBoolean()).isFalse();
		TestHttp.Result again = owner.post("/teams/crew/memberships", invite);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("$id").asString()).isEqualTo(first.json().path("$id").asString());
		JsonNode confirmed = key.post("/teams/crew/memberships", invite).json();
		assertThat(confirmed.path("confirm").asBoolean()).isTrue();
		assertThat(confirmed.path("$id").asString()).isEqualTo(first.json().path("$id").asString());
		assertError(key.post("/teams/crew/memberships", invite), 409, "membership_already_confirmed");
		assertThat(key.get("/teams/crew/memberships").json().path("total").asInt()).isEqualTo(2);
		assertThat(emulator.mailbox().messagesTo("member@example.com")).hasSize(2);
	}

	@Test
	void anInvitationByEmailCreatesTheUserAndItsLinkSignsThemIn(AppwriteEmulator emulator) {
		String ownerId = emulator.seedUser("owner@example.com", "owner-password");
		TestHttp owner = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(ownerId));
		owner.post("/teams", "{\"teamId\":\"crew\",\"name\":\"<b>Crew</b>\"}");
		assertError(owner.post("/teams/crew/memberships", "{\"email\":\"new@example.com\",\"roles\":[]}"), 400,
				"general_argument_invalid");
		assertError(
				owner.post("/teams/crew/memberships",
						"{\"email\":\"new@example.com\",\"roles\":[],\"url\":\"https://evil.example/join\"}"),
				400, "general_argument_invalid");
		TestHttp.Result invited = owner.post("/teams/crew/memberships",
				"{\"email\":\"new@example.com\",\"roles\":[\"editor\"],\"url\":\"http://localhost:3000/join\",\"name\":\"Newbie\"}");
		assertThat(invited.status()).as(invited.response().body()).isEqualTo(201);
		Message mail = emulator.mailbox().awaitMessage("new@example.com", Duration.ofSeconds(2));
		assertThat(mail.subject()).isEqualTo("Invitation to <b>Crew</b> Team at emulator");
		Map<String, String> link = new LinkedHashMap<>();
		for (String pair : URI.create(mail.link().orElseThrow()).getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			link.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		assertThat(link).containsOnlyKeys("membershipId", "userId", "secret", "teamId", "teamName");
		String path = "/teams/crew/memberships/" + link.get("membershipId") + "/status";
		String body = "{\"userId\":\"" + link.get("userId") + "\",\"secret\":\"" + link.get("secret") + "\"}";
		assertError(TestHttp.key(emulator).patch(path, body), 401, "general_unauthorized_scope");
		assertError(TestHttp.guest(emulator).patch(path, body.replace(link.get("secret"), "0".repeat(256))), 401,
				"team_invalid_secret");
		TestHttp.Result accepted = TestHttp.guest(emulator).patch(path, body);
		assertThat(accepted.status()).as(accepted.response().body()).isEqualTo(200);
		assertThat(accepted.json().path("confirm").asBoolean()).isTrue();
		assertThat(accepted.json().has("secret")).isFalse();
		assertThat(accepted.headers("Set-Cookie")).anyMatch((c) -> c.startsWith("a_session_emulator="));
		String session = Json.MAPPER.readTree(accepted.header("X-Fallback-Cookies"))
			.path("a_session_emulator")
			.asString();
		JsonNode me = TestHttp.guest(emulator).with("X-Appwrite-Session", session).get("/account").json();
		assertThat(me.path("email").asString()).isEqualTo("new@example.com");
		assertThat(me.path("name").asString()).isEqualTo("Newbie");
		assertThat(me.path("emailVerification").asBoolean()).isTrue();
		assertError(TestHttp.guest(emulator).patch(path, body), 409, "membership_already_confirmed");
	}

	@Test
	void aPhoneOnlyInviteeGetsTheLinkBySmsAndAnotherUsersSessionCannotAcceptIt(AppwriteEmulator emulator) {
		String ownerId = emulator.seedUser("owner@example.com", "owner-password");
		TestHttp owner = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(ownerId));
		owner.post("/teams", "{\"teamId\":\"crew\",\"name\":\"Crew\"}");
		TestHttp.Result invited = owner.post("/teams/crew/memberships",
				"{\"phone\":\"+14155550199\",\"roles\":[],\"url\":\"http://localhost/join\"}");
		assertThat(invited.status()).as(invited.response().body()).isEqualTo(201);
		Message sms = emulator.mailbox().awaitMessage("+14155550199", Duration.ofSeconds(2));
		assertThat(sms.channel()).isEqualTo(Message.Channel.SMS);
		String query = URI.create(sms.link().orElseThrow()).getRawQuery();
		Map<String, String> link = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] kv = pair.split("=", 2);
			link.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		String path = "/teams/crew/memberships/" + link.get("membershipId") + "/status";
		String body = "{\"userId\":\"" + link.get("userId") + "\",\"secret\":\"" + link.get("secret") + "\"}";
		assertError(owner.patch(path, body), 401, "team_invite_mismatch");
		assertError(
				TestHttp.guest(emulator)
					.patch("/teams/other/memberships/" + link.get("membershipId") + "/status", body),
				404, "team_not_found");
		assertThat(TestHttp.guest(emulator).patch(path, body).status()).isEqualTo(200);
	}

}
