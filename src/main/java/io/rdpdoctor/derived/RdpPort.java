package io.rdpdoctor.derived;

import io.rdpdoctor.facts.RegistryValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP port RDP-Tcp listens on: PortNumber, or 3389 when it was not read.
 *
 * @param setting null when the port is the default assumed, not read
 */
public record RdpPort(int port, RegistryValue setting) implements Derived {

    public static final int DEFAULT = 3389;

    public boolean custom() {
        return port != DEFAULT;
    }

    /** True when the port was read from the registry, not assumed. */
    public boolean known() {
        return setting != null;
    }

    @Override
    public List<Object> grounds() {
        List<Object> g = new ArrayList<>();
        if (setting != null) g.add(setting);
        return g;
    }

    @Override
    public String describe() {
        return "RDP listens on TCP " + port + (setting == null ? " (the default; PortNumber not collected)" : "");
    }
}
