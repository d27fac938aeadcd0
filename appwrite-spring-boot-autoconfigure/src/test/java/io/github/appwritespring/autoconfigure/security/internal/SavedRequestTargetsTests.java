package io.github.appwritespring.autoconfigure.security.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SavedRequestTargetsTests {

	@Test
	void aServletSavedUrlIsFollowedBelowTheContextPathOfThisHostOnly() {
		assertThat(
				SavedRequestTargets.pathWithinApplication("http://app.example/shop/cart?x=1", "app.example", "/shop"))
			.isEqualTo("/cart?x=1");
		assertThat(SavedRequestTargets.pathWithinApplication("https://APP.example/shop/", "app.example", "/shop"))
			.isEqualTo("/");
		assertThat(SavedRequestTargets.pathWithinApplication("http://evil.example/shop/cart", "app.example", "/shop"))
			.as("another host")
			.isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("http://app.example/admin/cart", "app.example", "/shop"))
			.as("another context path")
			.isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("http://app.example/shopping", "app.example", "/shop"))
			.as("a path that only starts like the context path")
			.isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("ftp://app.example/shop/cart", "app.example", "/shop"))
			.isNull();
	}

	@Test
	void aWebFluxSavedPathIsFollowedWhenItIsASafeRelativePath() {
		assertThat(SavedRequestTargets.pathWithinApplication("/cart?x=1", "app.example", "")).isEqualTo("/cart?x=1");
		assertThat(SavedRequestTargets.pathWithinApplication("//evil.example/cart", "app.example", "")).isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("cart", "app.example", "")).isNull();
		assertThat(SavedRequestTargets.pathWithinApplication(null, "app.example", "")).isNull();
	}

	@Test
	void dotSegmentsAndMalformedValuesAreNeverFollowed() {
		assertThat(SavedRequestTargets.pathWithinApplication("/..//evil.example", "app.example", "")).isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("/%2e%2e//evil.example", "app.example", "")).isNull();
		assertThat(
				SavedRequestTargets.pathWithinApplication("http://app.example/shop/../admin", "app.example", "/shop"))
			.isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("/a b", "app.example", "")).isNull();
		assertThat(SavedRequestTargets.pathWithinApplication("http://[::1", "app.example", "")).isNull();
	}

}
