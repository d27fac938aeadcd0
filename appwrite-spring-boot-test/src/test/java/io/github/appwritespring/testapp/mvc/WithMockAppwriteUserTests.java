package io.github.appwritespring.testapp.mvc;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.test.web.servlet.MockMvc;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;
import io.github.appwritespring.test.WithMockAppwriteUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link WithMockAppwriteUser} through the application's real security chain.
 */
@SpringBootTest(classes = MvcTestApp.class, properties = MockMvcTestProperties.USERS)
@AutoConfigureMockMvc
@AutoConfigureAppwriteEmulator
class WithMockAppwriteUserTests {

	@Autowired
	MockMvc mvc;

	@Nullable Authentication beforeEach;

	@BeforeEach
	void captureTheContextBeforeEach() {
		this.beforeEach = SecurityContextHolder.getContext().getAuthentication();
	}

	@Test
	@WithMockAppwriteUser(labels = "admin")
	void anAdminLabelOpensTheAdminPage() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isOk()).andExpect(content().string("admin mock-user"));
		this.mvc.perform(get("/me")).andExpect(content().string("user@example.com [ROLE_ADMIN]"));
	}

	@Test
	@WithMockAppwriteUser
	void withoutTheLabelTheAdminPageIsForbidden() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isForbidden());
		this.mvc.perform(get("/me")).andExpect(status().isOk()).andExpect(content().string("user@example.com []"));
	}

	@Test
	@WithMockAppwriteUser(id = "bob", email = "bob@example.com", name = "Bob", labels = { "editor", "admin" },
			teams = "t1", emailVerification = false)
	void theTokenIsTheProductionTypeWithoutASessionSecret() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		assertThat(authentication).isInstanceOf(AppwriteAuthenticationToken.class);
		AppwriteAuthenticationToken token = (AppwriteAuthenticationToken) authentication;
		assertThat(token.getName()).isEqualTo("bob");
		assertThat(token.getSessionSecret()).isNull();
		assertThat(token.isAuthenticated()).isTrue();
		AppwriteUser user = token.getPrincipal();
		assertThat(user.getEmail()).isEqualTo("bob@example.com");
		assertThat(user.getName()).isEqualTo("Bob");
		assertThat(user.getLabels()).containsExactly("editor", "admin");
		assertThat(user.isEmailVerification()).isFalse();
		assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_EDITOR", "ROLE_ADMIN", "TEAM_t1");
	}

	@Test
	@WithMockAppwriteUser(factors = { "webauthn", "totp" })
	void factorsAreTheAuthoritiesOfARealSessions() throws Exception {
		this.mvc.perform(get("/me")).andExpect(content().string("user@example.com [FACTOR_TOTP,FACTOR_WEBAUTHN]"));
		this.mvc.perform(get("/passkey-only"))
			.andExpect(status().isOk())
			.andExpect(content().string("passkey mock-user"));
	}

	@Test
	@WithMockAppwriteUser(factors = "password")
	void aRuleRequiringAFactorRefusesASessionWithoutIt() throws Exception {
		this.mvc.perform(get("/me")).andExpect(content().string("user@example.com [FACTOR_PASSWORD]"));
		this.mvc.perform(get("/passkey-only")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockAppwriteAdmin
	void worksAsAMetaAnnotation() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isOk()).andExpect(content().string("admin boss"));
	}

	@Test
	@WithMockAppwriteUser
	void unsafeMethodsStillNeedACsrfToken() throws Exception {
		this.mvc.perform(post("/notes")).andExpect(status().isForbidden());
		this.mvc.perform(post("/notes").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string("note by mock-user"));
	}

	@Test
	@WithMockAppwriteUser
	void byDefaultTheUserIsThereBeforeEachMethodRuns() {
		assertThat(this.beforeEach).isNotNull();
	}

	@Test
	@WithMockAppwriteUser(setupBefore = TestExecutionEvent.TEST_EXECUTION)
	void setupBeforeTestExecutionComesAfterBeforeEach() {
		assertThat(this.beforeEach).isNull();
		assertThat(SecurityContextHolder.getContext().getAuthentication())
			.isInstanceOf(AppwriteAuthenticationToken.class);
	}

	@Test
	void withoutAUserTheRequestIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/me")).andExpect(status().isFound());
	}

}
