package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.NetworkCategory;
import java.util.List;

/**
 * The host's firewall lets TCP to the port in on a profile: an enabled inbound allow rule covers
 * it, or the profile's firewall is off.
 *
 * @param ground the admitting rule, or the profile that is switched off
 */
public record HostFirewallAdmits(int port, NetworkCategory profile, Fact ground) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(ground);
    }

    @Override
    public String describe() {
        return "the host firewall admits TCP " + port + " on the " + profile.name().toLowerCase(java.util.Locale.ROOT) + " profile";
    }
}
