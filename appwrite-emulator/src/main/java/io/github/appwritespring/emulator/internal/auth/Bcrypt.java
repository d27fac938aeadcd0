package io.github.appwritespring.emulator.internal.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}) for verifying imported bcrypt hashes:
 * eksblowfish as Provos and Mazières describe it. Blowfish's initial P-array and S-boxes
 * are the hexadecimal digits of pi's fractional part, so they are computed here (Machin's
 * formula) instead of being written down.
 */
final class Bcrypt {

	private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	/** P-array (18 words) then four S-boxes (256 words each). */
	private static final int[] PI_WORDS = piWords(18 + 4 * 256);

	private static final byte[] MAGIC = "OrpheanBeholderScryDoubt".getBytes(StandardCharsets.US_ASCII);

	private final int[] p = new int[18];

	private final int[] s = new int[1024];

	private Bcrypt() {
		System.arraycopy(PI_WORDS, 0, this.p, 0, 18);
		System.arraycopy(PI_WORDS, 18, this.s, 0, 1024);
	}

	/** Whether a password matches a bcrypt hash such as {@code $2y$10$...} (60 chars). */
	static boolean matches(String password, String hash) {
		if (hash.length() != 60 || !hash.matches("\\$2[aby]\\$[0-3][0-9]\\$[./A-Za-z0-9]{53}")) {
			return false;
		}
		int cost = Integer.parseInt(hash.substring(4, 6));
		if (cost < 4 || cost > 31) {
			return false;
		}
		byte[] salt = decode(hash.substring(7, 29), 16);
		String computed = hash.substring(0, 29) + encode(crypt(password, salt, cost), 23);
		return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] crypt(String password, byte[] salt, int cost) {
		byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
		// The key is the password with its terminating NUL, at most 72 bytes.
		byte[] key = new byte[Math.min(utf8.length + 1, 72)];
		System.arraycopy(utf8, 0, key, 0, Math.min(utf8.length, 72));
		Bcrypt state = new Bcrypt();
		state.expand(salt, key);
		for (long round = 1L << cost; round > 0; round--) {
			state.expand(null, key);
			state.expand(null, salt);
		}
		int[] text = new int[6];
		int[] offset = { 0 };
		for (int i = 0; i < 6; i++) {
			text[i] = streamWord(MAGIC, offset);
		}
		for (int i = 0; i < 64; i++) {
			for (int j = 0; j < 6; j += 2) {
				state.encipher(text, j);
			}
		}
		byte[] out = new byte[24];
		for (int i = 0; i < 6; i++) {
			out[4 * i] = (byte) (text[i] >>> 24);
			out[4 * i + 1] = (byte) (text[i] >>> 16);
			out[4 * i + 2] = (byte) (text[i] >>> 8);
			out[4 * i + 3] = (byte) text[i];
		}
		return out;
	}

	/** ExpandKey: with {@code salt} null, the salt-less ExpandKey(state, 0, key). */
	private void expand(byte @Nullable [] salt, byte[] key) {
		int[] keyOffset = { 0 };
		for (int i = 0; i < 18; i++) {
			this.p[i] ^= streamWord(key, keyOffset);
		}
		int[] block = { 0, 0 };
		int[] saltOffset = { 0 };
		for (int i = 0; i < 18; i += 2) {
			mixSalt(block, salt, saltOffset);
			encipher(block, 0);
			this.p[i] = block[0];
			this.p[i + 1] = block[1];
		}
		for (int i = 0; i < 1024; i += 2) {
			mixSalt(block, salt, saltOffset);
			encipher(block, 0);
			this.s[i] = block[0];
			this.s[i + 1] = block[1];
		}
	}

	private static void mixSalt(int[] block, byte @Nullable [] salt, int[] offset) {
		if (salt != null) {
			block[0] ^= streamWord(salt, offset);
			block[1] ^= streamWord(salt, offset);
		}
	}

	private void encipher(int[] block, int at) {
		int left = block[at];
		int right = block[at + 1];
		left ^= this.p[0];
		for (int i = 1; i <= 16; i += 2) {
			right ^= f(left) ^ this.p[i];
			left ^= f(right) ^ this.p[i + 1];
		}
		block[at] = right ^ this.p[17];
		block[at + 1] = left;
	}

	private int f(int x) {
		int h = this.s[x >>> 24] + this.s[0x100 | ((x >>> 16) & 0xFF)];
		return (h ^ this.s[0x200 | ((x >>> 8) & 0xFF)]) + this.s[0x300 | (x & 0xFF)];
	}

	/** The next four bytes of {@code data} (cyclically) as a big-endian word. */
	private static int streamWord(byte[] data, int[] offset) {
		int word = 0;
		for (int i = 0; i < 4; i++) {
			word = (word << 8) | (data[offset[0]] & 0xFF);
			offset[0] = (offset[0] + 1) % data.length;
		}
		return word;
	}

	/**
	 * bcrypt's base64 (its own alphabet, no padding) of the first {@code length} bytes.
	 */
	private static String encode(byte[] data, int length) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < length) {
			int c1 = data[i++] & 0xFF;
			out.append(ALPHABET.charAt(c1 >>> 2));
			c1 = (c1 & 0x03) << 4;
			if (i >= length) {
				out.append(ALPHABET.charAt(c1));
				break;
			}
			int c2 = data[i++] & 0xFF;
			c1 |= c2 >>> 4;
			out.append(ALPHABET.charAt(c1));
			c1 = (c2 & 0x0F) << 2;
			if (i >= length) {
				out.append(ALPHABET.charAt(c1));
				break;
			}
			c2 = data[i++] & 0xFF;
			c1 |= c2 >>> 6;
			out.append(ALPHABET.charAt(c1));
			out.append(ALPHABET.charAt(c2 & 0x3F));
		}
		return out.toString();
	}

	private static byte[] decode(String text, int length) {
		byte[] out = new byte[length];
		int bits = 0;
		int buffer = 0;
		int at = 0;
		for (int i = 0; i < text.length() && at < length; i++) {
			buffer = (buffer << 6) | ALPHABET.indexOf(text.charAt(i));
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				out[at++] = (byte) (buffer >>> bits);
			}
		}
		return out;
	}

	/**
	 * The first {@code count} 32-bit words of pi's fractional part, from Machin's formula
	 * pi = 16 arctan(1/5) - 4 arctan(1/239) in fixed point with guard bits.
	 */
	private static int[] piWords(int count) {
		int bits = count * 32 + 64;
		BigInteger one = BigInteger.ONE.shiftLeft(bits);
		BigInteger pi = arctanInverse(5, one).shiftLeft(4).subtract(arctanInverse(239, one).shiftLeft(2));
		BigInteger fraction = pi.subtract(BigInteger.valueOf(3).shiftLeft(bits)).shiftRight(64);
		int[] words = new int[count];
		for (int i = 0; i < count; i++) {
			words[i] = fraction.shiftRight((count - 1 - i) * 32).intValue();
		}
		return words;
	}

	/** arctan(1/x) scaled by {@code one}. */
	private static BigInteger arctanInverse(int x, BigInteger one) {
		BigInteger xSquared = BigInteger.valueOf((long) x * x);
		BigInteger power = one.divide(BigInteger.valueOf(x));
		BigInteger sum = power;
		for (int n = 3; power.signum() != 0; n += 2) {
			power = power.divide(xSquared);
			BigInteger term = power.divide(BigInteger.valueOf(n));
			sum = ((n / 2) % 2 == 1) ? sum.subtract(term) : sum.add(term);
		}
		return sum;
	}

}
