package io.github.appwritespring.autoconfigure.security;

import java.io.Serial;
import java.util.Map;

import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;

/**
 * A sign-in, sign-up or OAuth2 completion that failed with an
 * {@link AppwriteSignInException}: wrong credentials, a blocked user, a throttled
 * attempt, an existing account, an invalid sign-up or a failed OAuth2 exchange. Its
 * source is the authentication request, whose {@code toString()} never shows the password
 * or token secret.
 * <p>
 * Spring Security's {@link DefaultAuthenticationEventPublisher} publishes a failure event
 * only for the exception classes it maps; the integration adds this mapping to every
 * {@code DefaultAuthenticationEventPublisher} bean (Spring Boot's, or the application's).
 * An application's own kind of {@code AuthenticationEventPublisher} gets the
 * {@code AppwriteSignInException} and decides itself.
 *
 * @since 0.1.0
 */
public class AppwriteSignInFailureEvent extends AbstractAuthenticationFailureEvent {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code AppwriteSignInFailureEvent}.
	 * @param authentication the authentication request
	 * @param exception an {@link AppwriteSignInException}
	 */
	public AppwriteSignInFailureEvent(Authentication authentication, AuthenticationException exception) {
		super(authentication, exception);
	}

	/**
	 * Returns why the sign-in failed.
	 * @return why the sign-in failed
	 */
	public Reason getReason() {
		return (getException() instanceof AppwriteSignInException failure) ? failure.getReason() : Reason.CREDENTIALS;
	}

	/**
	 * Makes a publisher publish this event for every {@link AppwriteSignInException},
	 * {@link AppwriteMfaRequiredException} included (the publisher maps exact classes).
	 * @param publisher a publisher
	 * @return the publisher
	 */
	public static DefaultAuthenticationEventPublisher mapped(DefaultAuthenticationEventPublisher publisher) {
		publisher.setAdditionalExceptionMappings(Map.of(AppwriteSignInException.class, AppwriteSignInFailureEvent.class,
				AppwriteMfaRequiredException.class, AppwriteSignInFailureEvent.class));
		return publisher;
	}

}
