package io.github.appwritespring.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.util.Assert;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthoritiesMapper;
import io.github.appwritespring.autoconfigure.security.AppwriteFactors;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.LabelAuthoritiesMapper;
import io.github.appwritespring.client.model.User;

/**
 * Builds the security context of {@link WithMockAppwriteUser}: an Appwrite user model
 * made from the annotation, turned into an {@link AppwriteUser} and authorities exactly
 * as a signed-in request's are. The authorities come from the application context's
 * {@link AppwriteAuthoritiesMapper} when there is one (Spring Security creates this
 * factory as a bean of the test's application context), otherwise from the default
 * mapping, label {@code admin} to {@code ROLE_ADMIN} and team {@code t1} to
 * {@code TEAM_t1}; the factors' authorities follow them.
 *
 * @since 0.1.0
 */
public final class WithMockAppwriteUserSecurityContextFactory
		implements WithSecurityContextFactory<WithMockAppwriteUser> {

	private AppwriteAuthoritiesMapper authoritiesMapper = new LabelAuthoritiesMapper("ROLE_", "TEAM_");

	private SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	@Override
	public SecurityContext createSecurityContext(WithMockAppwriteUser annotation) {
		Assert.hasText(annotation.id(), "@WithMockAppwriteUser needs a user ID");
		User user = user(annotation);
		List<GrantedAuthority> authorities = new ArrayList<>(
				this.authoritiesMapper.authorities(user, List.of(annotation.teams())));
		String now = Instant.now().toString();
		authorities.addAll(AppwriteFactors.of(List.of(annotation.factors()), now, now));
		AppwriteAuthenticationToken token = new AppwriteAuthenticationToken(AppwriteUser.of(user), null, null,
				authorities);
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(token);
		return context;
	}

	/**
	 * Takes the application's authorities mapper, when it has exactly one.
	 * @param mappers the application's authorities mapper, when it has exactly one
	 */
	@Autowired(required = false)
	public void setAuthoritiesMappers(ObjectProvider<AppwriteAuthoritiesMapper> mappers) {
		AppwriteAuthoritiesMapper mapper = mappers.getIfUnique();
		if (mapper != null) {
			this.authoritiesMapper = mapper;
		}
	}

	/**
	 * Sets the authorities mapper.
	 * @param mapper the authorities mapper to use instead of the default one
	 */
	public void setAuthoritiesMapper(AppwriteAuthoritiesMapper mapper) {
		Assert.notNull(mapper, "mapper must not be null");
		this.authoritiesMapper = mapper;
	}

	/**
	 * Sets the security context holder strategy.
	 * @param contextHolder the application's security context holder strategy
	 */
	@Autowired(required = false)
	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy contextHolder) {
		this.contextHolder = contextHolder;
	}

	private static User user(WithMockAppwriteUser annotation) {
		return new User(annotation.id(), "", "", annotation.name(), "", true, Arrays.asList(annotation.labels()), "",
				annotation.email(), "", annotation.emailVerification(), annotation.phoneVerification(), false, Map.of(),
				List.of(), "");
	}

}
