package io.github.appwritespring.client.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Page;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lazy iteration over every page of a list call with Appwrite's cursors, with the caller's filters and ordering kept
 * and {@code cursorAfter} set to the last item of the previous page. Pages are fetched as the sequence is consumed,
 * at most one page ahead of the consumer.
 */
public final class Paginator {

	/** Items fetched per request unless the caller says otherwise. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	private static final Set<String> PAGING_METHODS = Set.of("limit", "offset", "cursorAfter", "cursorBefore");

	private Paginator() {
	}

	/**
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
		return Flux.defer(() -> fetchPage(queries, pageSize, null, fetch)).expand((page) -> {
			if (page.items().size() < pageSize) {
				return Mono.empty();
			}
			String last = idOf.apply(page.items().get(page.items().size() - 1));
			return fetchPage(queries, pageSize, last, fetch);
		}).concatMapIterable(Page::items, 1);
	}

	private static <T> Mono<Page<T>> fetchPage(List<String> queries, int pageSize, @Nullable String cursor,
			Function<List<String>, ? extends Mono<? extends Page<T>>> fetch) {
		List<String> pageQueries = new ArrayList<>(queries.size() + 2);
		pageQueries.addAll(queries);
		pageQueries.add(Query.limit(pageSize));
		if (cursor != null) {
			pageQueries.add(Query.cursorAfter(cursor));
		}
		return fetch.apply(pageQueries).map((page) -> (Page<T>) page);
	}

}
