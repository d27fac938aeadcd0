package io.github.appwritespring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a signed-in Appwrite user without any Appwrite session: the security
 * context holds the same
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken}
 * production builds, with an
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteUser} principal (so
 * {@code @AuthenticationPrincipal AppwriteUser} works) and the authorities the
 * application's
 * {@link io.github.appwritespring.autoconfigure.security.AppwriteAuthoritiesMapper} gives
 * (label {@code admin} is {@code ROLE_ADMIN} by default). Like Spring Security's
 * {@code @WithMockUser} it goes on a test method or class, and may be used as a
 * meta-annotation ({@code @WithMockAppwriteAdmin}).
 *
 * <pre>{@code
 * &#64;Test
 *

&#64;WithMockAppwriteUser(labels = "admin")
 * void adminsSeeTheAdminPage() throws Exception {
 *     mvc.perform(get("/admin")).andExpect(status().isOk());
 * }
 * }</pre>
 *
 * The token carries no session secret, so nothing is asked of Appwrite: the request's
 * {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient} has no session. To
 * exercise the session cookie, the production filter and calls to Appwrite as the user,
 * sign the request in with a real emulator session instead:
 * {@link AppwriteMockMvc#appwriteSession(String)} or
 * {@link AppwriteWebTestClient#appwriteSession}.
 *
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithMockAppwriteUserSecurityContextFactory.class)
public @interface WithMockAppwriteUser {

	/**
	 * Returns the user ID, the {@code Authentication}'s name.
	 * @return the user ID, the {@code Authentication}'s name
	 */
	String id() default "mock-user";

	/**
	 * Returns the email address.
	 * @return the email address
	 */
	String email() default "user@example.com";

	/**
	 * Returns the user's name.
	 * @return the user's name
	 */
	String name() default "Mock User";

	/**
	 * Returns the labels, e.g. {@code admin} (which the default mapper turns into
	 * {@code ROLE_ADMIN}).
	 * @return the labels, e.g. {@code admin} (which the default mapper turns into
	 * {@code ROLE_ADMIN})
	 */
	String[] labels() default {};

	/**
	 * Returns the IDs of the user's teams, given to the authorities mapper (the default
	 * one makes them {@code TEAM_<ID>}).
	 * @return the IDs of the user's teams, given to the authorities mapper (the default
	 * one makes them {@code TEAM_<ID>})
	 */
	String[] teams() default {};

	/**
	 * Returns the factors the session was signed in with, as Appwrite names them
	 * ({@code password}, {@code email}, {@code totp}, {@code phone},
	 * {@code recoverycode}, {@code token}, {@code oauth2}), and {@code webauthn} for a
	 * passkey: each becomes its {@code FactorGrantedAuthority}, issued now, as
	 * {@link io.github.appwritespring.autoconfigure.security.AppwriteFactors} makes them
	 * for a real session, so that rules requiring factors can be tested.
	 * @return the session's factors, first factor first; none by default
	 */
	String[] factors() default {};

	/**
	 * Returns whether the email address is verified.
	 * @return whether the email address is verified
	 */
	boolean emailVerification() default true;

	/**
	 * Returns whether the phone number is verified.
	 * @return whether the phone number is verified
	 */
	boolean phoneVerification() default false;

	/**
	 * Returns when to set the security context up.
	 * @return when to set the security context up: before the test method's
	 * {@code @BeforeEach} methods (the default, {@link TestExecutionEvent#TEST_METHOD})
	 * or just before the test itself runs ({@link TestExecutionEvent#TEST_EXECUTION}),
	 * e.g. when {@code @BeforeEach} seeds data the mapper needs
	 */
	@AliasFor(annotation = WithSecurityContext.class)
	TestExecutionEvent setupBefore() default TestExecutionEvent.TEST_METHOD;

}
