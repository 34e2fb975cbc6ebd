package io.rdpdoctor.derived;

import io.rdpdoctor.facts.RegistryValue;
import java.util.List;

/**
 * The value of an RDP-Tcp setting that applies (UserAuthentication, SecurityLayer,
 * MinEncryptionLevel): a Group Policy value under SOFTWARE\Policies wins over the listener's own
 * value under WinStations\RDP-Tcp. Derived by rules/session/_session-facts.drl.
 *
 * @param name     the value name, e.g. "UserAuthentication"
 * @param number   the value that applies
 * @param byPolicy it comes from the policy key
 * @param value    the registry value it was read from
 */
public record EffectiveSetting(String name, Long number, boolean byPolicy, RegistryValue value) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(value);
    }

    @Override
    public String describe() {
        return name + " = " + number + (byPolicy ? " (set by policy)" : " (set on RDP-Tcp)");
    }
}
