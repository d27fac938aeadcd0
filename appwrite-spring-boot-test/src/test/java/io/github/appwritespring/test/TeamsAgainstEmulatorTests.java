package io.github.appwritespring.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Teams through our client against the emulator, and team roles feeding row permissions.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class TeamsAgainstEmulatorTests {

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void teamRolesGrantRowAccess() {
		AppwriteClient alice = EmulatorClients.signIn(this.admin, "alice@example.com");
		AppwriteClient bob = EmulatorClients.signIn(this.admin, "bob@example.com");
		String aliceId = alice.account().get().id();
		Team team = this.admin.teams().create("editors", "Editors", null);
		assertThat(team.total()).isZero();
		Membership membership = this.admin.teams()
			.createMembership("editors", List.of("editor"), null, aliceId, null, null, null);
		assertThat(membership.confirm()).isTrue();
		assertThat(this.admin.teams().get("editors").total()).isEqualTo(1);
		assertThat(this.admin.users().listMemberships(aliceId, null, null).memberships()).extracting(Membership::teamId)
			.containsExactly("editors");

		this.admin.tablesDb().create("main", "Main", null);
		this.admin.tablesDb().createTable("main", "docs", "Docs", List.of(), true, null);
		this.admin.tablesDb().createStringColumn("main", "docs", "title", 50, true, null, null);
		this.admin.tablesDb()
			.createRow("main", "docs", "d1", Map.of("title", "For editors"),
					List.of(Permission.read(Role.team("editors", "editor"))));

		assertThat(alice.tablesDb().getRow("main", "docs", "d1").data()).containsEntry("title", "For editors");
		assertThatThrownBy(() -> bob.tablesDb().getRow("main", "docs", "d1")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("row_not_found"));

		assertThat(alice.teams().list(null, null).teams()).extracting(Team::id).containsExactly("editors");
		assertThat(bob.teams().list(null, null).total()).isZero();
		assertThatThrownBy(() -> alice.teams()
			.createMembership("editors", List.of("editor"), "bob@example.com", null, null, "http://localhost/join",
					null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getStatus()).isEqualTo(401));

		this.admin.teams().updateMembership("editors", membership.id(), List.of("viewer"));
		assertThatThrownBy(() -> alice.tablesDb().getRow("main", "docs", "d1")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("row_not_found"));

		String bobId = bob.account().get().id();
		this.admin.teams().createMembership("editors", List.of("viewer"), null, bobId, null, null, null);
		assertThat(this.admin.teams().get("editors").total()).isEqualTo(2);
		this.admin.users().delete(bobId);
		assertThat(this.admin.teams().get("editors").total()).as("a deleted user's membership no longer counts")
			.isEqualTo(1);
	}

	@Test
	void aUsersOwnTeamMakesThemItsOwner() {
		AppwriteClient carol = EmulatorClients.signIn(this.admin, "carol@example.com");
		Team team = carol.teams().create(ID.unique(), "Carol's", null);
		assertThat(team.total()).isEqualTo(1);
		assertThat(carol.teams().listMemberships(team.id(), null, null).memberships().get(0).roles())
			.containsExactly("owner");
		carol.teams().updateName(team.id(), "Renamed");
		assertThat(carol.teams().updatePrefs(team.id(), Map.of("color", "blue"))).containsEntry("color", "blue");
		carol.teams().delete(team.id());
		assertThat(carol.teams().list(null, null).total()).isZero();
	}

}
