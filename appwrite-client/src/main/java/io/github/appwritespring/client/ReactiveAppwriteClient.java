package io.github.appwritespring.client;

import io.github.appwritespring.client.service.ReactiveAccount;
import io.github.appwritespring.client.service.ReactiveFunctions;
import io.github.appwritespring.client.service.ReactiveHealth;
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

	@Override
	public String toString() {
		return "ReactiveAppwriteClient[" + this.transport + ", " + this.context + "]";
	}

}
