package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A network interface (netsh interface ipv4 show subinterfaces, ipconfig /all), host or client. */
public record NetworkInterface(
        String machine,
        @JsonProperty(required = true) String alias,
        Integer mtu,
        Boolean up,
        Boolean tunnel,
        List<String> addresses,
        Source source) implements Sourced<NetworkInterface> {

    public NetworkInterface {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    @Override
    public NetworkInterface withSource(Source s) {
        return new NetworkInterface(machine, alias, mtu, up, tunnel, addresses, s);
    }

    @Override
    public String describe() {
        return "interface \"" + alias + "\"" + (machine == null ? "" : " on " + machine) + (mtu == null ? "" : ", MTU " + mtu)
                + (Boolean.TRUE.equals(tunnel) ? ", a tunnel" : "") + (addresses.isEmpty() ? "" : ", " + String.join(", ", addresses));
    }
}
