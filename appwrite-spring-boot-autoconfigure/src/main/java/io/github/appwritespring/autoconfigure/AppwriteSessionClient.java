package io.github.appwritespring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ReactiveAppwriteClient;
import io.github.appwritespring.client.service.Account;
import io.github.appwritespring.client.service.Functions;
import io.github.appwritespring.client.service.Storage;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.client.service.Teams;

/**
 * The Appwrite client of the current request's user: a view of the admin client's
 * connection pool that calls with the user's session and never with the API key. A
 * distinct type from the admin {@link AppwriteClient}, so either can be injected without
 * a qualifier.
 * <p>
 * In Spring MVC it is a request-scoped bean that can be injected into singletons, and on
 * both stacks a controller method can take it as an argument. Without a session, every
 * service accessor throws {@link AppwriteSessionRequiredException} (answered with 401).
 *
 * @since 0.1.0
 */
public class AppwriteSessionClient {

	private final @Nullable AppwriteClient client;

	private final String cookieName;

	/**
	 * Creates a new {@code AppwriteSessionClient}.
	 * @param client the session view, or {@code null} when the request has no session
	 * @param cookieName the session cookie's name, for the error message
	 */
	public AppwriteSessionClient(@Nullable AppwriteClient client, String cookieName) {
		this.client = client;
		this.cookieName = cookieName;
	}

	/**
	 * Returns whether the request carries a session.
	 * @return whether the request carries a session
	 */
	public boolean hasSession() {
		return this.client != null;
	}

	/**
	 * Returns the underlying session view of the client.
	 * @return the underlying session view of the client
	 * @throws AppwriteSessionRequiredException without a session
	 */
	public AppwriteClient client() {
		if (this.client == null) {
			throw new AppwriteSessionRequiredException(this.cookieName);
		}
		return this.client;
	}

	/**
	 * Returns the reactive face, as the user.
	 * @return the reactive face, as the user
	 */
	public ReactiveAppwriteClient reactive() {
		return client().reactive();
	}

	/**
	 * Returns the Account service, as the user.
	 * @return the Account service, as the user
	 */
	public Account account() {
		return client().account();
	}

	/**
	 * Returns the TablesDB service, as the user (row permissions apply).
	 * @return the TablesDB service, as the user (row permissions apply)
	 */
	public TablesDb tablesDb() {
		return client().tablesDb();
	}

	/**
	 * Returns the Storage service, as the user (file permissions apply).
	 * @return the Storage service, as the user (file permissions apply)
	 */
	public Storage storage() {
		return client().storage();
	}

	/**
	 * Returns the Functions service, as the user.
	 * @return the Functions service, as the user
	 */
	public Functions functions() {
		return client().functions();
	}

	/**
	 * Returns the Teams service, as the user.
	 * @return the Teams service, as the user
	 */
	public Teams teams() {
		return client().teams();
	}

	@Override
	public String toString() {
		return "AppwriteSessionClient[" + (hasSession() ? "session" : "no session") + "]";
	}

}
