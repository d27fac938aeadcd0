package io.github.appwritespring.emulator.internal.permission;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionsTests {

	private static final Caller KEY = Caller.apiKey();

	private static final Caller GUEST = Caller.guest();

	static Caller user(String id, boolean verified, String... labels) {
		ObjectNode user = Json.object();
		user.put("$id", id);
		user.put("email", id + "@example.com");
		user.put("emailVerification", verified);
		user.set("labels", Json.strings(List.of(labels)));
		ObjectNode confirmed = Json.object();
		confirmed.put("$id", "m1");
		confirmed.put("userId", id);
		confirmed.put("teamId", "t1");
		confirmed.set("roles", Json.strings(List.of("owner", "editor")));
		confirmed.put("confirm", true);
		ObjectNode invited = Json.object();
		invited.put("$id", "m2");
		invited.put("userId", id);
		invited.put("teamId", "t2");
		invited.set("roles", Json.strings(List.of("owner")));
		invited.put("confirm", false);
		return Caller.signedIn(user, null, List.of(confirmed, invited));
	}

	@Test
	void rolesOfAUserFollowAppwrite() {
		assertThat(user("ada", false, "admin").rolesInOrder()).containsExactly("any", "users", "user:ada",
				"users/unverified", "user:ada/unverified", "team:t1", "team:t1/owner", "team:t1/editor", "member:m1",
				"label:admin");
		assertThat(user("ada", true).roles()).contains("users/verified", "user:ada/verified").doesNotContain("team:t2");
		assertThat(GUEST.roles()).containsExactlyInAnyOrder("any", "guests");
	}

	@Test
	void normalizeExpandsWriteByResourceKindAndDedups() {
		assertThat(Permissions.normalize("permissions", List.of("write(\"any\")", "read(\"any\")", "update(\"any\")"),
				ResourceKind.ROW))
			.containsExactly("update(\"any\")", "delete(\"any\")", "read(\"any\")");
		assertThat(Permissions.normalize("permissions", List.of("write(\"users\")"), ResourceKind.BUCKET))
			.containsExactly("create(\"users\")", "update(\"users\")", "delete(\"users\")");
		assertThat(Permissions.normalize("permissions",
				List.of("read(\"team:t1/owner\")", "read(\"user:ada/verified\")", "read(\"label:vip\")",
						"read(\"member:m1\")", "read(\"users/unverified\")", "read(\"guests\")"),
				ResourceKind.FILE))
			.hasSize(6);
	}

	@Test
	void badPermissionStringsAre400NamingTheParam() {
		for (String bad : List.of("read(any)", "read(\"nobody\")", "grant(\"any\")", "read(\"user:\")",
				"read(\"users/maybe\")", "read(\"any/x\")", "read(\"label:not ok\")", "read(\"member:m1/owner\")",
				"read(\"user:-x\")", "")) {
			assertThatThrownBy(() -> Permissions.normalize("permissions", List.of(bad), ResourceKind.TABLE)).as(bad)
				.isInstanceOfSatisfying(ApiException.class, (e) -> {
					assertThat(e.status()).isEqualTo(400);
					assertThat(e.type()).isEqualTo("general_argument_invalid");
					assertThat(e.getMessage()).startsWith("Invalid `permissions` param: ");
				});
		}
		assertThatThrownBy(() -> Permissions.normalize("permissions", List.of("create(\"any\")"), ResourceKind.ROW))
			.hasMessage(
					"Invalid `permissions` param: Permission \"create\" is not allowed. Must be one of: read, update, delete, write.");
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add("read(\"user:u" + i + "\")");
		}
		assertThatThrownBy(() -> Permissions.normalize("permissions", tooMany, ResourceKind.ROW))
			.isInstanceOf(ApiException.class);
	}

	@Test
	void nonKeyCallersMayOnlyGrantRolesTheyHold() {
		Caller ada = user("ada", false);
		Permissions.requireGrantable(ada, List.of("read(\"user:ada\")", "update(\"team:t1/owner\")", "read(\"any\")"));
		Permissions.requireGrantable(KEY, List.of("read(\"user:bob\")"));
		assertThatThrownBy(() -> Permissions.requireGrantable(ada, List.of("read(\"user:bob\")")))
			.isInstanceOfSatisfying(ApiException.class, (e) -> {
				assertThat(e.status()).isEqualTo(401);
				assertThat(e.type()).isEqualTo("user_unauthorized");
				assertThat(e.getMessage()).startsWith("Permissions must be one of: (any, users, user:ada,");
			});
		assertThatThrownBy(() -> Permissions.requireGrantable(ada, List.of("read(\"team:t2\")")))
			.isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> Permissions.requireGrantable(GUEST, List.of("read(\"users\")")))
			.isInstanceOf(ApiException.class);
	}

	@Test
	void defaultsGiveTheCreatorReadUpdateDeleteAndTheKeyNothing() {
		assertThat(Permissions.defaultsFor(user("ada", false), ResourceKind.ROW)).containsExactly("read(\"user:ada\")",
				"update(\"user:ada\")", "delete(\"user:ada\")");
		assertThat(Permissions.defaultsFor(KEY, ResourceKind.FILE)).isEmpty();
		assertThat(Permissions.defaultsFor(GUEST, ResourceKind.FILE)).isEmpty();
	}

	@Test
	void checksCombineContainerAndItemPermissionsWithTheSecurityFlag() {
		Caller ada = user("ada", false, "vip");
		List<String> table = List.of("read(\"label:vip\")", "create(\"users\")");
		List<String> row = List.of("update(\"user:ada\")", "delete(\"team:t1/editor\")");
		assertThat(Permissions.allows(ada, PermissionAction.READ, table, false, row)).isTrue();
		assertThat(Permissions.allows(ada, PermissionAction.CREATE, table, false, row)).isTrue();
		assertThat(Permissions.allows(ada, PermissionAction.UPDATE, table, false, row)).isFalse();
		assertThat(Permissions.allows(ada, PermissionAction.UPDATE, table, true, row)).isTrue();
		assertThat(Permissions.allows(ada, PermissionAction.DELETE, table, true, row)).isTrue();
		assertThat(Permissions.allows(GUEST, PermissionAction.READ, table, true, row)).isFalse();
		assertThat(Permissions.allows(GUEST, PermissionAction.READ, List.of("read(\"guests\")"))).isTrue();
		assertThat(Permissions.allows(ada, PermissionAction.READ, List.of("read(\"guests\")"))).isFalse();
		assertThat(Permissions.allows(KEY, PermissionAction.DELETE, List.of(), false, List.of())).isTrue();
		assertThat(Permissions.allows(ada, PermissionAction.READ, List.of("read(\"user:adam\")"))).isFalse();
	}

	@Test
	void permissionStringsRoundTrip() {
		assertThat(Permission.parse("update(\"team:t1/owner\")").toString()).isEqualTo("update(\"team:t1/owner\")");
		assertThat(Permission.parse("read(\"any\")").action()).contains(PermissionAction.READ);
		assertThat(Permission.parse("write(\"any\")").action()).isEmpty();
		assertThat(Permissions.fromJson(Json.MAPPER.readTree("[\"read(\\\"any\\\")\", 5]")))
			.containsExactly("read(\"any\")");
	}

}
