package io.github.appwritespring.autoconfigure.security.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFieldsTests {

	@Test
	void credentialsComeFromTheBodyOnly() {
		SignInFields fields = SignInFields.of(Map.of("email", "a@example.com"), "password=secret&name=Query");
		assertThat(fields.email()).isEqualTo("a@example.com");
		assertThat(fields.password()).isNull();
		assertThat(fields.name()).isNull();
	}

	@Test
	void theRedirectComesFromTheBodyElseFromTheQueryWhenSafeAndGivenOnce() {
		assertThat(SignInFields.of(Map.of("redirect", "/body"), "redirect=/query").redirect("redirect"))
			.isEqualTo("/body");
		assertThat(SignInFields.of(Map.of(), "redirect=%2Fquery%3Ftab%3D1").redirect("redirect"))
			.isEqualTo("/query?tab=1");
		assertThat(SignInFields.of(Map.of(), "redirect=/a&redirect=/b").redirect("redirect")).isNull();
		assertThat(SignInFields.of(Map.of(), "redirect=//evil.example").redirect("redirect")).isNull();
		assertThat(SignInFields.of(Map.of(), null).redirect("redirect")).isNull();
	}

	@Test
	void aQueryIsDecodedAsABrowserEncodesAFormAndNeverFails() {
		assertThat(SignInFields.query("a=1+2&b=%C3%A9&c&=x&&d=%zz&a=3")).containsEntry("a", List.of("1 2", "3"))
			.containsEntry("b", List.of("é"))
			.containsEntry("c", List.of(""))
			.containsEntry("", List.of("x"))
			.doesNotContainKey("d");
	}

}
