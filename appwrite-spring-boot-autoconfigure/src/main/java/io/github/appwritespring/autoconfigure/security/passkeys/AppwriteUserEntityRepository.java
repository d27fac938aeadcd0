package io.github.appwritespring.autoconfigure.security.passkeys;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.User;

/**
 * Spring Security's {@link PublicKeyCredentialUserEntityRepository} on Appwrite's users:
 * a passkey's user handle is the Appwrite user ID (its UTF-8 bytes), and an entity is
 * found by that ID, which is also the signed-in principal's name. The entity shows the
 * user's email and name as Appwrite holds them now (an authenticator lists the passkey
 * under them). Nothing is stored beside Appwrite's own user, so nothing goes stale: a
 * deleted Appwrite user has no user entity, and its passkeys sign nobody in.
 *
 * @since 0.1.0
 */
public class AppwriteUserEntityRepository implements PublicKeyCredentialUserEntityRepository {

	/**
	 * Appwrite's IDs: at most 36 of these characters, not starting with a special one.
	 */
	private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}");

	private final AppwriteClient admin;

	/**
	 * Creates a new {@code AppwriteUserEntityRepository}.
	 * @param admin the admin client (API key with the users.read scope)
	 */
	public AppwriteUserEntityRepository(AppwriteClient admin) {
		this.admin = admin;
	}

	@Override
	public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
		return findByUsername(userId(id));
	}

	@Override
	public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
		if (!USER_ID.matcher(username).matches()) {
			return null;
		}
		User user;
		try {
			user = this.admin.users().get(username);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 404) {
				return null;
			}
			throw ex;
		}
		return entity(user);
	}

	/**
	 * Returns the user handle of an Appwrite user: the UTF-8 bytes of its ID.
	 * @param userId an Appwrite user ID
	 * @return its user handle
	 */
	public static Bytes userHandle(String userId) {
		return new Bytes(userId.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Returns the Appwrite user ID a user handle stands for.
	 * @param userHandle a user handle, as {@link #userHandle(String)} makes it
	 * @return the Appwrite user ID
	 */
	public static String userId(Bytes userHandle) {
		return new String(userHandle.getBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * Returns the user entity of an Appwrite user.
	 * @param user an Appwrite user
	 * @return its user entity: its ID as handle and name, its name or email as display
	 * name
	 */
	public static PublicKeyCredentialUserEntity entity(User user) {
		String displayName = (user.name() != null && !user.name().isBlank()) ? user.name() : user.email();
		return ImmutablePublicKeyCredentialUserEntity.builder()
			.id(userHandle(user.id()))
			.name((user.email() != null && !user.email().isBlank()) ? user.email() : user.id())
			.displayName((displayName != null && !displayName.isBlank()) ? displayName : user.id())
			.build();
	}

	/**
	 * Accepts the user entity of an Appwrite user, which exists already, and refuses any
	 * other: a passkey is registered for an Appwrite user or not at all (Spring Security
	 * saves a new entity, with a random user handle, only when it finds none for the
	 * signed-in user, e.g. one deleted meanwhile).
	 * @throws IllegalArgumentException when no Appwrite user has the entity's ID
	 */
	@Override
	public void save(PublicKeyCredentialUserEntity userEntity) {
		if (findById(userEntity.getId()) == null) {
			throw new IllegalArgumentException(
					"No Appwrite user has this user handle: passkeys are registered for Appwrite users only");
		}
	}

	/**
	 * Does nothing: user entities are Appwrite's users, which this repository never
	 * deletes.
	 */
	@Override
	public void delete(Bytes id) {
	}

}
