package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A network interface (netsh interface ipv4 show subinterfaces, ipconfig /all), host or client.
 *
 * @param enabled           the interface's admin state (netsh interface show interface: Enabled or
 *                          Disabled; Get-NetAdapter Status Disabled); null: unknown
 * @param dhcp              the address comes from DHCP (ipconfig /all "DHCP Enabled"); false: a static address
 * @param platformAddresses the private addresses the cloud platform assigns to this interface (Azure:
 *                          the NIC's IP configuration); null: unknown
 */
public record NetworkInterface(
        String machine,
        @JsonProperty(required = true) String alias,
        Integer mtu,
        Boolean up,
        Boolean tunnel,
        List<String> addresses,
        Boolean enabled,
        Boolean dhcp,
        List<String> platformAddresses,
        Source source) implements Sourced<NetworkInterface> {

    public NetworkInterface {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        platformAddresses = platformAddresses == null ? null : List.copyOf(platformAddresses);
    }

    /** The platform assigns addresses, and this interface has none of them: its traffic goes nowhere. */
    public boolean missesPlatformAddress() {
        return platformAddresses != null && !platformAddresses.isEmpty() && !addresses.isEmpty()
                && platformAddresses.stream().noneMatch(addresses::contains);
    }

    @Override
    public NetworkInterface withSource(Source s) {
        return new NetworkInterface(machine, alias, mtu, up, tunnel, addresses, enabled, dhcp, platformAddresses, s);
    }

    @Override
    public String describe() {
        return "interface \"" + alias + "\"" + (machine == null ? "" : " on " + machine) + (mtu == null ? "" : ", MTU " + mtu)
                + (Boolean.TRUE.equals(tunnel) ? ", a tunnel" : "") + (Boolean.FALSE.equals(enabled) ? ", disabled" : "")
                + (addresses.isEmpty() ? "" : ", " + String.join(", ", addresses)) + (Boolean.FALSE.equals(dhcp) ? " (static)" : "")
                + (platformAddresses == null || platformAddresses.isEmpty() ? "" : "; the platform assigns " + String.join(", ", platformAddresses));
    }
}
