package io.github.appwritespring.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Branching on Appwrite's error types: {@code is(..)}, {@code withType(..)} and the
 * constants.
 */
class AppwriteErrorTypesTests {

	private static AppwriteErrorResponseException error(int status, String type) {
		return new AppwriteErrorResponseException(status, type, status, "message", "POST", "/account/mfa/challenges",
				null);
	}

	@Test
	void isComparesTheTypeExactly() {
		AppwriteErrorResponseException limited = error(401, "user_more_factors_required");
		assertThat(limited.is(AppwriteErrorTypes.USER_MORE_FACTORS_REQUIRED)).isTrue();
		assertThat(limited.is(AppwriteErrorTypes.GENERAL_UNAUTHORIZED_SCOPE)).isFalse();
		assertThat(limited.is("USER_MORE_FACTORS_REQUIRED")).as("Appwrite's types are lower case").isFalse();
	}

	@Test
	void withTypeAcceptsOnlyErrorAnswersOfTheseTypes() {
		Predicate<Throwable> tokenProblems = AppwriteErrorResponseException
			.withType(AppwriteErrorTypes.USER_INVALID_TOKEN, AppwriteErrorTypes.USER_JWT_INVALID);
		assertThat(tokenProblems).accepts(error(401, "user_invalid_token"), error(401, "user_jwt_invalid"))
			.rejects(error(401, "user_blocked"),
					new AppwriteConnectionException("user_invalid_token", new java.io.IOException("reset")),
					new IllegalStateException("user_invalid_token"));
	}

	@Test
	void withTypeNeedsTypes() {
		assertThatIllegalArgumentException().isThrownBy(AppwriteErrorResponseException::withType)
			.withMessageContaining("'types'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AppwriteErrorResponseException.withType("user_blocked", " "))
			.withMessageContaining("'types[1]'");
	}

	@Test
	void theConstantsAreAppwritesSpellings() throws Exception {
		List<String> values = new ArrayList<>();
		for (Field field : AppwriteErrorTypes.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				values.add((String) field.get(null));
			}
		}
		assertThat(values).hasSizeGreaterThan(30)
			.doesNotHaveDuplicates()
			.allMatch((value) -> value.matches("[a-z0-9_]+"), "lower-case snake case")
			.contains("user_more_factors_required", "user_invalid_token", "user_target_already_exists");
		assertThat(AppwriteErrorTypes.USER_PASSWORD_RECENTLY_USED).as("no user_ prefix on the wire")
			.isEqualTo("password_recently_used");
		assertThat(AppwriteErrorTypes.USER_PASSWORD_PERSONAL_DATA).isEqualTo("password_personal_data");
	}

}
