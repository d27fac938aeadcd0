package io.github.appwritespring.emulator.permission;

import io.github.appwritespring.emulator.support.Ids;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A role in a permission: {@code any}, {@code guests},
 * {@code users[/verified|/unverified]}, {@code user:ID[/verified|/unverified]},
 * {@code team:ID[/ROLE]}, {@code member:ID}, {@code label:NAME}.
 *
 * @param name {@code any}, {@code guests}, {@code users}, {@code user}, {@code team},
 * {@code member} or {@code label}
 * @param id the ID part, null when there is none
 * @param dimension the part after {@code /}, null when there is none
 */
public record Role(String name, @Nullable String id, @Nullable String dimension) {

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,36}");

	private static final String NAMES = "any, guests, users, user, team, member, label";

	/**
	 * Parses and validates a role string.
	 * @throws IllegalArgumentException with Appwrite-like wording when it is not a valid
	 * role
	 */
	public static Role parse(String value) {
		String rest = value;
		String dimension = null;
		int slash = rest.indexOf('/');
		if (slash >= 0) {
			dimension = rest.substring(slash + 1);
			rest = rest.substring(0, slash);
		}
		String id = null;
		int colon = rest.indexOf(':');
		if (colon >= 0) {
			id = rest.substring(colon + 1);
			rest = rest.substring(0, colon);
		}
		Role role = new Role(rest, id, dimension);
		role.validate(value);
		return role;
	}

	private void validate(String original) {
		switch (name) {
			case "any", "guests" -> {
				require(id == null, "Role \"" + name + "\" can not have an ID value.");
				require(dimension == null, "Role \"" + name + "\" can not have a dimension value.");
			}
			case "users" -> {
				require(id == null, "Role \"users\" can not have an ID value.");
				require(dimension == null || isStatus(dimension),
						"Only verified and unverified dimensions are allowed, got \"" + dimension + "\".");
			}
			case "user" -> {
				require(id != null && !id.isEmpty(), "Role \"user\" must have an ID value.");
				require(Ids.isValid(id),
						"Role \"user\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(dimension == null || isStatus(dimension),
						"Only verified and unverified dimensions are allowed, got \"" + dimension + "\".");
			}
			case "team" -> {
				require(id != null && !id.isEmpty(), "Role \"team\" must have an ID value.");
				require(Ids.isValid(id),
						"Role \"team\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(dimension == null || Ids.isValid(dimension),
						"Dimension must not be empty and must be at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore.");
			}
			case "member" -> {
				require(id != null && !id.isEmpty(), "Role \"member\" must have an ID value.");
				require(Ids.isValid(id),
						"Role \"member\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(dimension == null, "Role \"member\" can not have a dimension value.");
			}
			case "label" -> {
				require(id != null && LABEL.matcher(id).matches(),
						"Role \"label\" must have a label of 1 to 36 chars of a-z, A-Z, 0-9.");
				require(dimension == null, "Role \"label\" can not have a dimension value.");
			}
			default -> throw new IllegalArgumentException("Role \"" + (name.isEmpty() ? original : name)
					+ "\" is not allowed. Must be one of: " + NAMES + ".");
		}
	}

	private static boolean isStatus(String dimension) {
		return dimension.equals("verified") || dimension.equals("unverified");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

	/** The wire form, e.g. {@code user:abc/verified}. */
	@Override
	public String toString() {
		return name + (id == null ? "" : ":" + id) + (dimension == null ? "" : "/" + dimension);
	}
}
