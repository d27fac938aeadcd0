package io.github.appwritespring.sample.web;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (or {@code null}) into every page's model as {@code currentUser}, for the header.
 */
@ControllerAdvice
public class CurrentUserAdvice {

	/**
	 * @return the signed-in Appwrite user, or {@code null} for a visitor
	 */
	@ModelAttribute("currentUser")
	public @Nullable AppwriteUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AppwriteUser user) ? user : null;
	}

}
