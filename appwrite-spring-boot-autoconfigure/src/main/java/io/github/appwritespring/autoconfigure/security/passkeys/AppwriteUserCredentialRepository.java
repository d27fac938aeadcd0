package io.github.appwritespring.autoconfigure.security.passkeys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Row;

/**
 * Spring Security's {@link UserCredentialRepository} on an Appwrite table: one row per
 * passkey, whose ID is derived from the credential ID (so a credential is registered at
 * most once, atomically, by Appwrite's unique row IDs), and whose user is the Appwrite
 * user ID. Saving a passkey that exists is a use of it: its signature counter must have
 * grown (unless the authenticator keeps none, counting 0), or the sign-in is refused with
 * {@link PasskeyCounterException}, as a cloned authenticator's would be; the counter
 * moves atomically on Appwrite's side, so two uses at once cannot both pass with one
 * value.
 *
 * @since 0.1.0
 */
public class AppwriteUserCredentialRepository implements UserCredentialRepository {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int MAX_PER_USER = 100;

	/** Appwrite's answer when an increment would pass its bound. */
	private static final String COUNTER_MOVED = "column_limit_exceeded";

	private final AppwriteClient admin;

	private final PasskeyTable table;

	/**
	 * Creates a new {@code AppwriteUserCredentialRepository}.
	 * @param admin the admin client
	 * @param table the table, created on first use when missing
	 */
	public AppwriteUserCredentialRepository(AppwriteClient admin, PasskeyTable table) {
		this.admin = admin;
		this.table = table;
	}

