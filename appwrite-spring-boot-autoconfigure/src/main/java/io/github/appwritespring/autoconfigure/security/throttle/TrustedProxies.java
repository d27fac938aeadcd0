package io.github.appwritespring.autoconfigure.security.throttle;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the client address behind proxies the application trusts. The
 * {@code X-Forwarded-For} entries are read from right to left, starting with the address
 * the connection came from: the first one that is not a trusted proxy is the client.
 * Entries to its left were written by the client or by proxies no one vouches for, so
 * they are never believed; that is why the left-most entry, which
 * {@code server.forward-headers-strategy=framework} would take, is not used.
 *
 * @since 0.1.0
 */
public final class TrustedProxies {

	/** No trusted proxies: the address the server reports is the client's. */
	public static final TrustedProxies NONE = new TrustedProxies(List.of());

	/** The most entries of one request looked at, so a long header costs little. */
	private static final int MAX_HOPS = 32;

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = ranges;
	}

	/**
	 * Parses the trusted proxies.
	 * @param property the property they come from, named in errors
	 * @param entries the IP addresses or CIDR ranges, e.g. {@code 10.0.0.0/8},
	 * {@code 2001:db8::/32}, {@code 192.0.2.10}
	 * @return the trusted proxies
	 * @throws IllegalArgumentException naming the first entry that is not an IP address
	 * or CIDR range
	 */
	public static TrustedProxies of(String property, List<String> entries) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : entries) {
			Range range = Range.parse(entry.trim());
			if (range == null) {
				throw new IllegalArgumentException(property + ": '" + entry
						+ "' is not an IP address or CIDR range; use entries such as 10.0.0.0/8, 192.0.2.10 or "
						+ "2001:db8::/32");
			}
			ranges.add(range);
		}
		return new TrustedProxies(List.copyOf(ranges));
	}

	/**
	 * Returns whether any proxy is trusted.
	 * @return whether any proxy is trusted
	 */
	public boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	/**
	 * Returns the client address.
	 * @param peer the address the connection came from
	 * @param forwardedFor every {@code X-Forwarded-For} header value, in order
	 * @return the right-most address that is not a trusted proxy; when every entry is
	 * trusted, the left-most; when the entry found is not an IP literal, the trusted
	 * proxy that reported it, so made-up values share that proxy's bucket rather than
	 * escape counting
	 */
	public @Nullable String clientAddress(@Nullable String peer, List<String> forwardedFor) {
		if (peer == null || this.ranges.isEmpty() || !isTrusted(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwardedFor) {
			for (String hop : header.split(",")) {
				hops.add(hop.trim());
			}
		}
		String reporter = peer;
		int last = Math.max(0, hops.size() - MAX_HOPS);
		for (int i = hops.size() - 1; i >= last; i--) {
			String hop = withoutPort(hops.get(i));
			byte[] address = literal(hop);
			if (address == null) {
				return reporter;
			}
			if (!isTrusted(address)) {
				return hop;
			}
			reporter = hop;
		}
		return reporter;
	}

	private boolean isTrusted(String address) {
		byte[] bytes = literal(address);
		return bytes != null && isTrusted(bytes);
	}

	private boolean isTrusted(byte[] address) {
		for (Range range : this.ranges) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	/** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:4711} without the port. */
	private static String withoutPort(String hop) {
		if (hop.startsWith("[")) {
			int end = hop.indexOf(']');
			return (end > 0) ? hop.substring(1, end) : hop;
		}
		int colon = hop.indexOf(':');
		return (colon > 0 && colon == hop.lastIndexOf(':')) ? hop.substring(0, colon) : hop;
	}

	/** The address's bytes (IPv4-mapped IPv6 as IPv4), or {@code null} for no literal. */
	private static byte @Nullable [] literal(String address) {
		InetAddress parsed = ClientAddresses.literal(address);
		return (parsed != null) ? parsed.getAddress() : null;
	}

	private record Range(byte[] network, int prefix) {

		static @Nullable Range parse(String entry) {
			int slash = entry.indexOf('/');
			byte[] address = literal((slash >= 0) ? entry.substring(0, slash) : entry);
			if (address == null) {
				return null;
			}
			int prefix = address.length * 8;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					return null;
				}
				if (prefix < 0 || prefix > address.length * 8) {
					return null;
				}
			}
			return new Range(address, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int full = this.prefix / 8;
			if (!Arrays.equals(address, 0, full, this.network, 0, full)) {
				return false;
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = 0xFF << (8 - rest);
			return (address[full] & mask) == (this.network[full] & mask);
		}

	}

}
