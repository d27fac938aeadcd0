package io.github.appwritespring.emulator.internal.tablesdb;

import tools.jackson.databind.JsonNode;

/**
 * Spatial column values as Appwrite 1.8 takes them in JSON: a point is {@code [x, y]}, a
 * line a list of at least two points, a polygon a list of closed rings (at least four
 * points, the last equal to the first).
 */
final class Spatial {

	private Spatial() {
	}

	static boolean isValid(String type, JsonNode value) {
		return switch (type) {
			case "point" -> isPoint(value);
			case "linestring" -> isLine(value, 2);
			case "polygon" -> isPolygon(value);
			default -> false;
		};
	}

	static String rule(String type) {
		return switch (type) {
			case "point" -> "Value must be a valid point: an array of two numbers [x, y]";
			case "linestring" -> "Value must be a valid line: an array of at least two points";
			default -> "Value must be a valid polygon: an array of closed rings of at least four points";
		};
	}

	private static boolean isPoint(JsonNode value) {
		return value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isNumber();
	}

	private static boolean isLine(JsonNode value, int minPoints) {
		if (!value.isArray() || value.size() < minPoints) {
			return false;
		}
		for (JsonNode point : value) {
			if (!isPoint(point)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPolygon(JsonNode value) {
		if (!value.isArray() || value.isEmpty()) {
			return false;
		}
		for (JsonNode ring : value) {
			if (!isLine(ring, 4) || !ring.get(0).equals(ring.get(ring.size() - 1))) {
				return false;
			}
		}
		return true;
	}

}
