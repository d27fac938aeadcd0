package io.github.appwritespring.autoconfigure.security.passkeys;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import io.github.appwritespring.autoconfigure.security.events.AppwriteUserDeletedEvent;

/**
 * Removes a deleted Appwrite user's passkeys when Appwrite's webhook says the user is
 * gone: they could sign nobody in any more, but they are the user's data (a public key
 * and the user's ID) and should not outlive the account. Any
 * {@link UserCredentialRepository} serves. A removal that fails is logged and left: the
 * passkeys still sign nobody in.
 *
 * @since 0.1.0
 */
public class PasskeysOfDeletedUsers {

	private static final Log logger = LogFactory.getLog(PasskeysOfDeletedUsers.class);

	private final UserCredentialRepository credentials;

	/**
	 * Creates a new {@code PasskeysOfDeletedUsers}.
	 * @param credentials where the passkeys are kept
	 */
	public PasskeysOfDeletedUsers(UserCredentialRepository credentials) {
		this.credentials = credentials;
	}

	/**
	 * Removes the passkeys of a user Appwrite deleted.
	 * @param event the deletion
	 */
	@EventListener
	public void onUserDeleted(AppwriteUserDeletedEvent event) {
		try {
			for (CredentialRecord passkey : this.credentials
				.findByUserId(AppwriteUserEntityRepository.userHandle(event.getUserId()))) {
				this.credentials.delete(passkey.getCredentialId());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not remove the passkeys of deleted Appwrite user " + event.getUserId() + " ("
					+ ex.getClass().getSimpleName() + "); they sign nobody in, and stay until removed");
		}
	}

}
