package io.github.appwritespring.sample.auth;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.util.unit.DataSize;

/**
 * Answers 413 rather than 403 when the CSRF token of a multipart upload could not be read
 * because the body is over the multipart limit: the token is a field of the body (never
 * the URL, which access logs keep), and the server stops reading a body that is too
 * large. Every other refusal is Spring Security's usual 403.
 */
final class OversizedUploadAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	private final long maxFileSize;

	OversizedUploadAccessDeniedHandler(DataSize maxFileSize) {
		this.maxFileSize = maxFileSize.toBytes();
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String contentType = request.getContentType();
		if (denied instanceof CsrfException && contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > this.maxFileSize) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		this.otherwise.handle(request, response, denied);
	}

}
