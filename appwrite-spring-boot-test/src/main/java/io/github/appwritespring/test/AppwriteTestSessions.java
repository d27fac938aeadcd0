package io.github.appwritespring.test;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Session;
import io.github.appwritespring.client.model.User;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Where the test helpers get a real session and the session cookie's name from: the
 * emulator and the beans of the test's application context.
 */
final class AppwriteTestSessions {

	private AppwriteTestSessions() {
	}

	static Source emulatorSession(@Nullable AppwriteEmulator emulator, String userId) {
		requireText(userId, "userId");
		return (context) -> ((emulator != null) ? emulator : emulator(context)).createSession(userId);
	}

	static Source userByEmail(String email) {
		requireText(email, "email");
		return (context) -> {
			AppwriteClient admin = bean(context, AppwriteClient.class);
			List<User> users = admin.users().list(List.of(Query.equal("email", email)), null).users();
			if (users.isEmpty()) {
				throw new IllegalStateException("No Appwrite user has the email address " + email
						+ ": seed it first (appwrite.emulator.users, AppwriteEmulator.seedUser or the admin client)");
			}
			String userId = users.get(0).id();
			AppwriteEmulator emulator = (context != null)
					? context.getBeanProvider(AppwriteEmulator.class).getIfAvailable() : null;
			return (emulator != null) ? emulator.createSession(userId) : secret(admin.users().createSession(userId));
		};
	}

	static Source emailPasswordSignIn(String email, String password) {
		requireText(email, "email");
		requireText(password, "password");
		return (context) -> secret(
				bean(context, AppwriteClient.class).account().createEmailPasswordSession(email, password));
	}

	static Source fixed(String sessionValue) {
		requireText(sessionValue, "sessionValue");
		return (context) -> sessionValue;
	}

	/**
	 * Returns a source that asks the given one once, on first use, and then answers the
	 * same value every time (one browser or API client keeps its session or JWT).
	 */
	static Source once(Source source) {
		return new Source() {

			private @Nullable String value;

			@Override
			public synchronized String session(@Nullable ApplicationContext context) {
				String known = this.value;
				if (known == null) {
					known = source.session(context);
					this.value = known;
				}
				return known;
			}

		};
	}

	/**
	 * Returns a source of Appwrite JWTs for API clients: a session from the source, then
	 * {@code account.createJWT()} with it, as a front end using Appwrite's client SDK
	 * does.
	 */
	static Source jwt(Source session) {
		return (context) -> bean(context, AppwriteClient.class).withSession(session.session(context))
			.account()
			.createJWT()
			.jwt();
	}

	/**
	 * Returns the session cookie's name as the application reads it: from its
	 * {@link AppwriteSessionCookie} (which knows about {@code __Host-}), its
	 * {@link AppwriteSessionClientFactory}, or {@code a_session_<PROJECT_ID>}.
	 * @return the session cookie's name as the application reads it: from its
	 * {@link AppwriteSessionCookie} (which knows about {@code __Host-}), its
	 * {@link AppwriteSessionClientFactory}, or {@code a_session_<PROJECT_ID>}
	 */
	static String cookieName(@Nullable ApplicationContext context, @Nullable AppwriteEmulator emulator) {
		if (context != null) {
			AppwriteSessionCookie cookie = context.getBeanProvider(AppwriteSessionCookie.class).getIfUnique();
			if (cookie != null) {
				return cookie.name();
			}
			AppwriteSessionClientFactory factory = context.getBeanProvider(AppwriteSessionClientFactory.class)
				.getIfUnique();
			if (factory != null) {
				return factory.getCookieName();
			}
			AppwriteClient admin = context.getBeanProvider(AppwriteClient.class).getIfUnique();
			if (admin != null) {
				return AppwriteSessionCookie.name(admin.getProjectId());
			}
		}
		if (emulator == null) {
			emulator = emulator(context);
		}
		return AppwriteSessionCookie.name(emulator.projectId());
	}

	private static AppwriteEmulator emulator(@Nullable ApplicationContext context) {
		AppwriteEmulator emulator = (context != null) ? context.getBeanProvider(AppwriteEmulator.class).getIfAvailable()
				: null;
		if (emulator == null) {
			throw new IllegalStateException(
					"No AppwriteEmulator to create the session in: annotate the test class with "
							+ "@AutoConfigureAppwriteEmulator, or pass the emulator in");
		}
		return emulator;
	}

	private static <T> T bean(@Nullable ApplicationContext context, Class<T> type) {
		if (context == null) {
			throw new IllegalStateException("No application context to find the " + type.getSimpleName()
					+ " in: use the helper in a Spring test (e.g. @SpringBootTest with @AutoConfigureAppwriteEmulator)");
		}
		return context.getBean(type);
	}

	private static String secret(Session session) {
		if (session.secret() == null || session.secret().isEmpty()) {
			throw new IllegalStateException("Appwrite created session " + session.id()
					+ " but returned no secret: the admin client needs an API key with the sessions.write scope");
		}
		return session.secret();
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
	}

	/**
	 * Makes the value of a session cookie, given the test's application context when
	 * there is one.
	 */
	@FunctionalInterface
	interface Source {

		String session(@Nullable ApplicationContext context);

	}

}
