package io.github.appwritespring.emulator.internal.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * {@code getCertificate} as Appwrite 1.8.1 does it: a TLS connection to the domain's port
 * 443 (a URL is cut to its host), the peer's certificate checked by the JVM's trust store
 * and answered as the HealthCertificate model. A domain that cannot be reached or whose
 * certificate is not trusted is 404 {@code health_invalid_host}; an expired certificate
 * 404 {@code health_certificate_expired}.
 */
final class Certificates {

	private static final Pattern DOMAIN = Pattern
		.compile("(?i)^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");

	private static final int TIMEOUT_MILLIS = 10_000;

	private Certificates() {
	}

	/** The host to ask: the domain itself, or a URL's host. */
	static String host(String domain) {
		String host = domain.trim();
		if (host.contains("://")) {
			try {
				String parsed = URI.create(host).getHost();
				host = (parsed != null) ? parsed : "";
			}
			catch (IllegalArgumentException ex) {
				host = "";
			}
		}
		if (!DOMAIN.matcher(host).matches()) {
			throw ApiException.invalidParam("domain", "Value must be a valid domain or a valid public domain");
		}
		return host.toLowerCase(Locale.ROOT);
	}

	static ObjectNode check(String host, Instant now) {
		X509Certificate certificate;
		try (SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket()) {
			socket.connect(new InetSocketAddress(host, 443), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			socket.startHandshake();
			Certificate[] chain = socket.getSession().getPeerCertificates();
			certificate = (X509Certificate) chain[0];
		}
		catch (IOException | RuntimeException ex) {
			throw ApiException.notFound("health_invalid_host",
					"Failed to establish a connection to the specified domain. Please verify the domain name and ensure that the server is running and accessible.");
		}
		return model(certificate, now);
	}

	/** The HealthCertificate model of a certificate (404 when it has expired). */
	static ObjectNode model(X509Certificate certificate, Instant now) {
		if (certificate.getNotAfter().toInstant().isBefore(now)) {
			throw ApiException.notFound("health_certificate_expired",
					"The SSL certificate for the specified domain has expired and is no longer valid.");
		}
		ObjectNode model = Json.object();
		model.put("name", opensslName(certificate.getSubjectX500Principal().getName()));
		model.put("subjectSN", part(certificate.getSubjectX500Principal().getName(), "CN"));
		model.put("issuerOrganisation", part(certificate.getIssuerX500Principal().getName(), "O"));
		model.put("validFrom", String.valueOf(certificate.getNotBefore().toInstant().getEpochSecond()));
		model.put("validTo", String.valueOf(certificate.getNotAfter().toInstant().getEpochSecond()));
		model.put("signatureTypeSN", signatureType(certificate.getSigAlgName()));
		return model;
	}

	/**
	 * OpenSSL's one-line name: {@code /C=US/O=Org/CN=host}, most significant part first.
	 */
	private static String opensslName(String rfc2253) {
		StringBuilder name = new StringBuilder();
		try {
			for (Rdn rdn : new LdapName(rfc2253).getRdns()) {
				name.append('/').append(rdn.getType()).append('=').append(rdn.getValue());
			}
		}
		catch (InvalidNameException ex) {
			return rfc2253;
		}
		return name.toString();
	}

	private static String part(String rfc2253, String type) {
		try {
			for (Rdn rdn : new LdapName(rfc2253).getRdns()) {
				if (rdn.getType().equalsIgnoreCase(type)) {
					return String.valueOf(rdn.getValue());
				}
			}
		}
		catch (InvalidNameException ex) {
			return "";
		}
		return "";
	}

	/** OpenSSL's short name of the signature algorithm, e.g. {@code RSA-SHA256}. */
	static String signatureType(String javaName) {
		String upper = javaName.toUpperCase(Locale.ROOT);
		int with = upper.indexOf("WITH");
		if (with < 0) {
			return javaName;
		}
		String digest = upper.substring(0, with).replace("SHA", "SHA");
		String key = upper.substring(with + 4);
		return switch (key) {
			case "RSA" -> "RSA-" + digest;
			case "ECDSA" -> "ecdsa-with-" + digest;
			case "DSA" -> "DSA-" + digest;
			default -> javaName;
		};
	}

}
