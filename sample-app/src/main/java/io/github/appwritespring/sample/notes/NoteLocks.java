package io.github.appwritespring.sample.notes;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One lock per note (striped), held around every read-modify-write of a note's lists
 * (attachments, who it is shared with) and permissions. Appwrite has no conditional
 * update, so two such changes at once would otherwise both read the old list and the
 * second write would drop the first one's entry. The lock covers one instance of the app,
 * which is how the sample runs; several instances would need Appwrite transactions or a
 * shared lock.
 */
@Component
public class NoteLocks {

	private final ReentrantLock[] stripes = new ReentrantLock[64];

	/** Creates the locks. */
	public NoteLocks() {
		for (int i = 0; i < this.stripes.length; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/**
	 * Runs a change of a note while no other change of it runs.
	 * @param <T> what the change returns
	 * @param noteId the note's ID
	 * @param change the change, which reads the note afresh
	 * @return what the change returned
	 */
	public <T> T change(String noteId, Supplier<T> change) {
		ReentrantLock lock = this.stripes[Math.floorMod(noteId.hashCode(), this.stripes.length)];
		lock.lock();
		try {
			return change.get();
		}
		finally {
			lock.unlock();
		}
	}

}
