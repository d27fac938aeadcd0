package io.github.appwritespring.emulator.internal.avatars;

import java.io.ByteArrayOutputStream;

/**
 * A QR code encoder (ISO/IEC 18004) for what {@code getQR} needs: byte mode, error
 * correction level L (Appwrite's QR library's default), the smallest version that fits,
 * and the mask with the lowest penalty. Written for the emulator from the standard.
 */
final class QrCode {

	/** Error correction codewords per block, level L, by version (index 0 unused). */
	private static final int[] ECC_PER_BLOCK = { -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28,
			30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30 };

	/** Number of error correction blocks, level L, by version (index 0 unused). */
	private static final int[] BLOCKS = { -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10,
			12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25 };

	/** Format bits of level L. */
	private static final int ECC_FORMAT_L = 1;

	private final int version;

	private final int size;

	private final boolean[][] modules;

	private final boolean[][] function;

	private QrCode(int version) {
		this.version = version;
		this.size = version * 4 + 17;
		this.modules = new boolean[this.size][this.size];
		this.function = new boolean[this.size][this.size];
	}

	/**
	 * The modules ({@code [y][x]}, true = dark) of a QR code holding the bytes.
	 * @throws IllegalArgumentException if the data does not fit version 40
	 */
	static boolean[][] encode(byte[] data) {
		int version = 1;
		while (dataCapacityBits(version) < 4 + ((version <= 9) ? 8 : 16) + data.length * 8) {
			version++;
			if (version > 40) {
				throw new IllegalArgumentException("Data too long for a QR code: " + data.length + " bytes");
			}
		}
		QrCode qr = new QrCode(version);
		byte[] codewords = qr.withErrorCorrection(dataCodewords(data, version));
		qr.drawFunctionPatterns();
		qr.drawCodewords(codewords);
		int bestMask = 0;
		long bestPenalty = Long.MAX_VALUE;
		for (int mask = 0; mask < 8; mask++) {
			qr.applyMask(mask);
			qr.drawFormatBits(mask);
			long penalty = qr.penalty();
			if (penalty < bestPenalty) {
				bestMask = mask;
				bestPenalty = penalty;
			}
			qr.applyMask(mask);
		}
		qr.applyMask(bestMask);
		qr.drawFormatBits(bestMask);
		return qr.modules;
	}

	/** The modules' side length of a version. */
	static int sizeOf(int version) {
		return version * 4 + 17;
	}

	private static int dataCapacityBits(int version) {
		return (rawCodewords(version) - ECC_PER_BLOCK[version] * BLOCKS[version]) * 8;
	}

	private static int rawCodewords(int version) {
		int modules = (16 * version + 128) * version + 64;
		if (version >= 2) {
			int align = version / 7 + 2;
			modules -= (25 * align - 10) * align - 55;
			if (version >= 7) {
				modules -= 36;
			}
		}
		return modules / 8;
	}

	/** Mode, count, data, terminator and padding, as data codewords. */
	private static byte[] dataCodewords(byte[] data, int version) {
		BitBuffer bits = new BitBuffer();
		bits.append(0b0100, 4);
		bits.append(data.length, (version <= 9) ? 8 : 16);
		for (byte b : data) {
			bits.append(b & 0xFF, 8);
		}
		int capacity = dataCapacityBits(version);
		bits.append(0, Math.min(4, capacity - bits.length()));
		bits.append(0, (8 - bits.length() % 8) % 8);
		for (int pad = 0xEC; bits.length() < capacity; pad ^= 0xEC ^ 0x11) {
			bits.append(pad, 8);
		}
		return bits.toBytes();
	}

	/** Splits the data into blocks, adds Reed-Solomon codewords, interleaves. */
	private byte[] withErrorCorrection(byte[] data) {
		int blocks = BLOCKS[this.version];
		int ecc = ECC_PER_BLOCK[this.version];
		int raw = rawCodewords(this.version);
		int shortBlocks = blocks - raw % blocks;
		int shortDataLength = raw / blocks - ecc;
		byte[][] dataBlocks = new byte[blocks][];
		byte[][] eccBlocks = new byte[blocks][];
		byte[] divisor = reedSolomonDivisor(ecc);
		for (int i = 0, offset = 0; i < blocks; i++) {
			int length = shortDataLength + ((i < shortBlocks) ? 0 : 1);
			dataBlocks[i] = java.util.Arrays.copyOfRange(data, offset, offset + length);
			eccBlocks[i] = reedSolomonRemainder(dataBlocks[i], divisor);
			offset += length;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw);
		for (int i = 0; i <= shortDataLength; i++) {
			for (byte[] block : dataBlocks) {
				if (i < block.length) {
					out.write(block[i]);
				}
			}
		}
		for (int i = 0; i < ecc; i++) {
			for (byte[] block : eccBlocks) {
				out.write(block[i]);
			}
		}
		return out.toByteArray();
	}

