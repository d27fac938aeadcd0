package io.github.appwritespring.autoconfigure.security.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserRequestTests {

	@Test
	void aBrowserNamesWhatItFetches() {
		assertThat(get("/notes", "text/html", null, "document").isWorthSaving()).isTrue();
		assertThat(get("/notes", "text/html", null, "iframe").isNavigation()).isTrue();
		assertThat(get("/notes", "*/*", null, "image").isNavigation()).isFalse();
		assertThat(get("/notes", "*/*", null, "script").isNavigation()).isFalse();
		assertThat(get("/notes", "*/*", null, "empty").isNavigation()).as("fetch()").isFalse();
	}

	@Test
	void withoutFetchMetadataARequestIsAPageUnlessItSaysOtherwise() {
		assertThat(get("/notes", null, null, null).isWorthSaving()).as("a test client").isTrue();
		assertThat(get("/notes", "application/json", null, null).isNavigation()).isFalse();
		assertThat(get("/notes", "text/html", "XMLHttpRequest", null).isNavigation()).isFalse();
		assertThat(get("/events", "text/event-stream", null, null).isNavigation()).isFalse();
		assertThat(get("/favicon.ico", null, null, null).isNavigation()).isFalse();
		assertThat(get("/icons/favicon.png", "text/html", null, null).isNavigation()).isFalse();
	}

	@Test
	void onlyGetsAreWorthSaving() {
		BrowserRequest form = new BrowserRequest("POST", "/notes", "application/x-www-form-urlencoded", "text/html",
				null, "document", null);
		assertThat(form.isNavigation()).as("sent to the sign-in page").isTrue();
		assertThat(form.isWorthSaving()).isFalse();
	}

	@Test
	void htmxGetsTheSignInPageInFullAndScriptsGet401() {
		BrowserRequest htmx = new BrowserRequest("GET", "/notes/list", null, "*/*", null, "empty", "true");
		Answer answer = htmx.withoutUser("/login", "/login/mfa", false);
		assertThat(answer).isNotNull();
		assertThat(answer.forHtmx(true).kind()).isEqualTo(Answer.Kind.HTMX_REDIRECT);
		assertThat(answer.forHtmx(true).status()).isEqualTo(200);
		assertThat(answer.target()).isEqualTo("/login");
		assertThat(htmx.withoutUser("/login", "/login/mfa", true).target()).isEqualTo("/login/mfa");
		Answer script = get("/api/x", "*/*", "XMLHttpRequest", null).withoutUser("/login", null, false);
		assertThat(script.kind()).isEqualTo(Answer.Kind.JSON);
		assertThat(script.status()).isEqualTo(401);
		assertThat(new BrowserRequest("GET", "/notes/list", null, "text/html", null, null, "true").isWorthSaving())
			.as("a fragment is not a page to come back to")
			.isFalse();
		assertThat(get("/notes", "text/html", null, "document").withoutUser("/login", null, false))
			.as("a navigation is saved and redirected by the stack")
			.isNull();
	}

	private static BrowserRequest get(String path, String accept, String requestedWith, String fetchDest) {
		return new BrowserRequest("GET", path, null, accept, requestedWith, fetchDest, null);
	}

}
