package io.github.appwritespring.autoconfigure.security;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a GraalVM native image needs for the security integration, imported by
 * {@link AppwriteSecurityAutoConfiguration}: the public methods of the principal and of
 * the authentication, which applications reach through SpEL (Thymeleaf's
 * {@code ${currentUser.name}}, {@code @AuthenticationPrincipal(expression = "id")},
 * {@code @PreAuthorize("principal.hasLabel('admin')")}), as Spring Security registers its
 * own authentication types. The integration's JSON bodies
 * ({@link io.github.appwritespring.autoconfigure.security.internal.SecurityJson}) are
 * maps and trees and need no hints.
 */
class AppwriteSecurityRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerTypes(
					TypeReference.listOf(AppwriteUser.class, AppwriteAuthenticationToken.class,
							AppwriteJwtAuthenticationToken.class),
					(type) -> type.withMembers(MemberCategory.INVOKE_PUBLIC_METHODS));
	}

}
