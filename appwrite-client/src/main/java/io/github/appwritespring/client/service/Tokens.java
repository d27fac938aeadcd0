package io.github.appwritespring.client.service;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.client.model.ResourceTokenList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Tokens service, blocking face. Each method waits for
 * {@link ReactiveTokens}'s answer; see there for the details. Never call it on a Netty
 * event loop.
 *
 * @since 0.1.0
 */
public class Tokens {

	private final ReactiveTokens reactive;

	/**
	 * Creates a new {@code Tokens}.
	 * @param reactive the reactive face this one waits for
	 */
	public Tokens(ReactiveTokens reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the token, with its secret.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param expire when the token expires (an Appwrite date), or {@code null} for never
	 * @return the token, with its secret
	 */
	public ResourceToken createFileToken(String bucketId, String fileId, @Nullable String expire) {
		return Blocking.await(this.reactive.createFileToken(bucketId, fileId, expire), "tokens().createFileToken()");
	}

	/**
	 * Returns the file's tokens.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param queries queries, or {@code null}
	 * @return the file's tokens
	 */
	public ResourceTokenList list(String bucketId, String fileId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.list(bucketId, fileId, queries), "tokens().list()");
	}

	/**
	 * Returns every token of the file, fetched lazily page by page; close the stream to
	 * stop early.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every token of the file, fetched lazily page by page; close the stream to
	 * stop early
	 */
	public Stream<ResourceToken> listAll(String bucketId, String fileId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAll(bucketId, fileId, queries), "tokens().listAll()");
	}

	/**
	 * Returns the token.
	 * @param tokenId the token ID
	 * @return the token
	 */
	public ResourceToken get(String tokenId) {
		return Blocking.await(this.reactive.get(tokenId), "tokens().get()");
	}

	/**
	 * Returns the token.
	 * @param tokenId the token ID
	 * @param expire the new expiry (an Appwrite date), or {@code null} for never
	 * @return the token
	 */
	public ResourceToken update(String tokenId, @Nullable String expire) {
		return Blocking.await(this.reactive.update(tokenId, expire), "tokens().update()");
	}

	/**
	 * Deletes the token.
	 * @param tokenId the token ID
	 */
	public void delete(String tokenId) {
		Blocking.run(this.reactive.delete(tokenId), "tokens().delete()");
	}

}
