package io.github.appwritespring.autoconfigure.security.account;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The plausibility check of an email address before Appwrite is asked: one {@code @} with
 * something on both sides, no spaces or control characters, at most 254 characters.
 * Appwrite validates it properly.
 */
final class EmailAddresses {

	private EmailAddresses() {
	}

	@Contract("null -> false")
	static boolean isPlausible(@Nullable String email) {
		if (email == null || email.length() > 254) {
			return false;
		}
		int at = email.indexOf('@');
		if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
			return false;
		}
		return email.chars().noneMatch((c) -> c <= ' ' || c == 0x7f);
	}

}