	private void drawFunctionPatterns() {
		for (int i = 0; i < this.size; i++) {
			setFunction(6, i, i % 2 == 0);
			setFunction(i, 6, i % 2 == 0);
		}
		drawFinder(3, 3);
		drawFinder(this.size - 4, 3);
		drawFinder(3, this.size - 4);
		int[] align = alignmentPositions();
		for (int i = 0; i < align.length; i++) {
			for (int j = 0; j < align.length; j++) {
				boolean corner = (i == 0 && j == 0) || (i == 0 && j == align.length - 1)
						|| (i == align.length - 1 && j == 0);
				if (!corner) {
					drawAlignment(align[i], align[j]);
				}
			}
		}
		// Reserve the format areas (drawn per mask) and draw the version.
		drawFormatBits(0);
		if (this.version >= 7) {
			int remainder = this.version;
			for (int i = 0; i < 12; i++) {
				remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1F25);
			}
			int bits = (this.version << 12) | remainder;
			for (int i = 0; i < 18; i++) {
				boolean dark = ((bits >>> i) & 1) != 0;
				int a = this.size - 11 + i % 3;
				int b = i / 3;
				setFunction(a, b, dark);
				setFunction(b, a, dark);
			}
		}
	}

	private void drawFinder(int cx, int cy) {
		for (int dy = -4; dy <= 4; dy++) {
			for (int dx = -4; dx <= 4; dx++) {
				int x = cx + dx;
				int y = cy + dy;
				if (x >= 0 && x < this.size && y >= 0 && y < this.size) {
					int distance = Math.max(Math.abs(dx), Math.abs(dy));
					setFunction(x, y, distance != 2 && distance != 4);
				}
			}
		}
	}

	private void drawAlignment(int cx, int cy) {
		for (int dy = -2; dy <= 2; dy++) {
			for (int dx = -2; dx <= 2; dx++) {
				setFunction(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
			}
		}
	}

	private int[] alignmentPositions() {
		if (this.version == 1) {
			return new int[0];
		}
		int count = this.version / 7 + 2;
		int step = (this.version == 32) ? 26 : (this.version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
		int[] positions = new int[count];
		positions[0] = 6;
		for (int i = count - 1, position = this.size - 7; i >= 1; i--, position -= step) {
			positions[i] = position;
		}
		return positions;
	}

	private void drawFormatBits(int mask) {
		int data = (ECC_FORMAT_L << 3) | mask;
		int remainder = data;
		for (int i = 0; i < 10; i++) {
			remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
		}
		int bits = ((data << 10) | remainder) ^ 0x5412;
		for (int i = 0; i <= 5; i++) {
			setFunction(8, i, bit(bits, i));
		}
		setFunction(8, 7, bit(bits, 6));
		setFunction(8, 8, bit(bits, 7));
		setFunction(7, 8, bit(bits, 8));
		for (int i = 9; i < 15; i++) {
			setFunction(14 - i, 8, bit(bits, i));
		}
		for (int i = 0; i < 8; i++) {
			setFunction(this.size - 1 - i, 8, bit(bits, i));
		}
		for (int i = 8; i < 15; i++) {
			setFunction(8, this.size - 15 + i, bit(bits, i));
		}
		setFunction(8, this.size - 8, true);
	}

	/** Places the codewords in the zigzag order; remainder bits stay light. */
	private void drawCodewords(byte[] codewords) {
		int index = 0;
		int total = codewords.length * 8;
		for (int right = this.size - 1; right >= 1; right -= 2) {
			if (right == 6) {
				right = 5;
			}
			for (int vertical = 0; vertical < this.size; vertical++) {
				for (int j = 0; j < 2; j++) {
					int x = right - j;
					boolean upward = ((right + 1) & 2) == 0;
					int y = upward ? this.size - 1 - vertical : vertical;
					if (!this.function[y][x] && index < total) {
						this.modules[y][x] = bit(codewords[index >>> 3], 7 - (index & 7));
						index++;
					}
				}
			}
		}
	}

	private void applyMask(int mask) {
		for (int y = 0; y < this.size; y++) {
			for (int x = 0; x < this.size; x++) {
				boolean invert = switch (mask) {
					case 0 -> (x + y) % 2 == 0;
					case 1 -> y % 2 == 0;
					case 2 -> x % 3 == 0;
					case 3 -> (x + y) % 3 == 0;
					case 4 -> (x / 3 + y / 2) % 2 == 0;
					case 5 -> x * y % 2 + x * y % 3 == 0;
					case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
					default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
				};
				if (invert && !this.function[y][x]) {
					this.modules[y][x] = !this.modules[y][x];
				}
			}
		}
	}

	/** The standard's four penalty rules. */
	private long penalty() {
		long penalty = 0;
		for (int line = 0; line < this.size; line++) {
			penalty += linePenalty(line, true) + linePenalty(line, false);
		}
		for (int y = 0; y < this.size - 1; y++) {
			for (int x = 0; x < this.size - 1; x++) {
				boolean color = this.modules[y][x];
				if (color == this.modules[y][x + 1] && color == this.modules[y + 1][x]
						&& color == this.modules[y + 1][x + 1]) {
					penalty += 3;
				}
			}
		}
		int dark = 0;
		for (boolean[] row : this.modules) {
			for (boolean module : row) {
				dark += module ? 1 : 0;
			}
		}
		int total = this.size * this.size;
		int percent = dark * 100 / total;
		penalty += (Math.abs(percent - 50) / 5) * 10L;
		return penalty;
	}

	private long linePenalty(int line, boolean row) {
		long penalty = 0;
		int run = 0;
		boolean previous = false;
		StringBuilder pattern = new StringBuilder(this.size);
		for (int i = 0; i < this.size; i++) {
			boolean module = row ? this.modules[line][i] : this.modules[i][line];
			pattern.append(module ? '1' : '0');
			if (i > 0 && module == previous) {
				run++;
			}
			else {
				if (run >= 5) {
					penalty += 3 + run - 5;
				}
				run = 1;
			}
			previous = module;
		}
		if (run >= 5) {
			penalty += 3 + run - 5;
		}
		String modules = "0000" + pattern + "0000";
		for (String finderLike : new String[] { "10111010000", "00001011101" }) {
			for (int at = modules.indexOf(finderLike); at >= 0; at = modules.indexOf(finderLike, at + 1)) {
				penalty += 40;
			}
		}
		return penalty;
	}

	private void setFunction(int x, int y, boolean dark) {
		this.modules[y][x] = dark;
		this.function[y][x] = true;
	}

	private static boolean bit(int value, int index) {
		return ((value >>> index) & 1) != 0;
	}

	private static byte[] reedSolomonDivisor(int degree) {
		byte[] result = new byte[degree];
		result[degree - 1] = 1;
		int root = 1;
		for (int i = 0; i < degree; i++) {
			for (int j = 0; j < degree; j++) {
				result[j] = (byte) multiply(result[j] & 0xFF, root);
				if (j + 1 < degree) {
					result[j] ^= result[j + 1];
				}
			}
			root = multiply(root, 0x02);
		}
		return result;
	}

	private static byte[] reedSolomonRemainder(byte[] data, byte[] divisor) {
		byte[] result = new byte[divisor.length];
		for (byte b : data) {
			int factor = (b ^ result[0]) & 0xFF;
			System.arraycopy(result, 1, result, 0, result.length - 1);
			result[result.length - 1] = 0;
			for (int i = 0; i < result.length; i++) {
				result[i] ^= (byte) multiply(divisor[i] & 0xFF, factor);
			}
		}
		return result;
	}

	/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
	private static int multiply(int x, int y) {
		int z = 0;
		for (int i = 7; i >= 0; i--) {
			z = (z << 1) ^ ((z >>> 7) * 0x11D);
			z ^= ((y >>> i) & 1) * x;
		}
		return z;
	}

	private static final class BitBuffer {

		private final java.util.BitSet bits = new java.util.BitSet();

		private int length;

		void append(int value, int count) {
			for (int i = count - 1; i >= 0; i--) {
				this.bits.set(this.length++, ((value >>> i) & 1) != 0);
			}
		}

		int length() {
			return this.length;
		}

		byte[] toBytes() {
			byte[] bytes = new byte[this.length / 8];
			for (int i = 0; i < this.length; i++) {
				if (this.bits.get(i)) {
					bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
				}
			}
			return bytes;
		}

	}

}
