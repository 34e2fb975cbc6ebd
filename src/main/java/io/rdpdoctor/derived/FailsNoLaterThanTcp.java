package io.rdpdoctor.derived;

import java.util.List;

/**
 * RDP fails, and nothing says any connection got past TCP: no later stage is named, the client
 * showed no message of a later stage (a licence or logon error comes from a host the connection
 * reached), and no test reached the port. What filters the port (a provider's network filter, a
 * third-party firewall on the host) is then a suspect. Decided once for the rules that read it.
 *
 * @param failure the failure reported, before or at TCP or at no stage named
 */
public record FailsNoLaterThanTcp(FailureReported failure) implements Derived {

    /**
     * The causes that stop every connection before its first packet is answered: the way (the
     * firewalls outside and on the host, the client's network), a Remote Desktop that is off, not
     * listening, on another port or without its service. A connection that got past TCP passed
     * them all, so they are less likely wherever one did (rules/around/where-it-fails.drl).
     */
    public static final List<String> CAUSES = List.of("NETWORK-FIREWALL", "FIREWALL-RULE-OFF", "CLIENT-NETWORK-BLOCKS",
            "RDP-DISABLED", "RDP-DISABLED-BY-GPO", "TERMSERVICE-STOPPED", "TERMSERVICE-DISABLED", "LISTENER-MISSING",
            "RDP-PORT-NOT-LISTENING", "PORT-CHANGED", "RDPWRAP-SERVICEDLL", "HOME-EDITION-NO-HOST");

    @Override
    public List<Object> grounds() {
        return List.of(failure);
    }

    @Override
    public String describe() {
        return "RDP fails, and nothing says a connection got past TCP";
    }
}
