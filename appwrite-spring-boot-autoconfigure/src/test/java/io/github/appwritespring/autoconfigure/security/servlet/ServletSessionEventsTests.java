package io.github.appwritespring.autoconfigure.security.servlet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.appwritespring.autoconfigure.security.SessionEventsTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appwrite's webhook on the servlet stack (Tomcat), with passkeys on: a deleted user's
 * passkeys go with the user.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "spring.main.web-application-type=servlet", "appwrite.security.passkeys.enabled=true",
				"appwrite.security.passkeys.table-id=passkeys_events" })
class ServletSessionEventsTests extends SessionEventsTests {

	private static final int PORT = freePort();

	@Autowired
	UserCredentialRepository credentials;

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		webhook(registry, PORT);
	}

	@Test
	void aDeletedUsersPasskeysAreRemoved() throws Exception {
		SignedIn deleted = signIn();
		SignedIn kept = signIn();
		this.credentials.save(passkey(deleted.userId(), "Laptop"));
		this.credentials.save(passkey(deleted.userId(), "Phone"));
		this.credentials.save(passkey(kept.userId(), "Desk"));
		assertThat(this.credentials.findByUserId(handle(deleted.userId()))).hasSize(2);
		this.admin.users().delete(deleted.userId());
		await().atMost(SOON)
			.untilAsserted(() -> assertThat(this.credentials.findByUserId(handle(deleted.userId()))).isEmpty());
		assertThat(this.credentials.findByUserId(handle(kept.userId()))).singleElement()
			.satisfies((passkey) -> assertThat(passkey.getLabel()).isEqualTo("Desk"));
	}

	private static Bytes handle(String userId) {
		return new Bytes(userId.getBytes(StandardCharsets.UTF_8));
	}

	/** A passkey as the repository keeps it (its key is never used here). */
	private static ImmutableCredentialRecord passkey(String userId, String label) {
		return ImmutableCredentialRecord.builder()
			.credentialId(Bytes.random())
			.userEntityUserId(handle(userId))
			.label(label)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.transports(Set.of())
			.created(Instant.now())
			.lastUsed(Instant.now())
			.build();
	}

}
