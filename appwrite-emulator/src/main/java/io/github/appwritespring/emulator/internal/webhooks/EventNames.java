package io.github.appwritespring.emulator.internal.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appwrite's {@code Event::generateEvents}: a pattern such as
 * {@code users.[userId].sessions.[sessionId].create} and its parameters give every name
 * the event is delivered under, e.g. {@code users.U.sessions.S.create},
 * {@code users.*.sessions.*.create}, {@code users.U.sessions.*.create}, ...,
 * {@code users.U}, {@code users.*}. A webhook receives the event when one of its
 * subscribed names is among them (exact match; the {@code *} are in the generated names,
 * not patterns matched against them).
 */
public final class EventNames {

	private EventNames() {
	}

	/**
	 * The expansions of a pattern, in Appwrite's order, without duplicates.
	 * @param pattern dot-separated, parameters in brackets
	 * @param params parameter values by name, in the order Appwrite sets them
	 * @throws IllegalArgumentException if a bracketed resource has no parameter
	 */
	public static List<String> generate(String pattern, Map<String, String> params) {
		List<String> keys = new ArrayList<>(params.keySet());
		List<String> values = new ArrayList<>(params.values());
		String[] parts = pattern.split("\\.", -1);
		int count = parts.length;
		String type = part(parts, 0);
		String resource = part(parts, 1);
		boolean hasSubResource = count > 3 && parts[3].startsWith("[");
		boolean hasSubSubResource = count > 5 && parts[5].startsWith("[") && hasSubResource;
		String subType = "";
		String subResource = "";
		String subSubType = "";
		String subSubResource = "";
		String attribute = "";
		if (hasSubResource) {
			subType = parts[2];
			subResource = parts[3];
		}
		if (hasSubSubResource) {
			subSubType = parts[4];
			subSubResource = parts[5];
			if (count == 8) {
				attribute = parts[7];
			}
		}
		if (hasSubResource && !hasSubSubResource && count == 6) {
			attribute = parts[5];
		}
		if (!hasSubResource && count == 4) {
			attribute = parts[3];
		}
		String action = "";
		if (!hasSubResource && count > 2) {
			action = parts[2];
		}
		else if (hasSubSubResource) {
			action = (count > 6) ? parts[6] : "";
		}
		else if (hasSubResource && count > 4) {
			action = parts[4];
		}
		requireParam(resource, keys);
		requireParam(subResource, keys);
		requireParam(subSubResource, keys);

		Set<String> patterns = new LinkedHashSet<>();
		if (!action.isEmpty()) {
			if (!subSubResource.isEmpty()) {
				if (!attribute.isEmpty()) {
					patterns.add(String.join(".", type, resource, subType, subResource, subSubType, subSubResource,
							action, attribute));
				}
				patterns
					.add(String.join(".", type, resource, subType, subResource, subSubType, subSubResource, action));
				patterns.add(String.join(".", type, resource, subType, subResource, subSubType, subSubResource));
			}
			else if (!subResource.isEmpty()) {
				if (!attribute.isEmpty()) {
					patterns.add(String.join(".", type, resource, subType, subResource, action, attribute));
				}
				patterns.add(String.join(".", type, resource, subType, subResource, action));
				patterns.add(String.join(".", type, resource, subType, subResource));
			}
			else {
				patterns.add(String.join(".", type, resource, action));
			}
			if (!attribute.isEmpty()) {
				patterns.add(String.join(".", type, resource, action, attribute));
			}
		}
		if (!subSubResource.isEmpty()) {
			patterns.add(String.join(".", type, resource, subType, subResource, subSubType, subSubResource));
		}
		if (!subResource.isEmpty()) {
			patterns.add(String.join(".", type, resource, subType, subResource));
		}
		patterns.add(String.join(".", type, resource));

		Set<String> events = new LinkedHashSet<>();
		for (String eventPattern : patterns) {
			events.add(replace(eventPattern, keys, values));
			events.add(replaceAll(eventPattern, keys, "*"));
			for (String key : keys) {
				for (String current : keys) {
					if (!subSubResource.isEmpty()) {
						for (String subCurrent : keys) {
							if (subCurrent.equals(current) || subCurrent.equals(key)) {
								continue;
							}
							String once = eventPattern.replace(subCurrent, "*");
							events.add(replace(once, keys, values));
							events.add(replace(once.replace(current, "*"), keys, values));
							events.add(replace(eventPattern.replace(current, "*"), keys, values));
						}
					}
					else {
						if (current.equals(key)) {
							continue;
						}
						events.add(replace(eventPattern.replace(current, "*"), keys, values));
					}
				}
			}
		}
		Set<String> result = new LinkedHashSet<>();
		for (String event : events) {
			result.add(event.replace("[", "").replace("]", ""));
		}
		return List.copyOf(result);
	}

	private static String part(String[] parts, int index) {
		return (index < parts.length) ? parts[index] : "";
	}

	private static void requireParam(String resource, List<String> keys) {
		if (!resource.isEmpty() && !keys.contains(strip(resource))) {
			throw new IllegalArgumentException(resource + " is missing from the params.");
		}
	}

	private static String strip(String resource) {
		String result = resource;
		while (result.startsWith("[")) {
			result = result.substring(1);
		}
		while (result.endsWith("]")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	/** PHP's {@code str_replace(array, array, subject)}: each pair in turn. */
	private static String replace(String subject, List<String> keys, List<String> values) {
		String result = subject;
		for (int i = 0; i < keys.size(); i++) {
			result = result.replace(keys.get(i), values.get(i));
		}
		return result;
	}

	private static String replaceAll(String subject, List<String> keys, String value) {
		String result = subject;
		for (String key : keys) {
			result = result.replace(key, value);
		}
		return result;
	}

}
