package io.github.appwritespring.emulator.internal.health;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HealthCertificate model made from real certificates (the JVM's trusted CAs), the
 * domain parameter, and what an unreachable domain answers.
 */
class CertificatesTests {

	@Test
	void aCertificateAnswersOpenSslsFields() throws Exception {
		X509Certificate certificate = trustedCertificate();
		ObjectNode model = Certificates.model(certificate, certificate.getNotBefore().toInstant());
		assertThat(model.path("name").asString()).startsWith("/").contains("=");
		assertThat(model.path("validFrom").asString())
			.isEqualTo(String.valueOf(certificate.getNotBefore().toInstant().getEpochSecond()));
		assertThat(model.path("validTo").asString())
			.isEqualTo(String.valueOf(certificate.getNotAfter().toInstant().getEpochSecond()));
		assertThat(model.path("signatureTypeSN").asString()).isNotEmpty();
		assertThat(model.has("subjectSN")).isTrue();
		assertThat(model.has("issuerOrganisation")).isTrue();
		assertThat(Certificates.signatureType("SHA256withRSA")).isEqualTo("RSA-SHA256");
		assertThat(Certificates.signatureType("SHA384withECDSA")).isEqualTo("ecdsa-with-SHA384");
		Instant afterExpiry = certificate.getNotAfter().toInstant().plusSeconds(1);
		assertThatThrownBy(() -> Certificates.model(certificate, afterExpiry)).isInstanceOfSatisfying(
				ApiException.class, (ex) -> assertThat(ex.type()).isEqualTo("health_certificate_expired"));
	}

	@Test
	void theDomainIsAHostOrAUrlsHost() {
		assertThat(Certificates.host("Example.COM")).isEqualTo("example.com");
		assertThat(Certificates.host("https://appwrite.io/docs")).isEqualTo("appwrite.io");
		assertThatThrownBy(() -> Certificates.host("not a domain")).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.type()).isEqualTo("general_argument_invalid"));
	}

	@Test
	void anUnreachableDomainIsAnInvalidHost() {
		assertThatThrownBy(() -> Certificates.check("localhost", Instant.now()))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.type()).isEqualTo("health_invalid_host");
				assertThat(ex.status()).isEqualTo(404);
			});
	}

	private static X509Certificate trustedCertificate() throws Exception {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		for (var manager : factory.getTrustManagers()) {
			if (manager instanceof X509TrustManager trust && trust.getAcceptedIssuers().length > 0) {
				return trust.getAcceptedIssuers()[0];
			}
		}
		throw new IllegalStateException("the JVM trusts no certificate");
	}

}
