package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An RDP connection attempt from a client and what the client showed.
 *
 * @param errorText the message as the client showed it, in its language
 * @param errorCode the code, e.g. "0x204", when shown
 * @param user      the account the user logged on with, as typed
 * @param stage     where the attempt stopped, when the ticket or the client says so
 * @param targetForm how the client named the host (a name, an FQDN, an IP address, the host itself
 *                   as localhost, a port forward), when the ticket says so and {@code target} does not show it
 * @param relativeToChange before or after the change the ticket names ({@code changes})
 * @param accountKind the kind of account the user logged on with (a Microsoft account, an Entra ID
 *                  account, ...), when the ticket says so and {@code user} does not show it
 * @param options   the client options used: .rdp settings, command-line switches (/sec:tls), the
 *                  client's security setting; option name to value (a RemoteApp launch:
 *                  remoteapplicationmode i:1, remoteapplicationprogram, FreeRDP's /app; ClientSwitches#remoteApp)
 */
public record ConnectionAttempt(
        String from,
        String network,
        String app,
        String target,
        Integer port,
        String user,
        Boolean succeeded,
        String errorText,
        String errorCode,
        String time,
        FailureStage stage,
        TargetForm targetForm,
        ChangeOrder relativeToChange,
        AccountKind accountKind,
        java.util.Map<String, String> options,
        Source source) implements Sourced<ConnectionAttempt> {

    /** How the client named the host. */
    public enum TargetForm {
        /** A short host name (NetBIOS or DNS label). */
        @JsonAlias("name") NAME,
        @JsonAlias("fqdn") FQDN,
        @JsonAlias({"ip", "address"}) IP,
        /** The host itself: localhost, 127.0.0.1, ::1, a test run on the host (RDPCheck). */
        @JsonAlias({"localhost", "loopback", "local"}) LOCALHOST,
        /** An address and port that a NAT, router or hypervisor forwards to the host. */
        @JsonAlias({"port-forward", "portForward", "forwarded"}) PORT_FORWARD;

        // compiled once: the rules ask the form of every attempt of every host
        private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":\\d+$");
        private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
        private static final java.util.regex.Pattern IPV6 = java.util.regex.Pattern.compile("\\[?[0-9a-f:]+\\]?");

        /** The form a typed target shows: localhost and loopback addresses, IP addresses, dotted names; else null. */
        public static TargetForm of(String target) {
            if (target == null || target.isBlank()) return null;
            String t = target.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.indexOf(':') == t.lastIndexOf(':')) t = PORT.matcher(t).replaceFirst(""); // host:port, not IPv6
            if (t.equals("localhost") || t.startsWith("127.") || t.equals("::1") || t.equals("[::1]")) return LOCALHOST;
            if (IPV4.matcher(t).matches() || IPV6.matcher(t).matches() && t.contains(":")) return IP;
            return t.contains(".") ? FQDN : NAME;
        }
    }

    /** When an attempt was made, relative to the change the ticket names. */
    public enum ChangeOrder {
        @JsonAlias("before") BEFORE,
        @JsonAlias("after") AFTER
    }

    /** The kind of account a user logged on with. */
    public enum AccountKind {
        /** An account of the host's own user database. */
        @JsonAlias("local") LOCAL,
        /** An Active Directory domain account. */
        @JsonAlias("domain") DOMAIN,
        /** A Microsoft account (outlook.com, hotmail.com, ... or another address registered as one) on a PC. */
        @JsonAlias({"microsoft", "microsoft-account", "microsoftAccount", "msa"}) MICROSOFT,
        /** A Microsoft Entra ID (Azure AD) work or school account. */
        @JsonAlias({"entra", "entra-id", "azure-ad", "azuread", "aad"}) ENTRA
    }

    public ConnectionAttempt {
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }

    /** Without target form, order and options (unknown). */
    public ConnectionAttempt(String from, String network, String app, String target, Integer port, String user, Boolean succeeded,
                             String errorText, String errorCode, String time, FailureStage stage, Source source) {
        this(from, network, app, target, port, user, succeeded, errorText, errorCode, time, stage, null, null, null, null, source);
    }

    /** The form stated, else the form the target shows, else null. */
    public TargetForm form() {
        return targetForm != null ? targetForm : TargetForm.of(target);
    }

    /**
     * This attempt and the other lie on either side of the change the ticket names (one before it, one
     * after): what differs between them is that change, not how they were made.
     */
    public boolean acrossTheChangeFrom(ConnectionAttempt other) {
        return relativeToChange != null && other.relativeToChange != null && relativeToChange != other.relativeToChange;
    }

    /** The attempt was made on the host itself (localhost, loopback, a check run on the host). */
    public boolean local() {
        return form() == TargetForm.LOCALHOST;
    }

    /** The same attempt, made with the program named. */
    public ConnectionAttempt withApp(String program) {
        return new ConnectionAttempt(from, network, program, target, port, user, succeeded, errorText, errorCode, time, stage, targetForm,
                relativeToChange, accountKind, options, source);
    }

    /** The same attempt, made to the target named (its form then shows from it). */
    public ConnectionAttempt withTarget(String host, Integer rdpPort) {
        return new ConnectionAttempt(from, network, app, host, rdpPort, user, succeeded, errorText, errorCode, time, stage, targetForm,
                relativeToChange, accountKind, options, source);
    }

    @Override
    public ConnectionAttempt withSource(Source s) {
        return new ConnectionAttempt(from, network, app, target, port, user, succeeded, errorText, errorCode, time, stage, targetForm,
                relativeToChange, accountKind, options, s);
    }

    @Override
    public String describe() {
        return "connection" + (target == null ? "" : " to " + target + (port == null ? "" : ":" + port))
                + (targetForm == null ? "" : " (" + targetForm.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                + (relativeToChange == null ? "" : " " + relativeToChange.name().toLowerCase(java.util.Locale.ROOT) + " the change")
                + (from == null ? "" : " from " + from) + (user == null ? "" : " as " + user)
                + (accountKind == null ? "" : " (" + accountKind.name().toLowerCase(java.util.Locale.ROOT) + " account)") + (Boolean.TRUE.equals(succeeded) ? " succeeded" : " failed")
                + (stage == null ? "" : " at the " + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " stage")
                + (errorText == null ? "" : ": \"" + errorText + "\"") + (errorCode == null ? "" : " (" + errorCode + ")");
    }
}
