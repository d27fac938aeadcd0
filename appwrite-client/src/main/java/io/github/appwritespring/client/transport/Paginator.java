package io.github.appwritespring.client.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Page;

/**
 * Lazy iteration over every page of a list call with Appwrite's cursors, with the
 * caller's filters and ordering kept and {@code cursorAfter} set to the last item of the
 * previous page. Pages are fetched as the sequence is consumed, at most one page ahead of
 * the consumer.
 */
public final class Paginator {

	/** Items fetched per request unless the caller says otherwise. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	private static final Set<String> PAGING_METHODS = Set.of("limit", "offset", "cursorAfter", "cursorBefore");

	private Paginator() {
	}

	/**
	 * Returns every matching item, page by page.
	 * @param queries the caller's filters and ordering (no limit, offset or cursor)
	 * @param pageSize the items per request, 1 to 5000
	 * @param fetch makes one list call with the given queries
	 * @param idOf the ID of an item, used as the cursor
	 * @param <T> the item type
	 * @return every matching item, page by page
	 */
	public static <T> Flux<T> all(List<String> queries, int pageSize,
			Function<List<String>, ? extends Mono<? extends Page<T>>> fetch, Function<T, String> idOf) {
		Require.nonNull("queries", queries);
		Require.range("pageSize", pageSize, 1, 5000);
		for (String query : queries) {
			if (PAGING_METHODS.contains(Query.methodOf(query))) {
				throw new IllegalArgumentException("'queries' must not contain " + Query.methodOf(query)
						+ " when listing all pages: the pages are fetched with cursors; set the page size instead");
			}
		}
		return Flux.defer(() -> fetchPage(queries, pageSize, null, fetch, idOf)).expand((page) -> {
			if (page.items().size() < pageSize) {
				return Mono.empty();
			}
			return fetchPage(queries, pageSize, page.lastId(), fetch, idOf);
		}).concatMapIterable(CursorPage::items, 1);
	}

	private static <T> Mono<CursorPage<T>> fetchPage(List<String> queries, int pageSize, @Nullable String cursor,
			Function<List<String>, ? extends Mono<? extends Page<T>>> fetch, Function<T, String> idOf) {
		List<String> pageQueries = new ArrayList<>(queries.size() + 2);
		pageQueries.addAll(queries);
		pageQueries.add(Query.limit(pageSize));
		if (cursor != null) {
			pageQueries.add(Query.cursorAfter(cursor));
		}
		return fetch.apply(pageQueries).map((page) -> {
			List<T> items = page.items();
			String lastId = items.isEmpty() ? null : idOf.apply(items.get(items.size() - 1));
			if (cursor != null && cursor.equals(lastId)) {
				// A server that ignored the cursor would hand out the same page forever.
				throw new IllegalStateException("Appwrite answered the page after '" + cursor + "' with a page that "
						+ "ends at '" + cursor + "' again; stopping instead of looping");
			}
			return new CursorPage<>(items, lastId);
		});
	}

	/** One fetched page and the ID of its last item, the cursor of the next page. */
	private record CursorPage<T>(List<T> items, @Nullable String lastId) {
	}

}
