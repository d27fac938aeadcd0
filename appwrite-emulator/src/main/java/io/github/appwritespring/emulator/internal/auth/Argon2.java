package io.github.appwritespring.emulator.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2 (RFC 9106; versions 0x10 and 0x13, types d, i and id) for verifying imported
 * Argon2 hashes in PHC form ({@code $argon2id$v=19$m=65536,t=4,p=1$salt$hash}). Written
 * for the emulator from the RFC. Costs are capped (memory 256 MiB, 64 passes, 16 lanes)
 * so that one sign-in cannot take the emulator down.
 */
final class Argon2 {

	private static final Pattern PHC = Pattern.compile(
			"\\$argon2(id|i|d)\\$(?:v=(16|19)\\$)?m=([0-9]{1,7}),t=([0-9]{1,3}),p=([0-9]{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

	private static final int BLOCK_WORDS = 128;

	private Argon2() {
	}

	/** Whether a password matches an Argon2 hash in PHC form. */
	static boolean matches(String password, String encoded) {
		Matcher phc = PHC.matcher(encoded);
		if (!phc.matches()) {
			return false;
		}
		int type = switch (phc.group(1)) {
			case "d" -> 0;
			case "i" -> 1;
			default -> 2;
		};
		int version = (phc.group(2) == null || "16".equals(phc.group(2))) ? 0x10 : 0x13;
		int memory = Integer.parseInt(phc.group(3));
		int passes = Integer.parseInt(phc.group(4));
		int lanes = Integer.parseInt(phc.group(5));
		byte[] salt;
		byte[] expected;
		try {
			salt = Base64.getDecoder().decode(pad(phc.group(6)));
			expected = Base64.getDecoder().decode(pad(phc.group(7)));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (lanes < 1 || lanes > 16 || passes < 1 || passes > 64 || memory < 8 * lanes || memory > 262_144
				|| expected.length < 4 || salt.length < 8) {
			return false;
		}
		byte[] actual = hash(password.getBytes(StandardCharsets.UTF_8), salt, passes, memory, lanes, expected.length,
				type, version);
		return MessageDigest.isEqual(expected, actual);
	}

	static byte[] hash(byte[] password, byte[] salt, int passes, int memoryKib, int lanes, int length, int type,
			int version) {
		byte[] h0 = Blake2b.hash(64, le32(lanes), le32(length), le32(memoryKib), le32(passes), le32(version),
				le32(type), le32(password.length), password, le32(salt.length), salt, le32(0), le32(0));
		int blocks = 4 * lanes * (memoryKib / (4 * lanes));
		int laneLength = blocks / lanes;
		int segmentLength = laneLength / 4;
		long[][] memory = new long[blocks][];
		for (int lane = 0; lane < lanes; lane++) {
			for (int i = 0; i < 2; i++) {
				memory[lane * laneLength + i] = toWords(variableHash(1024, h0, le32(i), le32(lane)));
			}
		}
		for (int pass = 0; pass < passes; pass++) {
			for (int slice = 0; slice < 4; slice++) {
				for (int lane = 0; lane < lanes; lane++) {
					fillSegment(memory, pass, slice, lane, lanes, laneLength, segmentLength, blocks, passes, type,
							version);
				}
			}
		}
		long[] last = memory[laneLength - 1].clone();
		for (int lane = 1; lane < lanes; lane++) {
			long[] block = memory[lane * laneLength + laneLength - 1];
			for (int i = 0; i < BLOCK_WORDS; i++) {
				last[i] ^= block[i];
			}
		}
		return variableHash(length, toBytes(last));
	}

	private static void fillSegment(long[][] memory, int pass, int slice, int lane, int lanes, int laneLength,
			int segmentLength, int blocks, int passes, int type, int version) {
		boolean independent = type == 1 || (type == 2 && pass == 0 && slice < 2);
		long[] address = new long[BLOCK_WORDS];
		long[] input = new long[BLOCK_WORDS];
		long[] zero = new long[BLOCK_WORDS];
		if (independent) {
			input[0] = pass;
			input[1] = lane;
			input[2] = slice;
			input[3] = blocks;
			input[4] = passes;
			input[5] = type;
		}
		int start = 0;
		if (pass == 0 && slice == 0) {
			start = 2;
			if (independent) {
				nextAddresses(address, input, zero);
			}
		}
		for (int index = start; index < segmentLength; index++) {
			int column = slice * segmentLength + index;
			int current = lane * laneLength + column;
			int previous = (column == 0) ? current + laneLength - 1 : current - 1;
			long random;
			if (independent) {
				if (index % BLOCK_WORDS == 0) {
					nextAddresses(address, input, zero);
				}
				random = address[index % BLOCK_WORDS];
			}
			else {
				random = memory[previous][0];
			}
			int refLane = (int) ((random >>> 32) % lanes);
			if (pass == 0 && slice == 0) {
				refLane = lane;
			}
			boolean sameLane = refLane == lane;
			long area;
			if (pass == 0) {
				area = sameLane ? (long) slice * segmentLength + index - 1
						: (long) slice * segmentLength - ((index == 0) ? 1 : 0);
			}
			else {
				area = sameLane ? (long) laneLength - segmentLength + index - 1
						: (long) laneLength - segmentLength - ((index == 0) ? 1 : 0);
			}
			long j1 = random & 0xFFFFFFFFL;
			long x = (j1 * j1) >>> 32;
			long y = (area * x) >>> 32;
			long relative = area - 1 - y;
			long startPosition = (pass == 0 || slice == 3) ? 0 : (long) (slice + 1) * segmentLength;
			int refColumn = (int) ((startPosition + relative) % laneLength);
			long[] next = compress(memory[previous], memory[refLane * laneLength + refColumn]);
			if (pass > 0 && version == 0x13) {
				long[] old = memory[current];
				for (int i = 0; i < BLOCK_WORDS; i++) {
					next[i] ^= old[i];
				}
			}
			memory[current] = next;
		}
	}

	private static void nextAddresses(long[] address, long[] input, long[] zero) {
		input[6]++;
		long[] once = compress(zero, input);
		System.arraycopy(compress(zero, once), 0, address, 0, BLOCK_WORDS);
	}

	/** The compression function G: R = X xor Y, permuted by rows then columns, xor R. */
	private static long[] compress(long[] x, long[] y) {
		long[] r = new long[BLOCK_WORDS];
		for (int i = 0; i < BLOCK_WORDS; i++) {
			r[i] = x[i] ^ y[i];
		}
		long[] z = r.clone();
		int[] indexes = new int[16];
		for (int row = 0; row < 8; row++) {
			for (int i = 0; i < 16; i++) {
				indexes[i] = row * 16 + i;
			}
			permute(z, indexes);
		}
		for (int column = 0; column < 8; column++) {
			for (int i = 0; i < 8; i++) {
				indexes[2 * i] = 2 * column + 16 * i;
				indexes[2 * i + 1] = 2 * column + 16 * i + 1;
			}
			permute(z, indexes);
		}
		for (int i = 0; i < BLOCK_WORDS; i++) {
			z[i] ^= r[i];
		}
		return z;
	}

	private static void permute(long[] v, int[] at) {
		mix(v, at[0], at[4], at[8], at[12]);
		mix(v, at[1], at[5], at[9], at[13]);
		mix(v, at[2], at[6], at[10], at[14]);
		mix(v, at[3], at[7], at[11], at[15]);
		mix(v, at[0], at[5], at[10], at[15]);
		mix(v, at[1], at[6], at[11], at[12]);
		mix(v, at[2], at[7], at[8], at[13]);
		mix(v, at[3], at[4], at[9], at[14]);
	}

	private static void mix(long[] v, int a, int b, int c, int d) {
		v[a] = v[a] + v[b] + 2 * (v[a] & 0xFFFFFFFFL) * (v[b] & 0xFFFFFFFFL);
		v[d] = Long.rotateRight(v[d] ^ v[a], 32);
		v[c] = v[c] + v[d] + 2 * (v[c] & 0xFFFFFFFFL) * (v[d] & 0xFFFFFFFFL);
		v[b] = Long.rotateRight(v[b] ^ v[c], 24);
		v[a] = v[a] + v[b] + 2 * (v[a] & 0xFFFFFFFFL) * (v[b] & 0xFFFFFFFFL);
		v[d] = Long.rotateRight(v[d] ^ v[a], 16);
		v[c] = v[c] + v[d] + 2 * (v[c] & 0xFFFFFFFFL) * (v[d] & 0xFFFFFFFFL);
		v[b] = Long.rotateRight(v[b] ^ v[c], 63);
	}

	/** H': BLAKE2b stretched to any length. */
	private static byte[] variableHash(int length, byte[]... input) {
		byte[][] prefixed = new byte[input.length + 1][];
		prefixed[0] = le32(length);
		System.arraycopy(input, 0, prefixed, 1, input.length);
		if (length <= 64) {
			return Blake2b.hash(length, prefixed);
		}
		byte[] out = new byte[length];
		byte[] v = Blake2b.hash(64, prefixed);
		System.arraycopy(v, 0, out, 0, 32);
		int written = 32;
		while (length - written > 64) {
			v = Blake2b.hash(64, v);
			System.arraycopy(v, 0, out, written, 32);
			written += 32;
		}
		v = Blake2b.hash(length - written, v);
		System.arraycopy(v, 0, out, written, length - written);
		return out;
	}

	private static byte[] le32(int value) {
		return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
	}

	static long readLong(byte[] bytes, int at) {
		long value = 0;
		for (int i = 7; i >= 0; i--) {
			value = (value << 8) | (bytes[at + i] & 0xFF);
		}
		return value;
	}

	private static long[] toWords(byte[] bytes) {
		long[] words = new long[BLOCK_WORDS];
		for (int i = 0; i < BLOCK_WORDS; i++) {
			words[i] = readLong(bytes, i * 8);
		}
		return words;
	}

	private static byte[] toBytes(long[] words) {
		byte[] bytes = new byte[words.length * 8];
		for (int i = 0; i < words.length; i++) {
			for (int b = 0; b < 8; b++) {
				bytes[i * 8 + b] = (byte) (words[i] >>> (8 * b));
			}
		}
		return bytes;
	}

	private static String pad(String base64) {
		return base64 + "===".substring(0, (4 - base64.length() % 4) % 4);
	}

}
