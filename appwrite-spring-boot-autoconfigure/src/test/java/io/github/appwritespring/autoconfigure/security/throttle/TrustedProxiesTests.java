package io.github.appwritespring.autoconfigure.security.throttle;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which address is the client's behind trusted proxies.
 */
class TrustedProxiesTests {

	private final TrustedProxies proxies = TrustedProxies.of("p", List.of("10.0.0.0/8", "192.0.2.10", "2001:db8::/32"));

	@Test
	void theRightMostUntrustedEntryIsTheClientNotTheLeftMostOneTheClientWrote() {
		assertThat(this.proxies.clientAddress("10.1.2.3", List.of("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(this.proxies.clientAddress("10.1.2.3", List.of("6.6.6.6", "203.0.113.7, 192.0.2.10")))
			.as("several headers, several trusted hops")
			.isEqualTo("203.0.113.7");
	}

	@Test
	void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
		assertThat(this.proxies.clientAddress("203.0.113.9", List.of("10.0.0.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
		assertThat(this.proxies.clientAddress("10.0.0.1", List.of("10.0.0.2, 10.0.0.3"))).isEqualTo("10.0.0.2");
		assertThat(this.proxies.clientAddress("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
	}

	@Test
	void aValueThatIsNoAddressCountsAsTheProxyThatReportedIt() {
		assertThat(this.proxies.clientAddress("10.0.0.1", List.of("unknown"))).isEqualTo("10.0.0.1");
		assertThat(this.proxies.clientAddress("10.0.0.1", List.of("evil.example, 10.0.0.7"))).isEqualTo("10.0.0.7");
	}

	@Test
	void portsAndIpv6AreUnderstood() {
		assertThat(this.proxies.clientAddress("10.0.0.1", List.of("203.0.113.7:4711"))).isEqualTo("203.0.113.7");
		assertThat(this.proxies.clientAddress("2001:db8::1", List.of("[2001:db9::5]:443"))).isEqualTo("2001:db9::5");
		assertThat(this.proxies.clientAddress("::ffff:10.0.0.1", List.of("203.0.113.8"))).isEqualTo("203.0.113.8");
	}

	@Test
	void noTrustedProxiesMeansThePeer() {
		assertThat(TrustedProxies.NONE.clientAddress("10.0.0.1", List.of("203.0.113.7"))).isEqualTo("10.0.0.1");
	}

	@Test
	void aBadEntryIsRefusedNamingTheProperty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrustedProxies.of("appwrite.security.throttle.trusted-proxies", List.of("10.0.0.0/33")))
			.withMessageContaining("appwrite.security.throttle.trusted-proxies")
			.withMessageContaining("'10.0.0.0/33'");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of("p", List.of("proxy.example")));
	}

}
