package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import reactor.core.publisher.Mono;

/**
 * Publishes an authentication event for each authentication, as the servlet stack's
 * {@code ProviderManager} does (Spring Security's reactive authentication publishes
 * none): a success with the result, a failure with the request and the
 * {@link AuthenticationException}. Other errors (e.g. Appwrite being unavailable) are no
 * authentication failure and publish nothing.
 */
final class PublishingReactiveAuthenticationManager implements ReactiveAuthenticationManager {

	private final ReactiveAuthenticationManager delegate;

	private final AuthenticationEventPublisher events;

	PublishingReactiveAuthenticationManager(ReactiveAuthenticationManager delegate,
			AuthenticationEventPublisher events) {
		this.delegate = delegate;
		this.events = events;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		return this.delegate.authenticate(authentication)
			.doOnNext(this.events::publishAuthenticationSuccess)
			.doOnError(AuthenticationException.class, (ex) -> {
				ex.setAuthenticationRequest(authentication);
				this.events.publishAuthenticationFailure(ex, authentication);
			});
	}

}
