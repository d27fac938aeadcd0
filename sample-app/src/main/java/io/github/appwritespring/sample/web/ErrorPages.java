package io.github.appwritespring.sample.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import io.github.appwritespring.client.AppwriteConnectionException;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.AppwriteException;
import io.github.appwritespring.client.AppwriteUnreadableResponseException;

/**
 * Turns Appwrite failures the pages did not handle into Spring Boot's error pages
 * ({@code templates/error/*}): Appwrite unreachable or answering nonsense is 503 "try
 * again", an Appwrite refusal is 403 or 404 by its status, anything else from Appwrite a
 * 500 with no details shown.
 */
@ControllerAdvice
public class ErrorPages {

	private static final Log logger = LogFactory.getLog(ErrorPages.class);

	/**
	 * Returns the 503 page.
	 * @param ex the failure
	 * @return the 503 page
	 */
	@ExceptionHandler({ AppwriteConnectionException.class, AppwriteUnreadableResponseException.class })
	public ModelAndView unavailable(AppwriteException ex) {
		logger.warn("Appwrite unavailable: " + ex.getMessage());
		return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * Returns the 403, 404 or 5xx page.
	 * @param ex the refusal Appwrite answered with
	 * @return the 403, 404 or 5xx page
	 */
	@ExceptionHandler(AppwriteErrorResponseException.class)
	public ModelAndView refused(AppwriteErrorResponseException ex) {
		if (ex.getStatus() == 401 || ex.getStatus() == 403) {
			return page("error/403", HttpStatus.FORBIDDEN);
		}
		if (ex.getStatus() == 404) {
			return page("error/404", HttpStatus.NOT_FOUND);
		}
		if (ex.getStatus() >= 500) {
			logger.warn("Appwrite failed: " + ex.getMessage());
			return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		}
		logger.error("Appwrite refused a request the app did not expect to be refused: " + ex.getMessage());
		return page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		return page;
	}

}
