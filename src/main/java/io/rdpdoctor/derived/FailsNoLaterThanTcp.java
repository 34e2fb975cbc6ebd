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

    @Override
    public List<Object> grounds() {
        return List.of(failure);
    }

    @Override
    public String describe() {
        return "RDP fails, and nothing says a connection got past TCP";
    }
}
