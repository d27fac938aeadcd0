package io.github.appwritespring.emulator.internal.users;

import java.util.List;
import java.util.regex.Pattern;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;

/**
 * Appwrite's rule for user labels: at most 1000, each 1 to 36 characters of
 * {@code a-zA-Z0-9}.
 */
public final class UserLabels {

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,36}");

	private UserLabels() {
	}

	/** The {@code labels} parameter, required and validated; duplicates are dropped. */
	public static List<String> from(Params params, String name) {
		List<String> labels = params.strings(name, 1000, 36);
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw ApiException.invalidParam(name,
						"Value must a valid array no longer than 1000 items and Value must be a valid string and at least 1 chars and no longer than 36 chars and only consist of the following characters: a-z, A-Z, 0-9");
			}
		}
		return labels.stream().distinct().toList();
	}

}
