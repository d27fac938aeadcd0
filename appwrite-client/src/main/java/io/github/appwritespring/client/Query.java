package io.github.appwritespring.client;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.internal.Require;

/**
 * Appwrite 1.8 queries. Each method returns the query as the JSON string Appwrite
 * expects, e.g. {@code Query.equal("title", "Hello")} is
 * {@code {"method":"equal","attribute":"title","values":["Hello"]}}. Pass them to any
 * list call. Invalid arguments are rejected here, before a request is sent.
 *
 * @since 0.1.0
 */
public final class Query {

	/** Appwrite's date format, used by the {@code created*}/{@code updated*} helpers. */
	public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

	private static final TypeReference<Map<String, Object>> QUERY_MAP = new TypeReference<>() {
	};

	private Query() {
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value a value, or a collection of values (matches any of them)
	 * @return the query
	 */
	public static String equal(String attribute, Object value) {
		return withValues("equal", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value a value, or a collection of values
	 * @return the query
	 */
	public static String notEqual(String attribute, Object value) {
		return withValues("notEqual", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value the bound
	 * @return the query
	 */
	public static String lessThan(String attribute, Object value) {
		return withValues("lessThan", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value the bound
	 * @return the query
	 */
	public static String lessThanEqual(String attribute, Object value) {
		return withValues("lessThanEqual", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value the bound
	 * @return the query
	 */
	public static String greaterThan(String attribute, Object value) {
		return withValues("greaterThan", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param value the bound
	 * @return the query
	 */
	public static String greaterThanEqual(String attribute, Object value) {
		return withValues("greaterThanEqual", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param start the lower bound (inclusive)
	 * @param end the upper bound (inclusive)
	 * @return the query
	 */
	public static String between(String attribute, Object start, Object end) {
		return build("between", attribute(attribute), List.of(value("start", start), value("end", end)));
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @param start the lower bound
	 * @param end the upper bound
	 * @return the query
	 */
	public static String notBetween(String attribute, Object start, Object end) {
		return build("notBetween", attribute(attribute), List.of(value("start", start), value("end", end)));
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @return the query
	 */
	public static String isNull(String attribute) {
		return build("isNull", attribute(attribute), null);
	}

	/**
	 * Returns the query.
	 * @param attribute the column or attribute
	 * @return the query
	 */
	public static String isNotNull(String attribute) {
		return build("isNotNull", attribute(attribute), null);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column
	 * @param prefix the prefix
	 * @return the query
	 */
	public static String startsWith(String attribute, String prefix) {
		return withValues("startsWith", attribute, prefix);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column
	 * @param prefix the prefix
	 * @return the query
	 */
	public static String notStartsWith(String attribute, String prefix) {
		return withValues("notStartsWith", attribute, prefix);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column
	 * @param suffix the suffix
	 * @return the query
	 */
	public static String endsWith(String attribute, String suffix) {
		return withValues("endsWith", attribute, suffix);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column
	 * @param suffix the suffix
	 * @return the query
	 */
	public static String notEndsWith(String attribute, String suffix) {
		return withValues("notEndsWith", attribute, suffix);
	}

	/**
	 * Full-text search; Appwrite needs a fulltext index on the column.
	 * @param attribute a string column
	 * @param text the words to look for
	 * @return the query
	 */
	public static String search(String attribute, String text) {
		return withValues("search", attribute, text);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column with a fulltext index
	 * @param text the words that must not match
	 * @return the query
	 */
	public static String notSearch(String attribute, String text) {
		return withValues("notSearch", attribute, text);
	}

	/**
	 * Returns the query.
	 * @param attribute a string column (substring) or an array column (element)
	 * @param value a value, or a collection of values
	 * @return the query
	 */
	public static String contains(String attribute, Object value) {
		return withValues("contains", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attribute a string or array column
	 * @param value a value, or a collection of values
	 * @return the query
	 */
	public static String notContains(String attribute, Object value) {
		return withValues("notContains", attribute, value);
	}

	/**
	 * Returns the query.
	 * @param attributes the columns to return
	 * @return the query
	 */
	public static String select(List<String> attributes) {
		Require.nonEmpty("attributes", attributes);
		attributes.forEach((attribute) -> Require.nonBlank("attributes[]", attribute));
		return build("select", null, new ArrayList<>(attributes));
	}

	/**
	 * Returns the query.
	 * @param attribute the column to order by, ascending
	 * @return the query
	 */
	public static String orderAsc(String attribute) {
		return build("orderAsc", attribute(attribute), null);
	}

	/**
	 * Returns the query.
	 * @param attribute the column to order by, descending
	 * @return the query
	 */
	public static String orderDesc(String attribute) {
		return build("orderDesc", attribute(attribute), null);
	}

	/**
	 * Returns a query for random order.
	 * @return a query for random order
	 */
	public static String orderRandom() {
		return build("orderRandom", null, null);
	}

	/**
	 * Returns the query.
	 * @param limit the page size, 0 or more (Appwrite's default is 25)
	 * @return the query
	 */
	public static String limit(int limit) {
		Require.range("limit", limit, 0, Integer.MAX_VALUE);
		return build("limit", null, List.of(limit));
	}

	/**
	 * Returns the query.
	 * @param offset how many results to skip, 0 or more
	 * @return the query
	 */
	public static String offset(int offset) {
		Require.range("offset", offset, 0, Integer.MAX_VALUE);
		return build("offset", null, List.of(offset));
	}

	/**
	 * Returns the query.
	 * @param id the ID of the last item of the previous page
	 * @return the query
	 */
	public static String cursorAfter(String id) {
		return build("cursorAfter", null, List.of(Require.nonBlank("id", id)));
	}

	/**
	 * Returns the query.
	 * @param id the ID of the first item of the next page
	 * @return the query
	 */
	public static String cursorBefore(String id) {
		return build("cursorBefore", null, List.of(Require.nonBlank("id", id)));
	}

	/**
	 * Returns the query.
	 * @param queries two or more queries that must all match
	 * @return the query
	 */
	public static String and(String... queries) {
		return logical("and", queries);
	}

	/**
	 * Returns the query.
	 * @param queries two or more queries of which one must match
	 * @return the query
	 */
	public static String or(String... queries) {
		return logical("or", queries);
	}

	/**
	 * Returns rows created before it.
	 * @param value an Appwrite date, e.g. {@code 2025-01-31T12:00:00.000+00:00}
	 * @return rows created before it
	 */
	public static String createdBefore(String value) {
		return lessThan("$createdAt", Require.nonBlank("value", value));
	}

	/**
	 * Returns rows created before it.
	 * @param value a point in time
	 * @return rows created before it
	 */
	public static String createdBefore(OffsetDateTime value) {
		return createdBefore(format(value));
	}

	/**
	 * Returns rows created after it.
	 * @param value an Appwrite date
	 * @return rows created after it
	 */
	public static String createdAfter(String value) {
		return greaterThan("$createdAt", Require.nonBlank("value", value));
	}

	/**
	 * Returns rows created after it.
	 * @param value a point in time
	 * @return rows created after it
	 */
	public static String createdAfter(OffsetDateTime value) {
		return createdAfter(format(value));
	}

	/**
	 * Returns rows created between them (inclusive).
	 * @param start an Appwrite date
	 * @param end an Appwrite date
	 * @return rows created between them (inclusive)
	 */
	public static String createdBetween(String start, String end) {
		return between("$createdAt", Require.nonBlank("start", start), Require.nonBlank("end", end));
	}

	/**
	 * Returns rows created between them (inclusive).
	 * @param start a point in time
	 * @param end a point in time
	 * @return rows created between them (inclusive)
	 */
	public static String createdBetween(OffsetDateTime start, OffsetDateTime end) {
		return createdBetween(format(start), format(end));
	}

	/**
	 * Returns rows last updated before it.
	 * @param value an Appwrite date
	 * @return rows last updated before it
	 */
	public static String updatedBefore(String value) {
		return lessThan("$updatedAt", Require.nonBlank("value", value));
	}

	/**
	 * Returns rows last updated before it.
	 * @param value a point in time
	 * @return rows last updated before it
	 */
	public static String updatedBefore(OffsetDateTime value) {
		return updatedBefore(format(value));
	}

	/**
	 * Returns rows last updated after it.
	 * @param value an Appwrite date
	 * @return rows last updated after it
	 */
	public static String updatedAfter(String value) {
		return greaterThan("$updatedAt", Require.nonBlank("value", value));
	}

	/**
	 * Returns rows last updated after it.
	 * @param value a point in time
	 * @return rows last updated after it
	 */
	public static String updatedAfter(OffsetDateTime value) {
		return updatedAfter(format(value));
	}

	/**
	 * Returns rows last updated between them (inclusive).
	 * @param start an Appwrite date
	 * @param end an Appwrite date
	 * @return rows last updated between them (inclusive)
	 */
	public static String updatedBetween(String start, String end) {
		return between("$updatedAt", Require.nonBlank("start", start), Require.nonBlank("end", end));
	}

	/**
	 * Returns rows last updated between them (inclusive).
	 * @param start a point in time
	 * @param end a point in time
	 * @return rows last updated between them (inclusive)
	 */
	public static String updatedBetween(OffsetDateTime start, OffsetDateTime end) {
		return updatedBetween(format(start), format(end));
	}

	/**
	 * Spatial: the geometry in {@code attribute} is exactly {@code distance} away from
	 * {@code geometry}, in meters.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point {@code [longitude, latitude]}, a line {@code [[x, y], ...]}
	 * or a polygon {@code [[[x, y], ...]]}, as nested lists of numbers
	 * @param distance the distance in meters, 0 or more
	 * @return the query
	 */
	public static String distanceEqual(String attribute, List<?> geometry, Number distance) {
		return distanceEqual(attribute, geometry, distance, true);
	}

	/**
	 * Spatial: like {@link #distanceEqual(String, List, Number)}, with the distance in
	 * meters or in the units of the coordinates.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @param distance the distance, 0 or more
	 * @param meters whether {@code distance} is in meters
	 * @return the query
	 */
	public static String distanceEqual(String attribute, List<?> geometry, Number distance, boolean meters) {
		return distance("distanceEqual", attribute, geometry, distance, meters);
	}

	/**
	 * Spatial: the geometry in {@code attribute} is not exactly {@code distance} away
	 * from {@code geometry}, in meters.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point {@code [longitude, latitude]}, a line {@code [[x, y], ...]}
	 * or a polygon {@code [[[x, y], ...]]}, as nested lists of numbers
	 * @param distance the distance in meters, 0 or more
	 * @return the query
	 */
	public static String distanceNotEqual(String attribute, List<?> geometry, Number distance) {
		return distanceNotEqual(attribute, geometry, distance, true);
	}

	/**
	 * Spatial: like {@link #distanceNotEqual(String, List, Number)}, with the distance in
	 * meters or in the units of the coordinates.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @param distance the distance, 0 or more
	 * @param meters whether {@code distance} is in meters
	 * @return the query
	 */
	public static String distanceNotEqual(String attribute, List<?> geometry, Number distance, boolean meters) {
		return distance("distanceNotEqual", attribute, geometry, distance, meters);
	}

	/**
	 * Spatial: the geometry in {@code attribute} is farther than {@code distance} from
	 * {@code geometry}, in meters.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point {@code [longitude, latitude]}, a line {@code [[x, y], ...]}
	 * or a polygon {@code [[[x, y], ...]]}, as nested lists of numbers
	 * @param distance the distance in meters, 0 or more
	 * @return the query
	 */
	public static String distanceGreaterThan(String attribute, List<?> geometry, Number distance) {
		return distanceGreaterThan(attribute, geometry, distance, true);
	}

	/**
	 * Spatial: like {@link #distanceGreaterThan(String, List, Number)}, with the distance
	 * in meters or in the units of the coordinates.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @param distance the distance, 0 or more
	 * @param meters whether {@code distance} is in meters
	 * @return the query
	 */
	public static String distanceGreaterThan(String attribute, List<?> geometry, Number distance, boolean meters) {
		return distance("distanceGreaterThan", attribute, geometry, distance, meters);
	}

	/**
	 * Spatial: the geometry in {@code attribute} is closer than {@code distance} to
	 * {@code geometry}, in meters.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point {@code [longitude, latitude]}, a line {@code [[x, y], ...]}
	 * or a polygon {@code [[[x, y], ...]]}, as nested lists of numbers
	 * @param distance the distance in meters, 0 or more
	 * @return the query
	 */
	public static String distanceLessThan(String attribute, List<?> geometry, Number distance) {
		return distanceLessThan(attribute, geometry, distance, true);
	}

	/**
	 * Spatial: like {@link #distanceLessThan(String, List, Number)}, with the distance in
	 * meters or in the units of the coordinates.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @param distance the distance, 0 or more
	 * @param meters whether {@code distance} is in meters
	 * @return the query
	 */
	public static String distanceLessThan(String attribute, List<?> geometry, Number distance, boolean meters) {
		return distance("distanceLessThan", attribute, geometry, distance, meters);
	}

	/**
	 * Spatial: the geometry in {@code attribute} intersects {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String intersects(String attribute, List<?> geometry) {
		return build("intersects", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} does not intersect {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String notIntersects(String attribute, List<?> geometry) {
		return build("notIntersects", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} crosses {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String crosses(String attribute, List<?> geometry) {
		return build("crosses", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} does not cross {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String notCrosses(String attribute, List<?> geometry) {
		return build("notCrosses", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} overlaps {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String overlaps(String attribute, List<?> geometry) {
		return build("overlaps", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} does not overlap {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String notOverlaps(String attribute, List<?> geometry) {
		return build("notOverlaps", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} touches {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String touches(String attribute, List<?> geometry) {
		return build("touches", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Spatial: the geometry in {@code attribute} does not touch {@code geometry}.
	 * @param attribute a point, line or polygon column
	 * @param geometry a point, line or polygon as nested lists of numbers
	 * @return the query
	 */
	public static String notTouches(String attribute, List<?> geometry) {
		return build("notTouches", attribute(attribute), List.of(geometry(geometry)));
	}

	/**
	 * Reads a query string back into its method, for checks such as "does the caller
	 * already page?".
	 * @param query a query made by this class (or by hand)
	 * @return its {@code method}
	 * @throws IllegalArgumentException if the string is not a query
	 */
	public static String methodOf(String query) {
		Object method = parse(query).get("method");
		if (!(method instanceof String name) || name.isBlank()) {
			throw new IllegalArgumentException("Not an Appwrite query (no 'method'): " + abbreviate(query));
		}
		return name;
	}

	private static String format(OffsetDateTime value) {
		return DATE_FORMAT.format(Require.nonNull("value", value));
	}

	private static String distance(String method, String attribute, List<?> geometry, @Nullable Number distance,
			boolean meters) {
		double value = Require.nonNull("distance", distance).doubleValue();
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("'distance' must be a finite number, 0 or more, but was " + distance);
		}
		List<Object> triple = new ArrayList<>(3);
		triple.add(geometry(geometry));
		triple.add(distance);
		triple.add(meters);
		return build(method, attribute(attribute), List.of(triple));
	}

	/**
	 * A geometry is a list of numbers (a point) or of nested lists down to numbers
	 * (lines, polygons); anything else would only be refused by Appwrite later.
	 */
	private static List<?> geometry(@Nullable List<?> geometry) {
		List<?> checked = Require.nonEmpty("geometry", geometry);
		for (Object element : checked) {
			if (element instanceof List<?> nested) {
				geometry(nested);
			}
			else if (!(element instanceof Number number) || !Double.isFinite(number.doubleValue())) {
				throw new IllegalArgumentException("'geometry' must hold finite numbers or nested lists of them "
						+ "(a point [longitude, latitude], a line or a polygon) but held " + element);
			}
		}
		return checked;
	}

	private static String logical(String method, String[] queries) {
		if (queries == null || queries.length == 0) {
			throw new IllegalArgumentException("'queries' of Query." + method + " must name at least one query");
		}
		List<Object> nested = new ArrayList<>(queries.length);
		for (String query : queries) {
			nested.add(parse(Require.nonBlank("queries[]", query)));
		}
		return build(method, null, nested);
	}

	private static Map<String, Object> parse(String query) {
		try {
			Map<String, Object> parsed = Json.mapper().readValue(query, QUERY_MAP);
			if (parsed == null || !(parsed.get("method") instanceof String)) {
				throw new IllegalArgumentException("Not an Appwrite query (no 'method'): " + abbreviate(query));
			}
			return parsed;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not an Appwrite query (not JSON): " + abbreviate(query), ex);
		}
	}

	private static String withValues(String method, String attribute, Object value) {
		return build(method, attribute(attribute), values(value));
	}

	private static String attribute(String attribute) {
		return Require.nonBlank("attribute", attribute);
	}

	/**
	 * Appwrite compares with JSON strings, numbers and booleans only; anything else (a
	 * date object, a record) would reach it in a shape it cannot compare, so it is
	 * rejected here.
	 */
	private static Object value(String name, @Nullable Object value) {
		Object checked = Require.nonNull(name, value);
		if (checked instanceof String || checked instanceof Number || checked instanceof Boolean) {
			return checked;
		}
		throw new IllegalArgumentException(
				"'" + name + "' must be a String, Number or Boolean but was a " + checked.getClass().getName()
						+ ((checked instanceof OffsetDateTime) ? "; format dates with Query.DATE_FORMAT" : ""));
	}

	private static List<Object> values(@Nullable Object value) {
		Require.nonNull("value", value);
		if (value instanceof Collection<?> collection) {
			Require.nonEmpty("value", collection);
			List<Object> values = new ArrayList<>(collection.size());
			for (Object element : collection) {
				values.add(value("value", element));
			}
			return values;
		}
		if (value instanceof Object[] array) {
			return values(Arrays.asList(array));
		}
		return List.of(value("value", value));
	}

	private static String build(String method, @Nullable String attribute, @Nullable List<Object> values) {
		Map<String, Object> query = new LinkedHashMap<>(4);
		query.put("method", method);
		if (attribute != null) {
			query.put("attribute", attribute);
		}
		if (values != null) {
			query.put("values", values);
		}
		String json = Json.mapper().writeValueAsString(query);
		if (json.length() > 4096) {
			throw new IllegalArgumentException(
					"Query." + method + " is " + json.length() + " characters long; Appwrite accepts at most 4096");
		}
		return json;
	}

	private static String abbreviate(String value) {
		return (value.length() <= 80) ? value : value.substring(0, 77) + "...";
	}

}
