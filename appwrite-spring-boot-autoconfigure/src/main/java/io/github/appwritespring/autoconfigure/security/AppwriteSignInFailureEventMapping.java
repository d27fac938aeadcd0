package io.github.appwritespring.autoconfigure.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;

/**
 * Teaches every {@link DefaultAuthenticationEventPublisher} bean to publish an
 * {@link AppwriteSignInFailureEvent} for an {@link AppwriteSignInException}: it maps
 * exceptions by their exact class, so without this a failed Appwrite sign-in would
 * publish nothing.
 */
final class AppwriteSignInFailureEventMapping implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DefaultAuthenticationEventPublisher publisher) {
			AppwriteSignInFailureEvent.mapped(publisher);
		}
		return bean;
	}

}
