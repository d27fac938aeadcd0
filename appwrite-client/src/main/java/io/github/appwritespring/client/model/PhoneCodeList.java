package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of phone codes.
 *
 * @param total total number of phones that matched your query
 * @param phones list of phones
 * @since 0.1.0
 */
public record PhoneCodeList(long total, List<PhoneCode> phones) implements Page<PhoneCode> {

	@Override
	public List<PhoneCode> items() {
		return this.phones;
	}

}
