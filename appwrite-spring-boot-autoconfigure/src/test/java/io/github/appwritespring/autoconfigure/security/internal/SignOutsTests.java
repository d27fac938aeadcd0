package io.github.appwritespring.autoconfigure.security.internal;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.autoconfigure.security.internal.SignOuts.Scope;

import static org.assertj.core.api.Assertions.assertThat;

class SignOutsTests {

	private static final SignInPages PAGES = new SignInPages("/login", "/signup", "/home", "/login?logout", "redirect");

	@Test
	void theScopeIsCurrentUnlessTheFieldNamesAnother() {
		assertThat(Scope.of(null)).isEqualTo(Scope.CURRENT);
		assertThat(Scope.of(" ")).isEqualTo(Scope.CURRENT);
		assertThat(Scope.of("current")).isEqualTo(Scope.CURRENT);
		assertThat(Scope.of(" Others ")).isEqualTo(Scope.OTHERS);
		assertThat(Scope.of("ALL")).isEqualTo(Scope.ALL);
		assertThat(Scope.of("everything")).isNull();
		assertThat(Scope.OTHERS.signsBrowserOut()).isFalse();
		assertThat(Scope.ALL.signsBrowserOut()).isTrue();
		assertThat(Scope.CURRENT.signsBrowserOut()).isTrue();
	}

	@Test
	void afterEndingOthersTheBrowserGoesToTheSafeTargetOrTheSuccessUrlWithANotice() {
		assertThat(SignOuts.afterEndingOthers(null, PAGES)).isEqualTo("/home?notice=signed_out_others");
		assertThat(SignOuts.afterEndingOthers("/account?tab=sessions", PAGES))
			.isEqualTo("/account?tab=sessions&notice=signed_out_others");
		assertThat(SignOuts.afterEndingOthers("//evil.example", PAGES)).isEqualTo("/home?notice=signed_out_others");
	}

}
