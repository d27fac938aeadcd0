package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of buckets.
 *
 * @param total the number of matching buckets
 * @param buckets the buckets of this page
 * @since 0.1.0
 */
public record BucketList(long total, List<Bucket> buckets) implements Page<Bucket> {

	@Override
	public List<Bucket> items() {
		return this.buckets;
	}

}
