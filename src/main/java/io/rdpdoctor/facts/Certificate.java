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

    /** Whether notAfter lies before the day; an unreadable or missing notAfter is not expired (unknown). */
    public boolean expiredOn(java.time.LocalDate day) {
        java.time.LocalDateTime end = Timestamps.parse(notAfter);
        return end != null && end.toLocalDate().isBefore(day);
    }

    /** Not expired on the day, and its private key is not known to be missing. */
    public boolean usableOn(java.time.LocalDate day) {
        return !expiredOn(day) && !Boolean.FALSE.equals(hasPrivateKey);
    }

    /** In the local machine's "Remote Desktop" store (a certificate read without a store is taken from it). */
    public boolean inRemoteDesktopStore() {
        return store == null || store.replace(" ", "").equalsIgnoreCase("RemoteDesktop");
    }

    /** Its thumbprint is this hash (SSLCertificateSHA1Hash as reg query or PowerShell prints it: spaces, dashes, case). */
    public boolean hasThumbprint(String hash) {
        return sameThumbprint(thumbprint, hash);
    }

    /** Two thumbprints are one: the hex digits compared ignoring case, whatever separates them. */
    public static boolean sameThumbprint(String a, String b) {
        if (a == null || b == null) return false;
        String x = HEX_ONLY.matcher(a).replaceAll("");
        return !x.isEmpty() && x.equalsIgnoreCase(HEX_ONLY.matcher(b).replaceAll(""));
    }

    private static final java.util.regex.Pattern HEX_ONLY = java.util.regex.Pattern.compile("[^0-9A-Fa-f]");

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
