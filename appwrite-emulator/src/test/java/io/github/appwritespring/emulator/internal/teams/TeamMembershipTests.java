package io.github.appwritespring.emulator.internal.teams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

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
		String invite = "{\"userId\":\"" + memberId + "\",\"roles\":[\"editor\"]}";
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
	}

}
