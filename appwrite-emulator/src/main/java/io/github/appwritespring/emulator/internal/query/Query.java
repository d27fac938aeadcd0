package io.github.appwritespring.emulator.internal.query;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One parsed Appwrite query: {@code {"method", "attribute", "values"}};
 * {@code and}/{@code or} carry nested queries instead of values.
 *
 * @param method the method, e.g. {@code equal}
 * @param attribute the attribute, {@code ""} for methods without one
 * @param values the values (scalars, or strings for select)
 * @param nested the nested queries of {@code and}/{@code or}
 */
public record Query(String method, String attribute, List<JsonNode> values, List<Query> nested) {
}
