package io.github.appwritespring.emulator.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appwrite's generateEvents, checked against names worked out by hand from its code. */
class EventNamesTests {

	private static Map<String, String> params(String... namesAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	@Test
	void membershipStatusUpdate() {
		assertThat(EventNames.generate("teams.[teamId].memberships.[membershipId].update.status",
				params("teamId", "T", "membershipId", "M")))
			.containsExactly("teams.T.memberships.M.update.status", "teams.*.memberships.*.update.status",
					"teams.T.memberships.*.update.status", "teams.*.memberships.M.update.status",
					"teams.T.memberships.M.update", "teams.*.memberships.*.update", "teams.T.memberships.*.update",
					"teams.*.memberships.M.update", "teams.T.memberships.M", "teams.*.memberships.*",
					"teams.T.memberships.*", "teams.*.memberships.M", "teams.T.update.status", "teams.*.update.status",
					"teams.T", "teams.*");
	}

	@Test
	void deleteAllSessionsHasNoSessionId() {
		// parsed as action "sessions", attribute "delete": users.*.sessions.*.delete is
		// not among them
		assertThat(EventNames.generate("users.[userId].sessions.delete", params("userId", "U"))).containsExactly(
				"users.U.sessions", "users.*.sessions", "users.U.sessions.delete", "users.*.sessions.delete", "users.U",
				"users.*");
	}

	@Test
	void missingParameterIsRefused() {
		assertThatThrownBy(() -> EventNames.generate("users.[userId].create", params()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rawUrlDecodeKeepsPlusAndDecodesPercent() {
		assertThat(new String(Webhooks.rawUrlDecode("http://h/p?a=x%20y+z%2Bw%zz"), StandardCharsets.UTF_8))
			.isEqualTo("http://h/p?a=x y+z+w%zz");
	}

}
