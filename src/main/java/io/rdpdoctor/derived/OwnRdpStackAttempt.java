package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.List;

/**
 * An attempt made with a client that has an RDP stack of its own (FreeRDP and the clients and
 * gateways built on it, rdesktop, IronRDP; {@link ClientSwitches#ownRdpStack}), named by the
 * attempt's app or, failing that, by the client's name. Such a client does its own TLS and CredSSP.
 *
 * @param attempt the attempt
 */
public record OwnRdpStackAttempt(ConnectionAttempt attempt) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(attempt);
    }

    @Override
    public String describe() {
        return "made with a client that has an RDP stack of its own";
    }
}
