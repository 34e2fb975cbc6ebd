package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where in the connection a failing attempt stopped, as the ticket or the client tells it. Each
 * stage rules out the causes of the stages after it and points to those of its own.
 */
public enum FailureStage {
    /** The server's name does not resolve. */
    @JsonAlias({"name", "dns"}) NAME_RESOLUTION,
    /** TCP to the RDP port does not connect (timeout, refused). */
    @JsonAlias({"network", "connect"}) TCP,
    /** TCP connects; the TLS handshake fails ("Securing remote connection"). */
    @JsonAlias({"ssl", "securing"}) TLS,
    /** TLS works; Network Level Authentication / CredSSP refuses (the dialog before the desktop). */
    @JsonAlias({"credssp", "nla", "authentication"}) NLA,
    /** The logon itself is refused (rights, account, licence, session limit). */
    @JsonAlias({"logon", "sign-in"}) LOGON,
    /** Logged on, then the session ends, freezes or stays black. */
    @JsonAlias({"after-logon", "session", "black-screen"}) AFTER_LOGON;

    /**
     * The stage a client's disconnect code shows (Microsoft's IMsTscAxEvents::OnDisconnected list):
     * 0x204 and 0x108 (connect failed, timed out) are TCP; 0x104, 0x208, 0x508, 0x604 name
     * resolution; any other code, or none, does not say.
     */
    public static FailureStage ofClientCode(String code) {
        if (code == null) return null;
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!c.startsWith("0x")) return null;
        c = c.substring(2).replaceFirst("^0+(?=.)", "");
        return switch (c) {
            case "204", "108" -> TCP;
            case "104", "208", "508", "604" -> NAME_RESOLUTION;
            default -> null;
        };
    }

    /** TCP connected: every stage after TCP. */
    public boolean pastTcp() {
        return this != NAME_RESOLUTION && this != TCP;
    }
}