	@Override
	public void delete(Bytes credentialId) {
		this.table.ensure();
		try {
			this.admin.tablesDb().deleteRow(this.table.databaseId(), this.table.tableId(), rowId(credentialId));
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 404) {
				throw ex;
			}
		}
	}

	@Override
	public void save(CredentialRecord record) {
		this.table.ensure();
		String rowId = rowId(record.getCredentialId());
		Map<String, Object> stored = find(rowId);
		if (stored == null) {
			this.admin.tablesDb()
				.createRow(this.table.databaseId(), this.table.tableId(), rowId, columns(record), List.of());
			return;
		}
		if (!userId(record).equals(stored.get(PasskeyTable.USER_ID))) {
			throw new IllegalArgumentException("The passkey belongs to another user");
		}
		long before = number(stored.get(PasskeyTable.SIGNATURE_COUNT));
		long now = record.getSignatureCount();
		if (before > 0 || now > 0) {
			if (now <= before) {
				throw new PasskeyCounterException();
			}
			advanceCounter(rowId, before, now);
		}
		Map<String, Object> use = new LinkedHashMap<>();
		use.put(PasskeyTable.UV_INITIALIZED, record.isUvInitialized());
		use.put(PasskeyTable.BACKUP_STATE, record.isBackupState());
		use.put(PasskeyTable.LABEL, record.getLabel());
		use.put(PasskeyTable.LAST_USED, record.getLastUsed().toString());
		this.admin.tablesDb().updateRow(this.table.databaseId(), this.table.tableId(), rowId, use, Map.class);
	}

	/**
	 * Moves a passkey's counter from {@code before} to {@code now} in one step on
	 * Appwrite's side, so that of two uses at once that both read {@code before} (a
	 * cloned authenticator's and its original's) only one passes: Appwrite adds
	 * {@code now - before} only while the sum stays within {@code now}, that is only
	 * while the counter still is {@code before}; otherwise it refuses with
	 * {@code column_limit_exceeded}.
	 */
	private void advanceCounter(String rowId, long before, long now) {
		try {
			this.admin.tablesDb()
				.incrementRowColumn(this.table.databaseId(), this.table.tableId(), rowId, PasskeyTable.SIGNATURE_COUNT,
						(double) (now - before), (double) now, null, Map.class);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 400 && COUNTER_MOVED.equals(ex.getType())) {
				throw new PasskeyCounterException();
			}
			throw ex;
		}
	}

	@Override
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		this.table.ensure();
		Map<String, Object> row = find(rowId(credentialId));
		if (row == null || !credentialId.toBase64UrlString().equals(row.get(PasskeyTable.CREDENTIAL_ID))) {
			return null;
		}
		return record(row);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		this.table.ensure();
		String user = AppwriteUserEntityRepository.userId(userId);
		return this.admin.tablesDb()
			.listRows(this.table.databaseId(), this.table.tableId(),
					List.of(Query.equal(PasskeyTable.USER_ID, user), Query.orderAsc("$createdAt"),
							Query.limit(MAX_PER_USER)))
			.rows()
			.stream()
			.map(Row::data)
			.map(AppwriteUserCredentialRepository::record)
			.toList();
	}

	private @Nullable Map<String, Object> find(String rowId) {
		try {
			return this.admin.tablesDb().getRow(this.table.databaseId(), this.table.tableId(), rowId).data();
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 404) {
				return null;
			}
			throw ex;
		}
	}

	/**
	 * A row ID from a credential ID: 36 hex digits of its SHA-256, as a credential ID (up
	 * to 1023 bytes) is longer than Appwrite's IDs may be.
	 */
	static String rowId(Bytes credentialId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(credentialId.getBytes());
			return HexFormat.of().formatHex(Arrays.copyOf(digest, 18));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String userId(CredentialRecord record) {
		return AppwriteUserEntityRepository.userId(record.getUserEntityUserId());
	}

	private static Map<String, Object> columns(CredentialRecord record) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put(PasskeyTable.CREDENTIAL_ID, record.getCredentialId().toBase64UrlString());
		columns.put(PasskeyTable.USER_ID, userId(record));
		columns.put(PasskeyTable.LABEL, record.getLabel());
		columns.put(PasskeyTable.PUBLIC_KEY, ENCODER.encodeToString(record.getPublicKey().getBytes()));
		columns.put(PasskeyTable.SIGNATURE_COUNT, record.getSignatureCount());
		columns.put(PasskeyTable.UV_INITIALIZED, record.isUvInitialized());
		columns.put(PasskeyTable.BACKUP_ELIGIBLE, record.isBackupEligible());
		columns.put(PasskeyTable.BACKUP_STATE, record.isBackupState());
		columns.put(PasskeyTable.TRANSPORTS,
				record.getTransports().stream().map(AuthenticatorTransport::getValue).collect(Collectors.joining(",")));
		Bytes attestationObject = record.getAttestationObject();
		columns.put(PasskeyTable.ATTESTATION_OBJECT,
				(attestationObject != null) ? attestationObject.toBase64UrlString() : null);
		Bytes clientData = record.getAttestationClientDataJSON();
		columns.put(PasskeyTable.CLIENT_DATA_JSON, (clientData != null) ? clientData.toBase64UrlString() : null);
		columns.put(PasskeyTable.CREATED, record.getCreated().toString());
		columns.put(PasskeyTable.LAST_USED, record.getLastUsed().toString());
		return columns;
	}

	private static CredentialRecord record(Map<String, Object> row) {
		Object label = row.get(PasskeyTable.LABEL);
		Object transports = row.get(PasskeyTable.TRANSPORTS);
		Set<AuthenticatorTransport> transportSet = (transports instanceof String list && !list.isEmpty())
				? Arrays.stream(list.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet())
				: Set.of();
		return ImmutableCredentialRecord.builder()
			.credentialId(Bytes.fromBase64(text(row, PasskeyTable.CREDENTIAL_ID)))
			.userEntityUserId(AppwriteUserEntityRepository.userHandle(text(row, PasskeyTable.USER_ID)))
			.label((label instanceof String text) ? text : "")
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(DECODER.decode(text(row, PasskeyTable.PUBLIC_KEY))))
			.signatureCount(number(row.get(PasskeyTable.SIGNATURE_COUNT)))
			.uvInitialized(Boolean.TRUE.equals(row.get(PasskeyTable.UV_INITIALIZED)))
			.backupEligible(Boolean.TRUE.equals(row.get(PasskeyTable.BACKUP_ELIGIBLE)))
			.backupState(Boolean.TRUE.equals(row.get(PasskeyTable.BACKUP_STATE)))
			.transports(transportSet)
			.attestationObject(bytes(row.get(PasskeyTable.ATTESTATION_OBJECT)))
			.attestationClientDataJSON(bytes(row.get(PasskeyTable.CLIENT_DATA_JSON)))
			.created(instant(row.get(PasskeyTable.CREATED)))
			.lastUsed(instant(row.get(PasskeyTable.LAST_USED)))
			.build();
	}

	private static String text(Map<String, Object> row, String column) {
		Object value = row.get(column);
		if (!(value instanceof String text)) {
			throw new IllegalStateException("The passkey row has no " + column);
		}
		return text;
	}

	private static @Nullable Bytes bytes(@Nullable Object value) {
		return (value instanceof String text && !text.isEmpty()) ? Bytes.fromBase64(text) : null;
	}

	private static long number(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static Instant instant(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty()) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				return Instant.EPOCH;
			}
		}
		return Instant.EPOCH;
	}

}
