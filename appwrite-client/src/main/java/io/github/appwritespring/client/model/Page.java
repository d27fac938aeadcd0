package io.github.appwritespring.client.model;

import java.util.List;

/**
 * One page of a list answer: Appwrite's {@code {"total": n, "<items>": [...]}}.
 *
 * @param <T> the item type
 * @since 0.1.0
 */
public interface Page<T> {

	/**
	 * Returns the number of matching items (Appwrite counts up to 5000).
	 * @return the number of matching items (Appwrite counts up to 5000)
	 */
	long total();

	/**
	 * Returns the items of this page.
	 * @return the items of this page
	 */
	List<T> items();

}
