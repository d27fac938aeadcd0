package io.github.appwritespring.autoconfigure.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors Appwrite records on a session as Spring Security
 * {@link FactorGrantedAuthority} values, so that an application can require several
 * factors with Spring Security's own rules, e.g.
 * {@code AllRequiredFactorsAuthorizationManager.builder().requireFactor((f) -> f.passwordAuthority()).requireFactor((f) -> f.authority(AppwriteFactors.TOTP)).build()}.
 * Spring's constants are used where one means the same: {@code password} is
 * {@link FactorGrantedAuthority#PASSWORD_AUTHORITY}, {@code token} (a one-time token
 * exchanged for the session) {@link FactorGrantedAuthority#OTT_AUTHORITY}, {@code oauth2}
 * {@link FactorGrantedAuthority#AUTHORIZATION_CODE_AUTHORITY}; every other factor is
 * {@code FACTOR_} and its name in upper case. A factor's issue time is when the session
 * was created for the session's first factor and when MFA last passed for the others.
 *
 * @since 0.1.0
 */
public final class AppwriteFactors {

	/** A code from an authenticator app ({@code totp}). */
	public static final String TOTP = "FACTOR_TOTP";

	/**
	 * The email address: a code emailed as a second factor, a magic link, an emailed
	 * sign-in code, or an OAuth2 provider's verified email ({@code email}).
	 */
	public static final String EMAIL = "FACTOR_EMAIL";

	/** A code sent by SMS ({@code phone}). */
	public static final String PHONE = "FACTOR_PHONE";

	/** One of the account's recovery codes ({@code recoverycode}). */
	public static final String RECOVERY_CODE = "FACTOR_RECOVERYCODE";

	private AppwriteFactors() {
	}

	/**
	 * Returns the authority of one of Appwrite's factor names.
	 * @param factor a factor as Appwrite names it, e.g. {@code password} or {@code totp}
	 * @return its authority, e.g. {@code FACTOR_PASSWORD}
	 */
	public static String authority(String factor) {
		return switch (factor.toLowerCase(Locale.ROOT)) {
			case "password" -> FactorGrantedAuthority.PASSWORD_AUTHORITY;
			case "token" -> FactorGrantedAuthority.OTT_AUTHORITY;
			case "oauth2" -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY;
			default -> "FACTOR_" + factor.toUpperCase(Locale.ROOT);
		};
	}

	/**
	 * Returns the authorities of a session's factors.
	 * @param factors the session's factors as Appwrite lists them, first factor first
	 * @param createdAt when the session was created, as Appwrite formats it, or
	 * {@code null}
	 * @param mfaUpdatedAt when MFA last passed, as Appwrite formats it, or {@code null}
	 * @return the authorities, one per distinct factor
	 */
	public static List<FactorGrantedAuthority> of(@Nullable List<String> factors, @Nullable String createdAt,
			@Nullable String mfaUpdatedAt) {
		if (factors == null || factors.isEmpty()) {
			return List.of();
		}
		Instant created = instant(createdAt);
		Instant passed = instant(mfaUpdatedAt);
		List<FactorGrantedAuthority> authorities = new ArrayList<>();
		boolean first = true;
		for (String authority : new LinkedHashSet<>(factors.stream().map(AppwriteFactors::authority).toList())) {
			Instant issuedAt = (first || passed == null) ? created : passed;
			FactorGrantedAuthority.Builder builder = FactorGrantedAuthority.withAuthority(authority);
			authorities.add(((issuedAt != null) ? builder.issuedAt(issuedAt) : builder).build());
			first = false;
		}
		return authorities;
	}

	/**
	 * Returns a token whose only WebAuthn factor is the one given: any the token carried
	 * is dropped (a cached token must not lend it to a browser without the cookie).
	 * @param token a signed-in user
	 * @param issued when a passkey signed the session in, or {@code null} when it did not
	 * @return the token with the factor, or without it
	 */
	public static AppwriteAuthenticationToken withWebAuthn(AppwriteAuthenticationToken token,
			@Nullable Instant issued) {
		boolean carried = hasWebAuthn(token);
		if (!carried && issued == null) {
			return token;
		}
		List<GrantedAuthority> authorities = new ArrayList<>(token.getAuthorities().size() + 1);
		for (GrantedAuthority authority : token.getAuthorities()) {
			if (!FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority())) {
				authorities.add(authority);
			}
		}
		if (issued != null) {
			authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				.issuedAt(issued)
				.build());
		}
		AppwriteAuthenticationToken changed = new AppwriteAuthenticationToken(token.getPrincipal(),
				token.getSessionSecret(), token.getSessionExpire(), authorities);
		changed.setDetails(token.getDetails());
		return changed;
	}

	/**
	 * Returns whether an authentication carries the WebAuthn factor: for a signed-in
	 * Appwrite user, whether a passkey began the session.
	 * @param authentication a signed-in user
	 * @return whether it carries {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY}
	 */
	public static boolean hasWebAuthn(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority()));
	}

	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(value).toInstant();
			// Appwrite leaves mfaUpdatedAt at the epoch (or empty) until MFA first passes
			return (instant.getEpochSecond() <= 0) ? null : instant;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
