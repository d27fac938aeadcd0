package io.github.appwritespring.autoconfigure.security.throttle;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The bucket a client address is counted in. An IPv4 address counts on its own; an IPv6
 * address counts by its /64 network, since one subscriber usually holds a whole /64 and
 * could otherwise take a fresh address for every attempt; an IPv4-mapped IPv6 address
 * ({@code ::ffff:203.0.113.7}) counts as the IPv4 address it carries. Anything that is
 * not an IP literal has no bucket: it is never resolved through DNS.
 */
final class ClientAddresses {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?]?");

	private ClientAddresses() {
	}

	private static boolean isIpv4(String address) {
		if (!IPV4.matcher(address).matches()) {
			return false;
		}
		for (String octet : address.split("\\.")) {
			if (Integer.parseInt(octet) > 255) {
				// not a literal: InetAddress would try it as a host name
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns the address an IP literal names, or {@code null} when it is none: never
	 * resolved through DNS.
	 * @param address an IP literal, e.g. {@code 203.0.113.7} or {@code 2001:db8::1}
	 * @return the address ({@link Inet4Address} also for an IPv4-mapped IPv6 literal), or
	 * {@code null}
	 */
	static @Nullable InetAddress literal(@Nullable String address) {
		if (address == null || address.length() > 64 || !(isIpv4(address) || IPV6.matcher(address).matches())) {
			return null;
		}
		try {
			// a literal only (checked above), so no DNS look-up happens here
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/**
	 * Returns the bucket of an address, or {@code null} when it is not an IP literal.
	 * @param address an IP literal, e.g. {@code 203.0.113.7} or {@code 2001:db8::1}
	 * @return {@code 203.0.113.7} for IPv4 (also when IPv4-mapped), the network such as
	 * {@code 2001:db8:0:0::/64} for IPv6, or {@code null}
	 */
	static @Nullable String bucket(@Nullable String address) {
		InetAddress parsed = literal(address);
		if (parsed instanceof Inet4Address) {
			return parsed.getHostAddress();
		}
		if (parsed instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
			Arrays.fill(network, 8, 16, (byte) 0);
			try {
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			catch (UnknownHostException ex) {
				return null;
			}
		}
		return null;
	}

}
