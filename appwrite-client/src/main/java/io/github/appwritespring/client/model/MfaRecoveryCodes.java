package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A user's MFA recovery codes, each usable once in place of a second factor (challenge
 * factor {@code recoverycode}). {@link #toString()} shows only how many there are.
 *
 * @param recoveryCodes the codes
 * @since 0.1.0
 */
public record MfaRecoveryCodes(List<String> recoveryCodes) {

	@Override
	public String toString() {
		return "MfaRecoveryCodes[" + ((this.recoveryCodes != null) ? this.recoveryCodes.size() : 0)
				+ " codes, (hidden)]";
	}

}
