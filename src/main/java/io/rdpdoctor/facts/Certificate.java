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

    private static final java.util.regex.Pattern COMMON_NAME = java.util.regex.Pattern.compile("(?i)(?:^|[,/]\\s*)CN\\s*=\\s*([^,/]+)");
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":\\d+$");

    /** The host name of the subject's common name (CN=ts01.contoso.com), or null when the subject names none. */
    public String commonName() {
        if (subject == null) return null;
        java.util.regex.Matcher m = COMMON_NAME.matcher(subject);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * The certificate's common name is another host than the name the client connects to (a name, not an
     * address or a loopback: those never match a host's certificate, and mstsc only warns of them). The
     * names are compared whole when both are dotted, else by their first label (TS01 and ts01.contoso.com
     * are one host); a wildcard name is taken to match.
     */
    public boolean namesAnotherHostThan(String target) {
        ConnectionAttempt.TargetForm form = ConnectionAttempt.TargetForm.of(target);
        String cn = commonName();
        if (cn == null || cn.startsWith("*") || (form != ConnectionAttempt.TargetForm.NAME && form != ConnectionAttempt.TargetForm.FQDN)) return false;
        String name = PORT.matcher(target.strip()).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
        String c = cn.toLowerCase(java.util.Locale.ROOT);
        if (name.contains(".") && c.contains(".")) return !name.equals(c);
        return !firstLabel(name).equals(firstLabel(c));
    }

    private static String firstLabel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

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
