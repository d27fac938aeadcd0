package io.github.appwritespring.sample.notebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottleStore;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.notes.NoteForm;
import io.github.appwritespring.sample.notes.NoteOwner;
import io.github.appwritespring.sample.web.BadInputException;

/**
 * Shared notebooks, all through the signed-in user's session: a notebook is an Appwrite
 * team (its creator is its {@code owner}), its owner invites people by email (Appwrite
 * emails them a link to the starter's {@code /auth/team-invitation}, which signs them
 * in), and a note written into it carries {@code read("team:ID")} next to its writer's
 * own permissions, so Appwrite's row security lets every member read it and only its
 * writer change it. A user can grant only roles they hold: only members can write into a
 * notebook. The team's ID is also kept in the note's {@code sharedWith} list as
 * {@code team:ID}, so the notebook's notes are one query.
 */
@Service
public class Notebooks {

	/** The name of a new notebook's team. */
	public static final String NAME = "Shared notebook";

	/** Invitations allowed per user and hour (each sends an email). */
	public static final int INVITATIONS_PER_HOUR = 20;

	private static final int NOTES_SHOWN = 25;

	private final AppwriteSessionClient me;

	private final SampleProperties properties;

	private final LoginThrottleStore counters;

	/**
	 * Creates a new {@code Notebooks}.
	 * @param me the request's session client (a request-scoped proxy)
	 * @param properties where the notes live
	 * @param counters where invitations per user are counted (the starter's throttle
	 * store)
	 */
	public Notebooks(AppwriteSessionClient me, SampleProperties properties, LoginThrottleStore counters) {
		this.me = me;
		this.properties = properties;
		this.counters = counters;
	}

	/**
	 * Returns the notebooks the user is a member of, with their members and newest notes.
	 * @param user the signed-in user
	 * @return the user's notebooks
	 */
	public List<Notebook> of(AppwriteUser user) {
		List<Notebook> notebooks = new ArrayList<>();
		for (Team team : this.me.teams().list().teams()) {
			List<Membership> members = this.me.teams().listMemberships(team.id()).memberships();
			boolean owner = members.stream()
				.anyMatch((member) -> member.userId().equals(user.getId()) && member.roles().contains("owner"));
			List<Row<Note>> notes = this.me.tablesDb()
				.listRows(this.properties.databaseId(), this.properties.notesTableId(),
						List.of(Query.contains("sharedWith", List.of(Note.teamMarker(team.id()))),
								Query.orderDesc("$createdAt"), Query.limit(NOTES_SHOWN)),
						Note.class)
				.rows()
				.stream()
				.filter((row) -> row.permissions().contains(Permission.read(Role.team(team.id())))
						&& NoteOwner.of(row) != null)
				.toList();
			notebooks.add(new Notebook(team, owner, members, notes));
		}
		return notebooks;
	}

	/**
	 * Starts a notebook owned by the user.
	 * @return its team
	 */
	public Team create() {
		return this.me.teams().create(ID.unique(), NAME, null);
	}

	/**
	 * Invites someone by email: Appwrite emails them a link to the starter's invitation
	 * endpoint, which signs them in as a member.
	 * @param user the signed-in user, the notebook's owner (Appwrite refuses others)
	 * @param teamId the notebook's team
	 * @param email the email to invite
	 * @param invitationUrl the absolute URL of {@code /auth/team-invitation} on this app
	 * @throws BadInputException for something that is not an email
	 * @throws ResponseStatusException 429 when the user invited too often this hour, 403
	 * when they may not invite to that notebook
	 */
	public void invite(AppwriteUser user, String teamId, String email, String invitationUrl) {
		String wanted = email.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty() || wanted.length() > 254 || !wanted.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new BadInputException("Enter the email address of the person to invite.");
		}
		Duration wait = this.counters
			.take("sample-invite:" + user.getId(), INVITATIONS_PER_HOUR, Duration.ofHours(1), Instant.now())
			.block();
		if (wait == null || !wait.isZero()) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"You sent too many invitations. Try again within the hour.");
		}
		try {
			this.me.teams()
				.createMembership(checked(teamId), List.of("member"), wanted, null, null, invitationUrl, null);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 409) {
				// already a member or invited: the same answer as a new invitation
				return;
			}
			if (ex.getStatus() == 401 || ex.getStatus() == 404) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the notebook's owner can invite.");
			}
			throw ex;
		}
	}

	/**
	 * Writes a note into a notebook: the user's own note, readable by the team.
	 * @param user the signed-in user, a member
	 * @param teamId the notebook's team
	 * @param form checked input
	 * @return the new note
	 */
	public Row<Note> write(AppwriteUser user, String teamId, NoteForm form) {
		String team = checked(teamId);
		List<String> permissions = new ArrayList<>(NoteOwner.permissionsFor(user.getId()));
		permissions.add(Permission.read(Role.team(team)));
		Note note = new Note(form.title(), form.body(), user.getId(), user.getName(), List.of(),
				List.of(Note.teamMarker(team)));
		try {
			return this.me.tablesDb()
				.createRow(this.properties.databaseId(), this.properties.notesTableId(), ID.unique(), note, permissions,
						Note.class);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() == 401) {
				// Appwrite lets a user grant only roles they hold
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the notebook's members can write in it.");
			}
			throw ex;
		}
	}

	private static String checked(String teamId) {
		if (!teamId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,35}")) {
			throw new BadInputException("There is no such notebook.");
		}
		return teamId;
	}

}
