package io.github.appwritespring.emulator.internal.query;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of applying queries: the matching count (capped at 5000, as Appwrite
 * counts) and one page.
 *
 * @param total how many documents match, at most 5000
 * @param page the documents of the requested page, projected by {@code select}
 */
public record QueryResult(long total, List<ObjectNode> page) {
}
