package io.github.appwritespring.client.service;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's GraphQL endpoint, reactive face: queries and mutations over every service,
 * answered as Appwrite's JSON ({@code data} and {@code errors}).
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveGraphql extends Service {

	/**
	 * Creates a new {@code ReactiveGraphql}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveGraphql(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Runs a GraphQL query.
	 * @param query the query document
	 * @param variables its variables, or {@code null}
	 * @return the answer: {@code data} and, if any, {@code errors}
	 */
	public Mono<Map<String, Object>> query(String query, @Nullable Map<String, ?> variables) {
		return Mono.defer(() -> send(ApiRequest.post("graphql"), query, variables));
	}

	/**
	 * Runs a GraphQL mutation.
	 * @param query the mutation document
	 * @param variables its variables, or {@code null}
	 * @return the answer: {@code data} and, if any, {@code errors}
	 */
	public Mono<Map<String, Object>> mutation(String query, @Nullable Map<String, ?> variables) {
		return Mono.defer(() -> send(ApiRequest.post("graphql", "mutation"), query, variables));
	}

	private Mono<Map<String, Object>> send(ApiRequest request, String query, @Nullable Map<String, ?> variables) {
		// Appwrite's SDKs mark GraphQL calls so that the server answers errors inside the
		// body
		return this.transport.call(request.header("x-sdk-graphql", "true")
			.json(JsonBody.create().with("query", Require.nonBlank("query", query)).with("variables", variables)),
				this.context, JSON_OBJECT);
	}

}
