package io.github.appwritespring.test;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * MockMvc request post-processors that sign a test request in with a real Appwrite
 * session, created in the emulator (or by a real email/password sign-in) and sent as the
 * application's session cookie. Unlike {@link WithMockAppwriteUser}, everything
 * production does runs: the session filter reads and checks the cookie, the session is
 * resolved to its user through Appwrite, authorities are mapped, and the request's
 * {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient} really acts as the
 * user.
 *
 * <pre>{@code
 * import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSession;
 * import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
 *
 * &#64;SpringBootTest(properties = { "appwrite.emulator.users[0].id=alice",
 *         "appwrite.emulator.users[0].email=alice@example.com", "appwrite.emulator.users[0].password=alice-password" })

 * &#64;AutoConfigureMockMvc
 * &#64;AutoConfigureAppwriteEmulator
 * class NotesTests {
 *     &#64;Autowired MockMvc mvc;
 *
 *     &#64;Test
 *     void aliceSeesHerNotes() throws Exception {
 *         mvc.perform(get("/notes").with(appwriteSession("alice"))).andExpect(status().isOk());
 *     }
 *
 *
&#64;Test
 *     void aliceAddsANote() throws Exception {
 *         // unsafe methods need a CSRF token, as in production: add Spring Security's csrf() as well
 *         mvc.perform(post("/notes").param("text", "hi").with(appwriteSession("alice")).with(csrf()))
 *             .andExpect(status().is3xxRedirection());
 *     }
 * }
 * }</pre>
 *
 * CSRF: use Spring Security's {@code csrf()} (the {@code _csrf} form field) with these
 * post-processors. {@code csrf().asHeader()} does not pass the chain's SPA-style CSRF
 * handling, which expects the raw token in the {@code X-XSRF-TOKEN} header; to test a
 * JSON client, do what it does: {@code GET /auth/csrf} with the session, then send the
 * answer's {@code token} as {@code X-XSRF-TOKEN} together with the {@code XSRF-TOKEN}
 * cookie it set. Keep such tests in a test context where {@code csrf()} is never used:
 * {@code csrf()} replaces the chain's CSRF token repository for the rest of the context's
 * life.
 * <p>
 * The cookie's name is the application's ({@code a_session_<PROJECT_ID>}, or
 * {@code __Host-a_session_<PROJECT_ID>} with
 * {@code appwrite.session-cookie.host-prefix}), read from its
 * {@link io.github.appwritespring.autoconfigure.AppwriteSessionCookie}. One
 * post-processor instance is one signed-in browser: its session is created on first use
 * and sent again on every request it is applied to.
 *
 * @since 0.1.0
 */
public final class AppwriteMockMvc {

	private AppwriteMockMvc() {
	}

	/**
	 * Returns a post-processor that sends a new session of that user, created in the
	 * application context's {@link AppwriteEmulator} (as {@code POST
	 * /users/{userId}/sessions} does).
	 * @param userId the ID of an existing user
	 * @return a post-processor that sends a new session of that user, created in the
	 * application context's {@link AppwriteEmulator} (as {@code POST
	 * /users/{userId}/sessions} does)
	 */
	public static AppwriteSessionRequestPostProcessor appwriteSession(String userId) {
		return new AppwriteSessionRequestPostProcessor(AppwriteTestSessions.emulatorSession(null, userId), null);
	}

	/**
	 * Returns a post-processor that sends a new session of that user, created in the
	 * given emulator.
	 * @param emulator the emulator the application talks to
	 * @param userId the ID of an existing user
	 * @return a post-processor that sends a new session of that user, created in the
	 * given emulator
	 */
	public static AppwriteSessionRequestPostProcessor appwriteSession(AppwriteEmulator emulator, String userId) {
		return new AppwriteSessionRequestPostProcessor(AppwriteTestSessions.emulatorSession(emulator, userId),
				emulator);
	}

	/**
	 * Returns a post-processor that sends a new session of that user, no password needed.
	 * @param email the email address of an existing user, looked up with the admin client
	 * @return a post-processor that sends a new session of that user, no password needed
	 */
	public static AppwriteSessionRequestPostProcessor appwriteUser(String email) {
		return new AppwriteSessionRequestPostProcessor(AppwriteTestSessions.userByEmail(email), null);
	}

	/**
	 * Returns a post-processor that signs in with email and password through the admin
	 * client ({@code createEmailPasswordSession}, as the sign-in endpoint does) and sends
	 * the session it gets.
	 * @param email the email address of an existing user
	 * @param password the user's password
	 * @return a post-processor that signs in with email and password through the admin
	 * client ({@code createEmailPasswordSession}, as the sign-in endpoint does) and sends
	 * the session it gets
	 */
	public static AppwriteSessionRequestPostProcessor appwriteUser(String email, String password) {
		return new AppwriteSessionRequestPostProcessor(AppwriteTestSessions.emailPasswordSignIn(email, password), null);
	}

	/**
	 * Returns a post-processor that sends it as the session cookie.
	 * @param sessionValue a session cookie value, e.g. from
	 * {@link AppwriteEmulator#createSession(String)} or a previous sign-in's
	 * {@code Set-Cookie}
	 * @return a post-processor that sends it as the session cookie
	 */
	public static AppwriteSessionRequestPostProcessor appwriteSessionCookie(String sessionValue) {
		return new AppwriteSessionRequestPostProcessor(AppwriteTestSessions.fixed(sessionValue), null);
	}

	/**
	 * Returns a post-processor that sends an Appwrite JWT of that user as
	 * {@code Authorization: Bearer <jwt>}, as an API client (a front end using Appwrite's
	 * client SDK) calls the paths of {@code appwrite.security.jwt.paths}: a new session
	 * created in the emulator, then a real JWT made with it
	 * ({@code account.createJWT()}). No cookie and no CSRF token are involved.
	 * @param userId the ID of an existing user
	 * @return a post-processor that sends a real JWT of that user
	 */
	public static AppwriteJwtRequestPostProcessor appwriteJwt(String userId) {
		return new AppwriteJwtRequestPostProcessor(
				AppwriteTestSessions.jwt(AppwriteTestSessions.emulatorSession(null, userId)));
	}

}
