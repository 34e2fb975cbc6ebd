package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A certificate, normally from the "Remote Desktop" store of the local machine.
 *
 * @param notAfter expiry, ISO-8601 date or date-time
 */
public record Certificate(
        String store,
        @JsonProperty(required = true) String thumbprint,
        String subject,
        String issuer,
        String notAfter,
        Boolean hasPrivateKey,
        Boolean selfSigned,
        Source source) implements Sourced<Certificate> {

    @Override
    public Certificate withSource(Source s) {
        return new Certificate(store, thumbprint, subject, issuer, notAfter, hasPrivateKey, selfSigned, s);
    }

    @Override
    public String describe() {
        return "certificate " + thumbprint + (subject == null ? "" : " " + subject)
                + (store == null ? "" : " in store \"" + store + "\"")
                + (notAfter == null ? "" : ", expires " + notAfter)
                + (Boolean.FALSE.equals(hasPrivateKey) ? ", no private key" : "");
    }
}
