package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers from outside the emulator: RFC 7914's scrypt vectors, Argon2 hashes made
 * by the reference implementation (argon2-cffi), BLAKE2b digests made by Python's
 * hashlib, bcrypt hashes made by glibc's crypt (through passlib) and OpenBSD's test
 * suite, Firebase's documented scrypt example, a phpass hash made by passlib, MD5 and SHA
 * digests made by Python's hashlib.
 */
class ImportedPasswordsTests {

	@Test
	void scryptMatchesRfc7914() {
		assertThat(hex(Scrypt.derive(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(
				"77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
		assertThat(hex(Scrypt.derive(bytes("password"), bytes("NaCl"), 1024, 8, 16, 64))).isEqualTo(
				"fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
	}

	@Test
	void eachImportedTypeVerifies() {
		assertMatches(options("md5", "3cb4e732631f47e6eb961f34554b7cde"));
		ObjectNode sha = options("sha", "adfe73059f259340e325945da2dff9f935b28c30d0156e88e7e6ed0e02b670dd");
		sha.put("version", "sha512/256");
		assertMatches(sha);
		assertMatches(options("phpass", "$P$6abcdefghRJFCMvnAbZH2hCiFPRxpk."));
		ObjectNode scrypt = options("scrypt",
				"7bfcc3e19708c79195b930ab52e1b92a1f2a55cdf5f300d95fb4b723c7e9ee3e423ddc2fcfa4e78c27caf079041ccc4d3308115f0977cec66b2a13fba9eaaafe");
		scrypt.put("salt", "pepper");
		scrypt.put("costCpu", 16);
		scrypt.put("costMemory", 8);
		scrypt.put("costParallel", 1);
		scrypt.put("length", 64);
		assertMatches(scrypt);
	}

	@Test
	void blake2bMatchesPythonsHashlib() {
		assertThat(hex(Blake2b.hash(64, bytes("abc")))).isEqualTo(
				"ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
		assertThat(hex(Blake2b.hash(32, bytes("x".repeat(300)))))
			.isEqualTo("5aa7fbbf37986bb2a5d547c0d3c4d4326a24d786e7d57bf93fc784176e38b33d");
	}

	@Test
	void argon2MatchesTheReferenceImplementation() {
		// Made by argon2-cffi (the reference C implementation).
		assertMatches(options("argon2",
				"$argon2id$v=19$m=64,t=2,p=2$c29tZXNhbHRzYWx0$SK9kvBYyUXni1loFcMtTQrWXbNPfCysdfMdW3vnSZKQ"));
		assertMatches(options("argon2",
				"$argon2i$v=19$m=64,t=2,p=2$c29tZXNhbHRzYWx0$cc8beTnD+9I2u2t8iB0+SW8Y5O/iNjICaxaREdbZLQw"));
		assertMatches(options("argon2",
				"$argon2d$v=19$m=64,t=2,p=2$c29tZXNhbHRzYWx0$uylVjlaORXYpMIo5G1clQTedjXmCbJCY53t8X8aqaqs"));
		assertMatches(
				options("argon2", "$argon2id$v=16$m=4096,t=3,p=1$c29tZXNhbHRzYWx0$7w1ZJlXoKm9mOUc8IeZdE0dlKf4Cxgae"));
		assertThat(Argon2.matches("x", "$argon2id$v=19$m=999999,t=2,p=2$c29tZXNhbHRzYWx0$SK9kvBYyUXni1loFcMtTQr"))
			.as("over the memory cap")
			.isFalse();
		assertThat(Argon2.matches("x", "$argon2id$v=19$m=64,t=2,p=2$%%$SK9k")).isFalse();
	}

	@Test
	void bcryptMatchesGlibcsCrypt() {
		assertMatches(options("bcrypt", "$2y$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e"));
		assertThat(Bcrypt.matches("", "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.")).isTrue();
		assertThat(Bcrypt.matches("x", "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.")).isFalse();
		assertThat(Bcrypt.matches("", "$2a$06$short")).isFalse();
	}

	@Test
	void firebaseScryptExample() {
		ObjectNode firebase = options("scryptMod",
				"lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ==");
		firebase.put("salt", "42xEC+ixf3L2lw==");
		firebase.put("saltSeparator", "Bw==");
		firebase.put("signerKey",
				"jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==");
		String stored = ImportedPasswords.stored(firebase);
		assertThat(PasswordHasher.matches("user1password", stored)).isTrue();
		assertThat(PasswordHasher.matches("user2password", stored)).isFalse();
	}

	private static void assertMatches(ObjectNode options) {
		String stored = ImportedPasswords.stored(options);
		assertThat(PasswordHasher.matches("correct horse", stored)).as(options.toString()).isTrue();
		assertThat(PasswordHasher.matches("correct horse!", stored)).as(options.toString()).isFalse();
	}

	private static ObjectNode options(String type, String hash) {
		ObjectNode options = Json.object();
		options.put("type", type);
		options.put("hash", hash);
		return options;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static String hex(byte[] value) {
		return HexFormat.of().formatHex(value);
	}

}
