package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.management.CredentialRecordOwnerAuthorizationManager;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.registration.DefaultWebAuthnRegistrationPageGeneratingFilter;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.web.filter.CompositeFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInFailures;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;

/**
 * Spring Security's passkey endpoints, on Appwrite: {@code POST
 * /webauthn/authenticate/options} starts a sign-in (for anyone); for the signed-in
 * Appwrite user only, {@code POST /webauthn/register/options} and
 * {@code POST /webauthn/register} register a passkey, {@code DELETE
 * /webauthn/register/{id}} removes one of theirs, and {@code GET /webauthn/register} is
 * Spring Security's page that lists (name, created, last used), adds and removes them,
 * with its script and style sheet. Each request is served by Spring Security's own
 * filters, made for the relying party of the origin the request reached (see
 * {@link PasskeyRelyingParty}); a registration Spring Security refuses answers 400.
 */
final class AppwritePasskeyFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(AppwritePasskeyFilter.class);

	static final String REGISTER = "/webauthn/register";

	/** The most origins whose filters are kept; more are served but not kept. */
	private static final int MAX_ORIGINS = 16;

	private final PasskeyRelyingParty parties;

	private final PasskeyChallengeCookies cookies;

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository users;

	private final SecurityContextHolderStrategy contextHolder;

	private final String loginPage;

	private final String redirectParameter;

	private final Filter resources = composite(
			List.of(DefaultResourcesFilter.webauthn(), DefaultResourcesFilter.css()));

	private final Map<String, Filter> byOrigin = new ConcurrentHashMap<>();

	AppwritePasskeyFilter(PasskeyRelyingParty parties, PasskeyChallengeCookies cookies,
			UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository users,
			SecurityContextHolderStrategy contextHolder, String loginPage, String redirectParameter) {
		this.parties = parties;
		this.cookies = cookies;
		this.credentials = credentials;
		this.users = users;
		this.contextHolder = contextHolder;
		this.loginPage = loginPage;
		this.redirectParameter = redirectParameter;
	}

	/**
	 * Returns the origin of the application's public URL for a request (as the OAuth2
	 * callback is built: forwarded headers count when the application trusts them).
	 */
	static String origin(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request)
			.replacePath(null)
			.replaceQuery(null)
			.build()
			.toUriString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/login/webauthn.js") || path.equals("/default-ui.css")) {
			this.resources.doFilter(request, response, chain);
			return;
		}
		if (!path.startsWith("/webauthn/")) {
			chain.doFilter(request, response);
			return;
		}
		boolean registration = path.equals(REGISTER) || path.startsWith(REGISTER + "/");
		Authentication current = this.contextHolder.getContext().getAuthentication();
		if (registration && !(current instanceof AppwriteAuthenticationToken)) {
			notSignedIn(request, response, path);
			return;
		}
		if (registration && "GET".equals(request.getMethod()) && current != null) {
			// the page finds the user's passkeys by the request's user
			String userId = current.getName();
			request = new HttpServletRequestWrapper(request) {

				@Override
				public String getRemoteUser() {
					return userId;
				}

			};
			// Spring Security's page sends its token in a header: the raw token, not the
			// masked one meant for form fields
			Object deferred = request.getAttribute(DeferredCsrfToken.class.getName());
			if (deferred instanceof DeferredCsrfToken token) {
				request.setAttribute(CsrfToken.class.getName(), token.get());
			}
		}
		Filter filters = filters(origin(request));
		if (!registration) {
			filters.doFilter(request, response, chain);
			return;
		}
		try {
			filters.doFilter(request, response, chain);
		}
		catch (RuntimeException ex) {
			if (AppwriteUnavailableException.isUnavailability(ex) || response.isCommitted()) {
				throw ex;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Refused a passkey registration (" + ex.getClass().getName() + ")");
			}
			response.resetBuffer();
			ServletExchange.json(response, 400,
					SecurityJson.error("passkey_registration", "The passkey could not be registered. Try again."));
		}
	}

	private void notSignedIn(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		if ("GET".equals(request.getMethod()) && !ServletExchange.wantsJson(request)) {
			ServletExchange.redirect(request, response,
					SignInFailures.withRedirect(this.loginPage, this.redirectParameter, path));
			return;
		}
		ServletExchange.json(response, 401, SecurityJson.error("unauthenticated", "Sign in first."));
	}

	private Filter filters(String origin) {
		Filter filters = this.byOrigin.get(origin);
		if (filters != null) {
			return filters;
		}
		filters = filters(this.parties.forOrigin(origin));
		if (this.byOrigin.size() < MAX_ORIGINS) {
			this.byOrigin.putIfAbsent(origin, filters);
		}
		return filters;
	}

	private Filter filters(PasskeyRelyingParty.Party party) {
		PublicKeyCredentialRequestOptionsFilter signInOptions = new PublicKeyCredentialRequestOptionsFilter(
				party.operations());
		signInOptions.setRequestOptionsRepository(this.cookies.signIns());
		signInOptions.setSecurityContextHolderStrategy(this.contextHolder);
		PublicKeyCredentialCreationOptionsRepository registrations = this.cookies.registrations(party,
				this.parties.rpName(), this.contextHolder);
		PublicKeyCredentialCreationOptionsFilter registrationOptions = new PublicKeyCredentialCreationOptionsFilter(
				party.operations());
		registrationOptions.setCreationOptionsRepository(registrations);
		WebAuthnRegistrationFilter registration = new WebAuthnRegistrationFilter(this.credentials, party.operations());
		registration.setCreationOptionsRepository(registrations);
		registration.setSecurityContextHolderStrategy(this.contextHolder);
		registration.setDeleteCredentialAuthorizationManager(
				new CredentialRecordOwnerAuthorizationManager(this.credentials, this.users));
		DefaultWebAuthnRegistrationPageGeneratingFilter page = new DefaultWebAuthnRegistrationPageGeneratingFilter(
				this.users, this.credentials);
		return composite(List.of(signInOptions, registrationOptions, registration, page));
	}

	private static Filter composite(List<Filter> filters) {
		CompositeFilter composite = new CompositeFilter();
		composite.setFilters(filters);
		return composite;
	}

}
