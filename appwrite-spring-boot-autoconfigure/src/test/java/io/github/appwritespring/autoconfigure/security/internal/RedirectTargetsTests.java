package io.github.appwritespring.autoconfigure.security.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectTargetsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/notes", "/notes?page=2&sort=desc", "/notes#top", "/a/b/c", "/%2F%2Fencoded",
			"/search?q=a%20b", "/a..b/c.d", "/.well-known/x", "/notes?path=../x" })
	void relativePathsAreKept(String target) {
		assertThat(RedirectTargets.safeRelative(target)).isEqualTo(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example", "http://evil.example/", "/\\evil.example",
			"\\\\evil.example", "javascript:alert(1)", "evil.example", "/\t/evil.example", "/\n/evil.example",
			"/notes\r\nSet-Cookie: x=y", " /notes", "", "data:text/html,x", "/a\\b", "/a b", "/%zz",
			"/..//evil.example", "/%2e%2e//evil.example", "/%2E%2E/%2E%2E//evil.example", "/a/../b", "/./a", "/a/.",
			"/a/..?x=1" })
	void anythingElseIsRefused(String target) {
		assertThat(RedirectTargets.safeRelative(target)).isNull();
		assertThat(RedirectTargets.safeRelativeOr(target, "/home")).isEqualTo("/home");
	}

	@org.junit.jupiter.api.Test
	void nullAndOverlongAreRefused() {
		assertThat(RedirectTargets.safeRelative(null)).isNull();
		assertThat(RedirectTargets.safeRelative("/" + "a".repeat(5000))).isNull();
	}

}
