package io.github.appwritespring.autoconfigure.security.servlet;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;

import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;

/**
 * A passkey sign-in to authenticate: the browser's assertion with the options its
 * ceremony was started with, and the relying party it is checked against.
 */
final class PasskeyAssertionToken extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final transient @Nullable RelyingPartyAuthenticationRequest assertion;

	private final transient PasskeyRelyingParty.Party party;

	PasskeyAssertionToken(@Nullable RelyingPartyAuthenticationRequest assertion, PasskeyRelyingParty.Party party) {
		super(List.of());
		this.assertion = assertion;
		this.party = party;
	}

	/**
	 * The assertion, or {@code null} when the browser started no ceremony or sent none.
	 */
	@Nullable RelyingPartyAuthenticationRequest assertion() {
		return this.assertion;
	}

	PasskeyRelyingParty.Party party() {
		return this.party;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return "";
	}

}
