package io.github.appwritespring.emulator.internal.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilterVarTests {

	@Test
	void emailsAsFilterValidateEmail() {
		for (String valid : new String[] { "john.doe@example.com", "a+tag@sub.example.co", "\"quoted\"@example.com",
				"x@[192.0.2.1]", "o'brien@example.ie", "x@xn--bcher-kva.example" }) {
			assertThat(FilterVar.isEmail(valid)).as(valid).isTrue();
		}
		for (String invalid : new String[] { "john..doe@example.com", ".leading@example.com", "trailing.@example.com",
				"user@localhost", "user@exa_mple.com", "user@-example.com", "user@example.1com", "no-at.example.com",
				"a b@example.com", "ü@example.com", "x".repeat(65) + "@example.com" }) {
			assertThat(FilterVar.isEmail(invalid)).as(invalid).isFalse();
		}
	}

	@Test
	void urlsAsFilterValidateUrl() {
		for (String valid : new String[] { "https://example.com/path?q=1#f", "ftp://files.example.com/a.txt",
				"http://localhost:8080", "http://[::1]:80/", "mailto:someone@example.com", "file:///etc/hosts",
				"custom://anything_here" }) {
			assertThat(FilterVar.isUrl(valid)).as(valid).isTrue();
		}
		for (String invalid : new String[] { "example.com", "http://", "http://exa_mple.com", "http://-x.com",
				"https://exämple.com", "http://a b.com", "//example.com" }) {
			assertThat(FilterVar.isUrl(invalid)).as(invalid).isFalse();
		}
	}

	@Test
	void ipsAsFilterValidateIp() {
		for (String valid : new String[] { "192.0.2.1", "::1", "::", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1",
				"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "fe80::" }) {
			assertThat(FilterVar.isIp(valid)).as(valid).isTrue();
		}
		for (String invalid : new String[] { "256.1.1.1", "01.2.3.4", "1.2.3", "1:2:3:4:5:6:7:8:9", "1::2::3",
				"::ffff:999.0.2.1", "12345::", "fe80::1%eth0", "1:2:3:4:5:6:7::8", "" }) {
			assertThat(FilterVar.isIp(invalid)).as(invalid).isFalse();
		}
	}

}
