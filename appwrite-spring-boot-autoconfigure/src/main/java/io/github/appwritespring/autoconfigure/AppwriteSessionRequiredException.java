package io.github.appwritespring.autoconfigure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request has no Appwrite session, so no session client can be made for it. Spring MVC and WebFlux answer it
 * with 401 Unauthorized.
 */
public class AppwriteSessionRequiredException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param cookieName the session cookie that was missing
	 */
	public AppwriteSessionRequiredException(String cookieName) {
		super(HttpStatus.UNAUTHORIZED, problem(cookieName), null);
	}

	private static ProblemDetail problem(String cookieName) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"This request has no Appwrite session (cookie '" + cookieName + "' missing or invalid). Sign in first.");
		problem.setTitle("Appwrite session required");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
