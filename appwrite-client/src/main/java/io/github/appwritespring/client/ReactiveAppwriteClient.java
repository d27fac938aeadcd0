package io.github.appwritespring.client;

import io.github.appwritespring.client.service.ReactiveAccount;
import io.github.appwritespring.client.service.ReactiveAvatars;
import io.github.appwritespring.client.service.ReactiveFunctions;
import io.github.appwritespring.client.service.ReactiveGraphql;
import io.github.appwritespring.client.service.ReactiveHealth;
import io.github.appwritespring.client.service.ReactiveLocale;
import io.github.appwritespring.client.service.ReactiveMessaging;
import io.github.appwritespring.client.service.ReactiveSites;
import io.github.appwritespring.client.service.ReactiveStorage;
import io.github.appwritespring.client.service.ReactiveTablesDb;
import io.github.appwritespring.client.service.ReactiveTeams;
import io.github.appwritespring.client.service.ReactiveTokens;
import io.github.appwritespring.client.service.ReactiveUsers;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.CallContext;

/**
 * The reactive face of an {@link AppwriteClient}: the same transport and credentials,
 * with services answering {@code Mono}/{@code Flux}. Obtain it with
 * {@link AppwriteClient#reactive()}.
 *
 * @since 0.1.0
 */
public final class ReactiveAppwriteClient {

	private final AppwriteTransport transport;

	private final CallContext context;

	ReactiveAppwriteClient(AppwriteTransport transport, CallContext context) {
		this.transport = transport;
		this.context = context;
	}

	/**
	 * Returns the Account service.
	 * @return the Account service
	 */
	public ReactiveAccount account() {
		return new ReactiveAccount(this.transport, this.context);
	}

	/**
	 * Returns the Users service (API key).
	 * @return the Users service (API key)
	 */
	public ReactiveUsers users() {
		return new ReactiveUsers(this.transport, this.context);
	}

	/**
	 * Returns the TablesDB service: databases, tables, columns, indexes and rows.
	 * @return the TablesDB service: databases, tables, columns, indexes and rows
	 */
	public ReactiveTablesDb tablesDb() {
		return new ReactiveTablesDb(this.transport, this.context);
	}

	/**
	 * Returns the Storage service: buckets and files.
	 * @return the Storage service: buckets and files
	 */
	public ReactiveStorage storage() {
		return new ReactiveStorage(this.transport, this.context);
	}

	/**
	 * Returns the Functions service: functions and executions.
	 * @return the Functions service: functions and executions
	 */
	public ReactiveFunctions functions() {
		return new ReactiveFunctions(this.transport, this.context);
	}

	/**
	 * Returns the Teams service: teams and memberships.
	 * @return the Teams service: teams and memberships
	 */
	public ReactiveTeams teams() {
		return new ReactiveTeams(this.transport, this.context);
	}

	/**
	 * Returns the Tokens service: file access tokens (API key).
	 * @return the Tokens service: file access tokens (API key)
	 */
	public ReactiveTokens tokens() {
		return new ReactiveTokens(this.transport, this.context);
	}

	/**
	 * Returns the Health service (API key).
	 * @return the Health service (API key)
	 */
	public ReactiveHealth health() {
		return new ReactiveHealth(this.transport, this.context);
	}

	/**
	 * Returns the Avatars service: icons, flags, initials, QR codes and screenshots as
	 * images.
	 * @return the Avatars service: icons, flags, initials, QR codes and screenshots as
	 * images
	 */
	public ReactiveAvatars avatars() {
		return new ReactiveAvatars(this.transport, this.context);
	}

	/**
	 * Returns the GraphQL endpoint.
	 * @return the GraphQL endpoint
	 */
	public ReactiveGraphql graphql() {
		return new ReactiveGraphql(this.transport, this.context);
	}

	/**
	 * Returns the Locale service: the caller's location and lists of countries,
	 * currencies, languages.
	 * @return the Locale service: the caller's location and lists of countries,
	 * currencies, languages
	 */
	public ReactiveLocale locale() {
		return new ReactiveLocale(this.transport, this.context);
	}

	/**
	 * Returns the Messaging service: providers, topics, subscribers and messages (API
	 * key).
	 * @return the Messaging service: providers, topics, subscribers and messages (API
	 * key)
	 */
	public ReactiveMessaging messaging() {
		return new ReactiveMessaging(this.transport, this.context);
	}

	/**
	 * Returns the Sites service (API key).
	 * @return the Sites service (API key)
	 */
	public ReactiveSites sites() {
		return new ReactiveSites(this.transport, this.context);
	}

	@Override
	public String toString() {
		return "ReactiveAppwriteClient[" + this.transport + ", " + this.context + "]";
	}

}
