package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the network path between client and server, where known: a NAT or port forward,
 * an RD Gateway, a VPN, a proxy.
 */
public record PathHop(
        @JsonProperty(required = true) Kind kind,
        String name,
        Integer externalPort,
        Integer internalPort,
        String detail,
        Source source) implements Sourced<PathHop> {

    public enum Kind {
        @JsonAlias({"nat", "Nat"}) NAT,
        @JsonAlias({"portForward", "port-forward", "PortForward"}) PORT_FORWARD,
        @JsonAlias({"gateway", "rdGateway", "RD Gateway"}) RD_GATEWAY,
        @JsonAlias({"vpn", "Vpn"}) VPN,
        @JsonAlias({"proxy", "Proxy"}) PROXY
    }

    @Override
    public PathHop withSource(Source s) {
        return new PathHop(kind, name, externalPort, internalPort, detail, s);
    }

    @Override
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (name == null ? "" : " " + name)
                + (externalPort == null ? "" : " " + externalPort + (internalPort == null ? "" : " -> " + internalPort))
                + (detail == null ? "" : " (" + detail + ")");
    }
}
