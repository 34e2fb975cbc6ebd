package io.rdpdoctor.derived;

import io.rdpdoctor.facts.RegistryValue;
import java.util.List;

/**
 * Whether the host accepts Remote Desktop connections: fDenyTSConnections, where the policy key
 * wins over the local setting.
 */
public record RdpAllowed(boolean allowed, boolean byPolicy, RegistryValue setting) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(setting);
    }

    @Override
    public String describe() {
        return "Remote Desktop is " + (allowed ? "allowed" : "denied") + (byPolicy ? " by policy" : " by the local setting");
    }
}
