package io.github.appwritespring.client.model;

/**
 * A domain's TLS certificate as Appwrite sees it.
 *
 * @param name certificate name
 * @param subjectSN subject SN
 * @param issuerOrganisation issuer organisation
 * @param validFrom valid from
 * @param validTo valid to
 * @param signatureTypeSN signature type SN
 * @since 0.1.0
 */
public record HealthCertificate(String name, String subjectSN, String issuerOrganisation, String validFrom,
		String validTo, String signatureTypeSN) {
}
