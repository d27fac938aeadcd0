package io.github.appwritespring.client.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.client.model.ResourceTokenList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Tokens service, reactive face: tokens that grant access to one file without
 * a session (API key).
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveTokens extends Service {

	/**
	 * Creates a new {@code ReactiveTokens}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveTokens(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the token, with its secret.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param expire when the token expires (an Appwrite date), or {@code null} for never
	 * @return the token, with its secret
	 */
	public Mono<ResourceToken> createFileToken(String bucketId, String fileId, @Nullable String expire) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post(file(bucketId, fileId)).json(JsonBody.create().with("expire", expire)), this.context,
				ResourceToken.class));
	}

	/**
	 * Returns the file's tokens.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param queries queries, or {@code null}
	 * @return the file's tokens
	 */
	public Mono<ResourceTokenList> list(String bucketId, String fileId, @Nullable List<String> queries) {
		return list(bucketId, fileId, queries, null);
	}

	/**
	 * Returns the file's tokens.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the file's tokens
	 */
	public Mono<ResourceTokenList> list(String bucketId, String fileId, @Nullable List<String> queries,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get(file(bucketId, fileId)).queryArray("queries", queries(queries)).query("total", total),
				this.context, ResourceTokenList.class));
	}

	/**
	 * Returns every token of the file, page by page.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every token of the file, page by page
	 */
	public Flux<ResourceToken> listAll(String bucketId, String fileId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> list(bucketId, fileId, page),
				ResourceToken::id);
	}

	/**
	 * Returns the token.
	 * @param tokenId the token ID
	 * @return the token
	 */
	public Mono<ResourceToken> get(String tokenId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("tokens", Require.nonBlank("tokenId", tokenId)),
				this.context, ResourceToken.class));
	}

	/**
	 * Returns the token.
	 * @param tokenId the token ID
	 * @param expire the new expiry (an Appwrite date), or {@code null} for never
	 * @return the token
	 */
	public Mono<ResourceToken> update(String tokenId, @Nullable String expire) {
		return Mono.defer(() -> this.transport.call(ApiRequest.patch("tokens", Require.nonBlank("tokenId", tokenId))
			.json(JsonBody.create().with("expire", expire)), this.context, ResourceToken.class));
	}

	/**
	 * Returns completion once the token is deleted.
	 * @param tokenId the token ID
	 * @return completion once the token is deleted
	 */
	public Mono<Void> delete(String tokenId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("tokens", Require.nonBlank("tokenId", tokenId)), this.context));
	}

	private static String[] file(String bucketId, String fileId) {
		return new String[] { "tokens", "buckets", Require.nonBlank("bucketId", bucketId), "files",
				Require.nonBlank("fileId", fileId) };
	}

	/**
	 * Returns the file's tokens. Leaves out {@code queries}.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the file's tokens
	 */
	public Mono<ResourceTokenList> list(String bucketId, String fileId) {
		return list(bucketId, fileId, null);
	}

	/**
	 * Returns every token of the file, page by page. Leaves out {@code queries}.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return every token of the file, page by page
	 */
	public Flux<ResourceToken> listAll(String bucketId, String fileId) {
		return listAll(bucketId, fileId, null);
	}

}
