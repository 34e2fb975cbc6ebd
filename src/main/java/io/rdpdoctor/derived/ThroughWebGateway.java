package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.List;

/**
 * An attempt made through a web RDP gateway or bastion (Guacamole and the products built on it,
 * JumpServer, Myrtille, MeshCentral, ...: {@link ClientSwitches#webGateway}), named by the attempt's
 * app, the client, or a proxy on the network path. Such a gateway speaks RDP to the host with a
 * stack of its own and a security mode of its own (rules/session/web-gateway-security-mode.drl).
 *
 * @param attempt the attempt
 * @param gateway the fact that names the gateway (the attempt itself, the client, or the path's hop)
 */
public record ThroughWebGateway(ConnectionAttempt attempt, Object gateway) implements Derived {

    @Override
    public List<Object> grounds() {
        return attempt == gateway ? List.of(attempt) : List.of(attempt, gateway);
    }

    /** The gateway's name as the fact that names it gives it: the attempt's app, the client's name, or the hop's name. */
    public String name() {
        if (gateway instanceof io.rdpdoctor.facts.ClientInfo c) return c.rdpClient();
        if (gateway instanceof io.rdpdoctor.facts.PathHop h) return h.name();
        return attempt.app();
    }

    @Override
    public String describe() {
        return "made through a web RDP gateway";
    }
}
