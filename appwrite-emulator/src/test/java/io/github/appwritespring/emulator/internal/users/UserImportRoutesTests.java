package io.github.appwritespring.emulator.internal.users;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class UserImportRoutesTests {

	@Test
	void importedHashesSignIn(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		TestHttp.Result md5 = key.post("/users/md5",
				"{\"userId\":\"md5\",\"email\":\"md5@example.com\",\"password\":\"3cb4e732631f47e6eb961f34554b7cde\",\"name\":\"Md\"}");
		assertThat(md5.status()).isEqualTo(201);
		assertThat(md5.json().path("email").asString()).isEqualTo("md5@example.com");
		assertThat(md5.json().path("passwordUpdate").asString()).isNotEmpty();
		assertThat(md5.json().toString()).doesNotContain("3cb4e732631f47e6eb961f34554b7cde");
		assertThat(signIn(emulator, "md5@example.com", "correct horse")).isEqualTo(201);
		assertThat(signIn(emulator, "md5@example.com", "wrong horse!")).isEqualTo(401);

		assertThat(key.post("/users/argon2",
				"{\"userId\":\"argon2\",\"email\":\"argon2@example.com\",\"password\":\"$argon2id$v=19$m=7168,t=3,p=2$YXBwd3JpdGUtc2FsdC0xNg$q4l7+/NmXnR65MhUTdR1pW6tMU8rE3DO4EK4Jn4n/AE\"}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "argon2@example.com", "argon-password")).isEqualTo(201);
		assertThat(signIn(emulator, "argon2@example.com", "argon-passwords")).isEqualTo(401);

		assertThat(key.post("/users/bcrypt",
				"{\"userId\":\"bcrypt\",\"email\":\"bcrypt@example.com\",\"password\":\"$2y$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e\"}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "bcrypt@example.com", "correct horse")).isEqualTo(201);
		assertThat(signIn(emulator, "bcrypt@example.com", "correct horses")).isEqualTo(401);

		assertThat(key.post("/users/sha",
				"{\"userId\":\"sha\",\"email\":\"sha@example.com\",\"password\":\"adfe73059f259340e325945da2dff9f935b28c30d0156e88e7e6ed0e02b670dd\",\"passwordVersion\":\"sha512/256\"}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "sha@example.com", "correct horse")).isEqualTo(201);

		assertThat(key.post("/users/phpass",
				"{\"userId\":\"phpass\",\"email\":\"phpass@example.com\",\"password\":\"$P$6abcdefghRJFCMvnAbZH2hCiFPRxpk.\"}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "phpass@example.com", "correct horse")).isEqualTo(201);

		assertThat(key.post("/users/scrypt",
				"{\"userId\":\"scrypt\",\"email\":\"scrypt@example.com\",\"password\":\"7bfcc3e19708c79195b930ab52e1b92a1f2a55cdf5f300d95fb4b723c7e9ee3e423ddc2fcfa4e78c27caf079041ccc4d3308115f0977cec66b2a13fba9eaaafe\","
						+ "\"passwordSalt\":\"pepper\",\"passwordCpu\":16,\"passwordMemory\":8,\"passwordParallel\":1,\"passwordLength\":64}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "scrypt@example.com", "correct horse")).isEqualTo(201);

		assertThat(key.post("/users/scrypt-modified",
				"{\"userId\":\"firebase\",\"email\":\"firebase@example.com\",\"password\":\"lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ==\","
						+ "\"passwordSalt\":\"42xEC+ixf3L2lw==\",\"passwordSaltSeparator\":\"Bw==\",\"passwordSignerKey\":\"jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==\"}")
			.status()).isEqualTo(201);
		assertThat(signIn(emulator, "firebase@example.com", "user1password")).isEqualTo(201);
	}

	@Test
	void badInputIs400AndDuplicates409(AppwriteEmulator emulator) {
		TestHttp key = TestHttp.key(emulator);
		assertError(key.post("/users/md5", "{\"userId\":\"a\",\"email\":\"a@example.com\"}"), 400,
				"general_argument_invalid");
		assertError(key.post("/users/sha",
				"{\"userId\":\"a\",\"email\":\"a@example.com\",\"password\":\"0123456789\",\"passwordVersion\":\"md4\"}"),
				400, "general_argument_invalid");
		assertError(key.post("/users/scrypt",
				"{\"userId\":\"a\",\"email\":\"a@example.com\",\"password\":\"0123456789\",\"passwordSalt\":\"s\",\"passwordCpu\":15,\"passwordMemory\":8,\"passwordParallel\":1,\"passwordLength\":64}"),
				400, "general_argument_invalid");
		assertError(key.post("/users/scrypt-modified",
				"{\"userId\":\"a\",\"email\":\"a@example.com\",\"password\":\"0123456789\",\"passwordSalt\":\"%%\",\"passwordSaltSeparator\":\"Bw==\",\"passwordSignerKey\":\"Bw==\"}"),
				400, "general_argument_invalid");
		assertThat(key.post("/users/md5", "{\"userId\":\"b\",\"email\":\"b@example.com\",\"password\":\"0123456789\"}")
			.status()).isEqualTo(201);
		assertError(
				key.post("/users/md5", "{\"userId\":\"c\",\"email\":\"b@example.com\",\"password\":\"0123456789\"}"),
				409, "user_already_exists");
		assertError(
				TestHttp.guest(emulator)
					.post("/users/md5", "{\"userId\":\"d\",\"email\":\"d@example.com\",\"password\":\"0123456789\"}"),
				401, "general_unauthorized_scope");
		assertError(key.post("/users/argon2", "{}"), 400, "general_argument_invalid");
	}

	private static int signIn(AppwriteEmulator emulator, String email, String password) {
		return TestHttp.guest(emulator)
			.post("/account/sessions/email", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.status();
	}

}
