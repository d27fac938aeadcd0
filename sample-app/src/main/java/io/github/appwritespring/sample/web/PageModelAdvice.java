package io.github.appwritespring.sample.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.sample.SampleProperties;

/**
 * What every page may show, Spring Boot's error pages included: the signed-in user (or
 * {@code null}) as {@code currentUser}, for the header (with its "verify your email"
 * banner), the sentence for a {@code notice} code the starter's endpoints came back with
 * as {@code flash}, and the attachment size limit as {@code maxAttachmentSize}.
 */
@ControllerAdvice
public class PageModelAdvice {

	private final SampleProperties properties;

	/**
	 * Creates a new {@code PageModelAdvice}.
	 * @param properties the attachment size limit
	 */
	public PageModelAdvice(SampleProperties properties) {
		this.properties = properties;
	}

	/**
	 * Returns the largest attachment accepted, e.g. {@code 1 MB}.
	 * @return the largest attachment accepted, e.g. {@code 1 MB}
	 */
	@ModelAttribute("maxAttachmentSize")
	public String maxAttachmentSize() {
		return Sizes.human(this.properties.maxAttachmentSize());
	}

	/**
	 * Returns what just happened, from the {@code notice} code the starter's endpoints
	 * send a browser back with (e.g. {@code password_changed}), or {@code null}.
	 * @param request the request
	 * @return the sentence, or {@code null} for no code or one nobody knows
	 */
	@ModelAttribute("flash")
	public @Nullable String flash(HttpServletRequest request) {
		// the query string only: reading a parameter would parse a multipart body, which
		// fails again on the error page of an upload over the multipart limit
		String query = request.getQueryString();
		return (query != null)
				? PageMessages
					.notice(UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("notice"))
				: null;
	}

	/**
	 * Returns the signed-in Appwrite user, or {@code null} for a visitor.
	 * @return the signed-in Appwrite user, or {@code null} for a visitor
	 */
	@ModelAttribute("currentUser")
	public @Nullable AppwriteUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AppwriteUser user) ? user : null;
	}

}
