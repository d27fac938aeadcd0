package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A passkey held by the test itself, as an authenticator would hold it: an ES256 key pair
 * and a credential ID; it makes the JSON a browser would post for a registration
 * ({@code none} attestation) and for a sign-in, signing real WebAuthn data.
 */
final class SoftwarePasskey {

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final KeyPair keys;

	private final byte[] credentialId = new byte[32];

	private final String rpId;

	private final String origin;

	private long counter;

	SoftwarePasskey(String rpId, String origin) {
		this.rpId = rpId;
		this.origin = origin;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		new SecureRandom().nextBytes(this.credentialId);
	}

	/** The credential ID, base64url. */
	String id() {
		return B64.encodeToString(this.credentialId);
	}

	/** Sets the signature counter the next assertion carries (plus one). */
	SoftwarePasskey counter(long counter) {
		this.counter = counter;
		return this;
	}

	/** The body of {@code POST /webauthn/register} for a registration's challenge. */
	String registration(String challenge, String label) throws Exception {
		byte[] clientData = clientData("webauthn.create", challenge);
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.write(sha256(this.rpId.getBytes(StandardCharsets.UTF_8)));
		authData.write(0x41 | 0x04); // UP, UV, AT
		authData.write(ByteBuffer.allocate(4).putInt((int) this.counter).array());
		authData.write(new byte[16]); // AAGUID
		authData.write(ByteBuffer.allocate(2).putShort((short) this.credentialId.length).array());
		authData.write(this.credentialId);
		authData.write(coseKey());
		Cbor attestation = new Cbor().map(3)
			.text("fmt")
			.text("none")
			.text("attStmt")
			.map(0)
			.text("authData")
			.bytes(authData.toByteArray());
		return "{\"publicKey\":{\"credential\":{\"id\":\"" + id() + "\",\"rawId\":\"" + id()
				+ "\",\"response\":{\"attestationObject\":\"" + B64.encodeToString(attestation.toByteArray())
				+ "\",\"clientDataJSON\":\"" + B64.encodeToString(clientData)
				+ "\",\"transports\":[\"internal\"]},\"type\":\"public-key\",\"clientExtensionResults\":{},"
				+ "\"authenticatorAttachment\":\"platform\"},\"label\":\"" + label + "\"}}";
	}

	/** The body of {@code POST /login/webauthn} for a sign-in's challenge. */
	String assertion(String challenge, String userId) throws Exception {
		return assertion(challenge, userId, this.keys);
	}

	/** An assertion for this credential ID signed with another key (a forgery). */
	String forgedAssertion(String challenge, String userId, SoftwarePasskey signer) throws Exception {
		return assertion(challenge, userId, signer.keys);
	}

	private String assertion(String challenge, String userId, KeyPair signer) throws Exception {
		this.counter++;
		byte[] clientData = clientData("webauthn.get", challenge);
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.write(sha256(this.rpId.getBytes(StandardCharsets.UTF_8)));
		authData.write(0x01 | 0x04); // UP, UV
		authData.write(ByteBuffer.allocate(4).putInt((int) this.counter).array());
		byte[] data = authData.toByteArray();
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initSign(signer.getPrivate());
		signature.update(data);
		signature.update(sha256(clientData));
		return "{\"id\":\"" + id() + "\",\"rawId\":\"" + id() + "\",\"type\":\"public-key\",\"response\":{"
				+ "\"authenticatorData\":\"" + B64.encodeToString(data) + "\",\"clientDataJSON\":\""
				+ B64.encodeToString(clientData) + "\",\"signature\":\"" + B64.encodeToString(signature.sign())
				+ "\",\"userHandle\":\"" + B64.encodeToString(userId.getBytes(StandardCharsets.UTF_8))
				+ "\"},\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
	}

	private byte[] clientData(String type, String challenge) {
		return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + this.origin
				+ "\",\"crossOrigin\":false}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] coseKey() {
		ECPublicKey key = (ECPublicKey) this.keys.getPublic();
		return new Cbor().map(5)
			.integer(1)
			.integer(2) // kty: EC2
			.integer(3)
			.integer(-7) // alg: ES256
			.integer(-1)
			.integer(1) // crv: P-256
			.integer(-2)
			.bytes(coordinate(key.getW().getAffineX()))
			.integer(-3)
			.bytes(coordinate(key.getW().getAffineY()))
			.toByteArray();
	}

	private static byte[] coordinate(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] out = new byte[32];
		int length = Math.min(raw.length, 32);
		System.arraycopy(raw, raw.length - length, out, 32 - length, length);
		return out;
	}

	private static byte[] sha256(byte[] data) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(data);
	}

	/** Just enough CBOR for a COSE key and a {@code none} attestation object. */
	private static final class Cbor {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Cbor map(int size) {
			head(5, size);
			return this;
		}

		Cbor text(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			head(3, bytes.length);
			this.out.writeBytes(bytes);
			return this;
		}

		Cbor bytes(byte[] bytes) {
			head(2, bytes.length);
			this.out.writeBytes(bytes);
			return this;
		}

		Cbor integer(int value) {
			if (value >= 0) {
				head(0, value);
			}
			else {
				head(1, -1 - value);
			}
			return this;
		}

		private void head(int major, int value) {
			if (value < 24) {
				this.out.write((major << 5) | value);
			}
			else if (value < 256) {
				this.out.write((major << 5) | 24);
				this.out.write(value);
			}
			else {
				this.out.write((major << 5) | 25);
				this.out.write(value >> 8);
				this.out.write(value & 0xff);
			}
		}

		byte[] toByteArray() {
			return this.out.toByteArray();
		}

	}

}
