package io.github.appwritespring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.client.RecordingServer.Reply;

/**
 * Operations of Appwrite's specification (the project's copy) looked up by
 * {@code service.method}, with an answer shaped by the operation's response schema: every
 * property present, with the specification's example value where it gives one.
 */
final class SpecExamples {

	/** The body of a binary answer (an image, a download). */
	static final String BYTES = "image-bytes";

	private static final JsonNode SPEC = read();

	private SpecExamples() {
	}

	/**
	 * Returns the operation.
	 * @param id {@code service.method}, e.g. {@code tablesDB.createTransaction}
	 * @return the operation
	 */
	static Operation operation(String id) {
		String service = id.substring(0, id.indexOf('.'));
		String name = id.substring(id.indexOf('.') + 1);
		for (Map.Entry<String, JsonNode> path : SPEC.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				JsonNode operation = entry.getValue();
				JsonNode appwrite = operation.path("x-appwrite");
				if (!service.equals(operation.path("tags").path(0).asString("")) || !names(appwrite, name)) {
					continue;
				}
				return new Operation(entry.getKey().toUpperCase(), path.getKey(), operation.path("responses"));
			}
		}
		throw new AssertionError(id + " is no operation of the specification");
	}

	private static boolean names(JsonNode appwrite, String name) {
		if (name.equals(appwrite.path("method").asString(""))) {
			return true;
		}
		for (JsonNode method : appwrite.path("methods")) {
			if (name.equals(method.path("name").asString(""))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns an example of the schema: every property, the specification's example or a
	 * value of the property's type.
	 * @param schema the name of a schema under {@code components/schemas}
	 * @return an example of the schema
	 */
	static JsonNode example(String schema) {
		ObjectNode example = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> property : SPEC.path("components")
			.path("schemas")
			.path(schema)
			.path("properties")
			.properties()) {
			example.set(property.getKey(), value(property.getValue()));
		}
		return example;
	}

	private static JsonNode value(JsonNode property) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (property.has("$ref")) {
			return example(refName(property.path("$ref")));
		}
		JsonNode sample = property.path("x-example");
		switch (property.path("type").asString("")) {
			case "array":
				return arrayOf(property.path("items"));
			case "object":
				return nodes.objectNode().put("key", "value");
			case "integer":
				return nodes.numberNode(sample.isNumber() ? sample.asLong() : 1);
			case "number":
				return nodes.numberNode(sample.isNumber() ? sample.asDouble() : 1.5);
			case "boolean":
				return nodes.booleanNode(!sample.isBoolean() || sample.asBoolean());
			default:
				return nodes.stringNode((sample.isString() && !sample.asString().isEmpty()) ? sample.asString() : "x");
		}
	}

	private static ArrayNode arrayOf(JsonNode items) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (String union : new String[] { "oneOf", "anyOf" }) {
			if (items.has(union)) {
				// e.g. a table's columns: one example of the first kind
				items = items.path(union).path(0);
			}
		}
		array.add(items.has("$ref") ? example(refName(items.path("$ref")))
				: items.has("type") ? value(items) : JsonNodeFactory.instance.stringNode("x"));
		return array;
	}

	private static String refName(JsonNode ref) {
		String name = ref.asString();
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static JsonNode read() {
		try (InputStream in = SpecExamples.class.getResourceAsStream(SpecCoverageTests.SPEC)) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An operation of the specification.
	 *
	 * @param method its HTTP method
	 * @param template its path template below {@code /v1}, e.g.
	 * {@code /tablesdb/{databaseId}}
	 * @param responses its responses
	 */
	record Operation(String method, String template, JsonNode responses) {

		/**
		 * Returns the pattern of the paths the template allows, with {@code /v1}.
		 * @return the pattern of the paths the template allows, with {@code /v1}
		 */
		String pathPattern() {
			return "/v1" + Pattern.quote(this.template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
		}

		/**
		 * Returns the names of the properties of the JSON answer's schema, empty when the
		 * answer is not a JSON object of a named schema.
		 * @return the names of the properties of the JSON answer's schema
		 */
		java.util.List<String> answerProperties() {
			JsonNode content = this.responses.properties().iterator().next().getValue().path("content");
			JsonNode schema = content.path("application/json").path("schema");
			if (schema.isMissingNode()) {
				schema = content.path("multipart/form-data").path("schema");
			}
			java.util.List<String> names = new java.util.ArrayList<>();
			if (schema.has("$ref")) {
				SPEC.path("components")
					.path("schemas")
					.path(refName(schema.path("$ref")))
					.path("properties")
					.properties()
					.forEach((property) -> names.add(property.getKey()));
			}
			return names;
		}

		int status() {
			return Integer.parseInt(this.responses.properties().iterator().next().getKey());
		}

		/**
		 * Returns Appwrite's answer as the specification describes it.
		 * @return Appwrite's answer as the specification describes it
		 */
		Reply reply() {
			Map.Entry<String, JsonNode> response = this.responses.properties().iterator().next();
			int status = Integer.parseInt(response.getKey());
			// createExecution documents its JSON answer under multipart/form-data
			JsonNode content = response.getValue().path("content");
			JsonNode schema = content.path("application/json").path("schema");
			if (schema.isMissingNode()) {
				schema = content.path("multipart/form-data").path("schema");
			}
			if (schema.has("$ref")) {
				return Reply.json(status, example(refName(schema.path("$ref"))).toString());
			}
			if (status == 204) {
				return Reply.empty(204);
			}
			return new Reply(status, Map.of("Content-Type", "image/png"), BYTES.getBytes(StandardCharsets.UTF_8), 0);
		}

	}

}
