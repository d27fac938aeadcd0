package io.github.appwritespring.client.transport;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.internal.Require;

/**
 * Base of the reactive service classes: the shared transport and the caller's
 * {@link CallContext}.
 */
public abstract class Service {

	/** A free-form JSON object, such as a user's preferences. */
	protected static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	/** The shared transport. */
	protected final AppwriteTransport transport;

	/** Who calls are made as. */
	protected final CallContext context;

	/**
	 * Creates a new {@code Service}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	protected Service(AppwriteTransport transport, CallContext context) {
		this.transport = transport;
		this.context = context;
	}

	/**
	 * Returns the queries, checked to be non-blank.
	 * @param queries the caller's queries, or {@code null} for none
	 * @return the queries, checked to be non-blank
	 */
	protected static List<String> queries(@Nullable List<String> queries) {
		if (queries == null) {
			return List.of();
		}
		if (queries.size() > 100) {
			throw new IllegalArgumentException(
					"'queries' holds " + queries.size() + " queries; Appwrite accepts at most 100");
		}
		for (int i = 0; i < queries.size(); i++) {
			String query = Require.nonBlank("queries[" + i + "]", queries.get(i));
			try {
				Query.methodOf(query);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'queries[" + i + "]' is not an Appwrite query; build it with the "
						+ "Query class, e.g. Query.equal(\"name\", \"Ada\"). " + ex.getMessage(), ex);
			}
		}
		return queries;
	}

	/**
	 * Returns the Jackson type {@code raw<parameter>}.
	 * @param raw the generic type, e.g. {@code Row.class}
	 * @param parameter its type parameter
	 * @return the Jackson type {@code raw<parameter>}
	 */
	protected static JavaType type(Class<?> raw, Class<?> parameter) {
		return Json.mapper().getTypeFactory().constructParametricType(raw, parameter);
	}

}
