package io.rdpdoctor.derived;

import io.rdpdoctor.facts.RegistryValue;
import java.util.List;

/**
 * The host's policy "Select RDP transport protocols" is "Use only TCP": SelectTransport = 1 under the
 * Terminal Services policy key (0 use both UDP and TCP, 1 use only TCP, 2 use either UDP or TCP;
 * Win32_TSClientSetting.SelectTransport). Sessions then never use UDP. Decided once for the rules that
 * read it (UDP-3389-BLOCKED raises on it, RDP-UDP-UNSTABLE is ruled out by it).
 *
 * @param policy the SelectTransport value
 */
public record TcpOnlyTransport(RegistryValue policy) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(policy);
    }

    @Override
    public String describe() {
        return "the host's policy lets RDP use TCP only (SelectTransport = 1)";
    }
}
