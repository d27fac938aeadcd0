package io.github.appwritespring.consumer;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.model.User;

/**
 * The README's controller, answering JSON: the admin client (a singleton, API key) and
 * the signed-in user's session client (per request), two beans of distinct types.
 */
@RestController
class MeController {

	private final AppwriteClient admin;

	MeController(AppwriteClient admin) {
		this.admin = admin;
	}

	@GetMapping("/me")
	Map<String, Object> me(AppwriteSessionClient me) {
		User user = me.account().get();
		return Map.of("id", user.id(), "email", user.email(), "name", user.name());
	}

	@GetMapping("/users/count")
	Map<String, Object> users() {
		return Map.of("total", this.admin.users().list(null, null).total());
	}

}
