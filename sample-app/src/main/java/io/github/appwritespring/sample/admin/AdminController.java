package io.github.appwritespring.sample.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;

/**
 * {@code /admin}: every user of the project, read with the admin client (API key). The
 * security chain lets only users with the {@code admin} label in; everyone else gets 403.
 */
@Controller
public class AdminController {

	private static final int MAX_USERS = 100;

	private final AppwriteClient admin;

	/**
	 * Creates a new {@code AdminController}.
	 * @param admin the admin client
	 */
	public AdminController(AppwriteClient admin) {
		this.admin = admin;
	}

	/**
	 * Returns the users page, newest first.
	 * @return the users page, newest first
	 */
	@GetMapping("/admin")
	public ModelAndView users() {
		ModelAndView page = new ModelAndView("admin/users");
		page.addObject("users",
				this.admin.users().list(List.of(Query.orderDesc("$createdAt"), Query.limit(MAX_USERS)), null));
		return page;
	}

}
