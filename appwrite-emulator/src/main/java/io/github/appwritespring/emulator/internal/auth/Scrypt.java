package io.github.appwritespring.emulator.internal.auth;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * scrypt (RFC 7914) on the JDK's HMAC-SHA256, for verifying imported scrypt password
 * hashes. Written for the emulator from the RFC.
 */
final class Scrypt {

	private Scrypt() {
	}

	/**
	 * The derived key.
	 * @param n the CPU/memory cost, a power of 2 greater than 1
	 * @param r block size
	 * @param p the parallelization
	 * @param length key length in bytes
	 */
	static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
		byte[] blocks = pbkdf2(password, salt, p * 128 * r);
		int[] x = new int[32 * r];
		int[] v = new int[32 * r * n];
		for (int i = 0; i < p; i++) {
			roMix(blocks, i * 128 * r, r, n, x, v);
		}
		return pbkdf2(password, blocks, length);
	}

	/** PBKDF2-HMAC-SHA256 with one iteration. */
	private static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			// HMAC pads its key with zeros, so an empty key (which SecretKeySpec refuses)
			// is the same as 64 zero bytes.
			mac.init(new SecretKeySpec((password.length == 0) ? new byte[64] : password, "HmacSHA256"));
			byte[] out = new byte[length];
			for (int block = 1, offset = 0; offset < length; block++, offset += 32) {
				mac.update(salt);
				mac.update(new byte[] { (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8),
						(byte) block });
				byte[] t = mac.doFinal();
				System.arraycopy(t, 0, out, offset, Math.min(32, length - offset));
			}
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}

	private static void roMix(byte[] b, int offset, int r, int n, int[] x, int[] v) {
		int words = 32 * r;
		for (int i = 0; i < words; i++) {
			int at = offset + i * 4;
			x[i] = (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
		}
		int[] y = new int[words];
		for (int i = 0; i < n; i++) {
			System.arraycopy(x, 0, v, i * words, words);
			blockMix(x, y, r);
		}
		for (int i = 0; i < n; i++) {
			int j = x[(2 * r - 1) * 16] & (n - 1);
			for (int k = 0; k < words; k++) {
				x[k] ^= v[j * words + k];
			}
			blockMix(x, y, r);
		}
		for (int i = 0; i < words; i++) {
			int at = offset + i * 4;
			b[at] = (byte) x[i];
			b[at + 1] = (byte) (x[i] >>> 8);
			b[at + 2] = (byte) (x[i] >>> 16);
			b[at + 3] = (byte) (x[i] >>> 24);
		}
	}

	/** BlockMix with Salsa20/8; {@code y} is scratch space of the same size. */
	private static void blockMix(int[] b, int[] y, int r) {
		int[] t = new int[16];
		System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
		for (int i = 0; i < 2 * r; i++) {
			for (int k = 0; k < 16; k++) {
				t[k] ^= b[i * 16 + k];
			}
			salsa208(t);
			// Even blocks first, then odd ones.
			int target = ((i % 2 == 0) ? i / 2 : r + i / 2) * 16;
			System.arraycopy(t, 0, y, target, 16);
		}
		System.arraycopy(y, 0, b, 0, 32 * r);
	}

	private static void salsa208(int[] b) {
		int[] x = b.clone();
		for (int i = 0; i < 8; i += 2) {
			x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
			x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
			x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
			x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
			x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
			x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
			x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
			x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
			x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
			x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
			x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
			x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
			x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
			x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
			x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
			x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
			x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
			x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
			x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
			x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
			x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
			x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
			x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
			x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
			x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
			x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
			x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
			x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
			x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
			x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
			x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
			x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
		}
		for (int i = 0; i < 16; i++) {
			b[i] += x[i];
		}
	}

}
