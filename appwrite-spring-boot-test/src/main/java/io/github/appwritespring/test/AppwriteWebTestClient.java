package io.github.appwritespring.test;

import org.springframework.context.ApplicationContext;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * {@code WebTestClient} configurers that sign the client in with a real Appwrite session,
 * created in the emulator (or by a real email/password sign-in) and sent as the
 * application's session cookie on every request of the mutated client: the WebFlux
 * counterpart of {@link AppwriteMockMvc}.
 *
 * <pre>{@code
 * import static io.github.appwritespring.test.AppwriteWebTestClient.appwriteSession;
 *
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
 *         properties = { "appwrite.emulator.users[0].id=alice", "appwrite.emulator.users[0].email=alice@example.com",
 *                 "appwrite.emulator.users[0].password=alice-password" })

 * &#64;AutoConfigureAppwriteEmulator
 * class NotesTests {
 *     &#64;Autowired ApplicationContext context;
 *     &#64;LocalServerPort int port;
 *
 *
&#64;Test
 *     void aliceSeesHerNotes() {
 *         WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
 *             .mutateWith(appwriteSession(context, "alice"))
 *             .get().uri("/notes").exchange()
 *             .expectStatus().isOk();
 *     }
 * }
 * }</pre>
 *
 * The application context is passed in because a client bound to a running server cannot
 * see it: the emulator, the admin client and the cookie's name
 * ({@code a_session_<PROJECT_ID>}, or {@code __Host-a_session_<PROJECT_ID>} with
 * {@code appwrite.session-cookie.host-prefix}) come from it. Unsafe methods also need a
 * CSRF token when the chain protects them, as in production.
 *
 * @since 0.1.0
 */
public final class AppwriteWebTestClient {

	private AppwriteWebTestClient() {
	}

	/**
	 * Returns a configurer that sends a new session of that user, created in the
	 * emulator.
	 * @param context the test's application context (with an {@link AppwriteEmulator}
	 * bean)
	 * @param userId the ID of an existing user
	 * @return a configurer that sends a new session of that user, created in the emulator
	 */
	public static AppwriteSessionWebTestClientConfigurer appwriteSession(ApplicationContext context, String userId) {
		return new AppwriteSessionWebTestClientConfigurer(AppwriteTestSessions.emulatorSession(null, userId), context,
				null);
	}

	/**
	 * Returns a configurer that sends a new session of that user as
	 * {@code a_session_<PROJECT_ID>} (use
	 * {@link AppwriteSessionWebTestClientConfigurer#cookieName(String)} for another
	 * name).
	 * @param emulator the emulator the application talks to
	 * @param userId the ID of an existing user
	 * @return a configurer that sends a new session of that user as
	 * {@code a_session_<PROJECT_ID>} (use
	 * {@link AppwriteSessionWebTestClientConfigurer#cookieName(String)} for another name)
	 */
	public static AppwriteSessionWebTestClientConfigurer appwriteSession(AppwriteEmulator emulator, String userId) {
		return new AppwriteSessionWebTestClientConfigurer(AppwriteTestSessions.emulatorSession(emulator, userId), null,
				emulator);
	}

	/**
	 * Returns a configurer that sends a new session of that user, no password needed.
	 * @param context the test's application context
	 * @param email the email address of an existing user, looked up with the admin client
	 * @return a configurer that sends a new session of that user, no password needed
	 */
	public static AppwriteSessionWebTestClientConfigurer appwriteUser(ApplicationContext context, String email) {
		return new AppwriteSessionWebTestClientConfigurer(AppwriteTestSessions.userByEmail(email), context, null);
	}

	/**
	 * Returns a configurer that signs in with email and password through the admin client
	 * and sends the session it gets.
	 * @param context the test's application context
	 * @param email the email address of an existing user
	 * @param password the user's password
	 * @return a configurer that signs in with email and password through the admin client
	 * and sends the session it gets
	 */
	public static AppwriteSessionWebTestClientConfigurer appwriteUser(ApplicationContext context, String email,
			String password) {
		return new AppwriteSessionWebTestClientConfigurer(AppwriteTestSessions.emailPasswordSignIn(email, password),
				context, null);
	}

	/**
	 * Returns a configurer that sends an Appwrite JWT of that user as
	 * {@code Authorization: Bearer <jwt>} on every request, as an API client (a front end
	 * using Appwrite's client SDK) calls the paths of
	 * {@code appwrite.security.jwt.paths}: a new session created in the emulator, then a
	 * real JWT made with it ({@code account.createJWT()}). No cookie and no CSRF token
	 * are involved.
	 * @param context the test's application context (with an {@link AppwriteEmulator}
	 * bean and the admin client)
	 * @param userId the ID of an existing user
	 * @return a configurer that sends a real JWT of that user
	 */
	public static AppwriteJwtWebTestClientConfigurer appwriteJwt(ApplicationContext context, String userId) {
		return new AppwriteJwtWebTestClientConfigurer(
				AppwriteTestSessions.jwt(AppwriteTestSessions.emulatorSession(null, userId)), context);
	}

}
