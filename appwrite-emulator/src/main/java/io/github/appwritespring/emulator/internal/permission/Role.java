package io.github.appwritespring.emulator.internal.permission;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.support.Ids;

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
		switch (this.name) {
			case "any", "guests" -> {
				require(this.id == null, "Role \"" + this.name + "\" can not have an ID value.");
				require(this.dimension == null, "Role \"" + this.name + "\" can not have a dimension value.");
			}
			case "users" -> {
				require(this.id == null, "Role \"users\" can not have an ID value.");
				require(this.dimension == null || isStatus(this.dimension),
						"Only verified and unverified dimensions are allowed, got \"" + this.dimension + "\".");
			}
			case "user" -> {
				require(this.id != null && !this.id.isEmpty(), "Role \"user\" must have an ID value.");
				require(Ids.isValid(this.id),
						"Role \"user\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(this.dimension == null || isStatus(this.dimension),
						"Only verified and unverified dimensions are allowed, got \"" + this.dimension + "\".");
			}
			case "team" -> {
				require(this.id != null && !this.id.isEmpty(), "Role \"team\" must have an ID value.");
				require(Ids.isValid(this.id),
						"Role \"team\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(this.dimension == null || Ids.isValid(this.dimension),
						"Dimension must not be empty and must be at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore.");
			}
			case "member" -> {
				require(this.id != null && !this.id.isEmpty(), "Role \"member\" must have an ID value.");
				require(Ids.isValid(this.id),
						"Role \"member\" must have a valid ID: at most 36 chars of a-z, A-Z, 0-9, period, hyphen and underscore, not starting with a special char.");
				require(this.dimension == null, "Role \"member\" can not have a dimension value.");
			}
			case "label" -> {
				require(this.id != null && LABEL.matcher(this.id).matches(),
						"Role \"label\" must have a label of 1 to 36 chars of a-z, A-Z, 0-9.");
				require(this.dimension == null, "Role \"label\" can not have a dimension value.");
			}
			default -> throw new IllegalArgumentException("Role \"" + (this.name.isEmpty() ? original : this.name)
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
		return this.name + ((this.id == null) ? "" : ":" + this.id)
				+ ((this.dimension == null) ? "" : "/" + this.dimension);
	}
}
