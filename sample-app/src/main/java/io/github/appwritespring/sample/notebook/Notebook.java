package io.github.appwritespring.sample.notebook;

import java.util.List;

import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.Team;
import io.github.appwritespring.sample.notes.Note;

/**
 * A shared notebook as its page shows it.
 *
 * @param team the Appwrite team behind it
 * @param owner whether the signed-in user owns it (and may invite)
 * @param members its members, invited ones included
 * @param notes its newest notes
 */
public record Notebook(Team team, boolean owner, List<Membership> members, List<Row<Note>> notes) {

}
