package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One firewall profile's state (netsh advfirewall show allprofiles / Get-NetFirewallProfile).
 *
 * @param name           the profile; null when the ticket says a profile is on without naming it
 * @param defaultInbound the default inbound action: BLOCK normally; an enabled profile whose
 *                       rules are all ignored ("block all connections") has allowInboundRules false
 */
public record FirewallProfile(
        NetworkCategory name,
        @JsonProperty(required = true) Boolean enabled,
        RuleAction defaultInbound,
        Boolean allowInboundRules,
        Source source) implements Sourced<FirewallProfile> {

    @Override
    public FirewallProfile withSource(Source s) {
        return new FirewallProfile(name, enabled, defaultInbound, allowInboundRules, s);
    }

    @Override
    public String describe() {
        return "firewall profile " + (name == null ? "(not named)" : name.name().toLowerCase(java.util.Locale.ROOT)) + " is " + (enabled ? "on" : "off")
                + (defaultInbound == null ? "" : ", default inbound " + defaultInbound.name().toLowerCase(java.util.Locale.ROOT))
                + (Boolean.FALSE.equals(allowInboundRules) ? ", blocks all inbound connections" : "");
    }
}
