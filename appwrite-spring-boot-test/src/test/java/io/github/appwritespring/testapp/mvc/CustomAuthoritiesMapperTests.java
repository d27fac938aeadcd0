package io.github.appwritespring.testapp.mvc;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthoritiesMapper;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;
import io.github.appwritespring.test.WithMockAppwriteUser;
import io.github.appwritespring.test.WithMockAppwriteUserSecurityContextFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock user's authorities come from the application's own
 * {@link AppwriteAuthoritiesMapper}.
 */
@SpringBootTest(classes = MvcTestApp.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureAppwriteEmulator
@Import(CustomAuthoritiesMapperTests.Mapper.class)
class CustomAuthoritiesMapperTests {

	@Test
	@WithMockAppwriteUser(email = "ann@example.com", labels = "admin", teams = "t1")
	void theApplicationsMapperIsUsed() {
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactly("LABEL_admin", "GROUP_t1", "EMAIL_ann@example.com");
	}

	@Test
	void withoutAnApplicationContextTheDefaultMappingApplies() throws Exception {
		WithMockAppwriteUser annotation = getClass().getDeclaredMethod("theApplicationsMapperIsUsed")
			.getAnnotation(WithMockAppwriteUser.class);
		SecurityContext context = new WithMockAppwriteUserSecurityContextFactory().createSecurityContext(annotation);
		assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_ADMIN", "TEAM_t1");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Mapper {

		@Bean
		AppwriteAuthoritiesMapper customMapper() {
			return (user, teamIds) -> {
				java.util.List<GrantedAuthority> authorities = new java.util.ArrayList<>();
				user.labels().forEach((label) -> authorities.add(new SimpleGrantedAuthority("LABEL_" + label)));
				teamIds.forEach((team) -> authorities.add(new SimpleGrantedAuthority("GROUP_" + team)));
				authorities.add(new SimpleGrantedAuthority("EMAIL_" + user.email()));
				return List.copyOf(authorities);
			};
		}

	}

}
