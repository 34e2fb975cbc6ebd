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

    /** TCP connected: every stage after TCP. */
    public boolean pastTcp() {
        return this != NAME_RESOLUTION && this != TCP;
    }
}
