package io.github.appwritespring.emulator.internal.auth;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Computes the Appwrite roles of a signed-in user (see {@link Caller#roles()}). */
final class UserRoles {

	private UserRoles() {
	}

	static List<String> of(ObjectNode user, List<ObjectNode> memberships) {
		String id = user.path("$id").asString("");
		boolean verified = user.path("emailVerification").asBoolean(false)
				|| user.path("phoneVerification").asBoolean(false);
		String status = verified ? "verified" : "unverified";
		List<String> roles = new ArrayList<>();
		roles.add("any");
		roles.add("users");
		roles.add("user:" + id);
		roles.add("users/" + status);
		roles.add("user:" + id + "/" + status);
		for (ObjectNode membership : memberships) {
			if (!membership.path("confirm").asBoolean(false) || !id.equals(membership.path("userId").asString(""))) {
				continue;
			}
			String team = membership.path("teamId").asString("");
			roles.add("team:" + team);
			for (JsonNode role : membership.path("roles")) {
				roles.add("team:" + team + "/" + role.asString(""));
			}
			roles.add("member:" + membership.path("$id").asString(""));
		}
		for (JsonNode label : user.path("labels")) {
			roles.add("label:" + label.asString(""));
		}
		return roles;
	}

}
