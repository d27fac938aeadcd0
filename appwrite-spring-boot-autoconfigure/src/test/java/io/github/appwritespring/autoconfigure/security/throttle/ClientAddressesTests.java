package io.github.appwritespring.autoconfigure.security.throttle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bucket a client address is counted in.
 */
class ClientAddressesTests {

	@ParameterizedTest
	@CsvSource({ "203.0.113.7, 203.0.113.7", "::ffff:203.0.113.7, 203.0.113.7",
			"2001:db8:1:2::1, 2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2:0:0:0:0/64",
			"[2001:db8::1], 2001:db8:0:0:0:0:0:0/64", "::1, 0:0:0:0:0:0:0:0/64" })
	void addressesCountInTheirBucket(String address, String bucket) {
		assertThat(ClientAddresses.bucket(address)).isEqualTo(bucket);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "evil.example", "localhost", "999.1.1.1", "1.2.3", "1.2.3.4.5", "unknown",
			"2001:db8::g", "203.0.113.7, 198.51.100.1" })
	void whatIsNoIpLiteralHasNoBucket(String address) {
		assertThat(ClientAddresses.bucket(address)).isNull();
	}

}
