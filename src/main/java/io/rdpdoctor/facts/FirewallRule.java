package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Windows Firewall rule.
 *
 * @param name        the rule's id (Get-NetFirewallRule Name, e.g. RemoteDesktop-UserMode-In-TCP)
 * @param displayName the (possibly localized) display name
 * @param group       the group's resource id where known ("@FirewallAPI.dll,-28752") or its name
 * @param localPorts  empty means any port
 * @param profiles    "Domain", "Private", "Public" or "Any"; empty means any
 * @param remoteAddresses empty means any address
 */
public record FirewallRule(
        String name,
        String displayName,
        String group,
        @JsonProperty(required = true) Boolean enabled,
        @JsonProperty(required = true) Direction direction,
        @JsonProperty(required = true) RuleAction action,
        Protocol protocol,
        List<String> localPorts,
        List<String> profiles,
        List<String> remoteAddresses,
        String program,
        String service,
        Source source) implements Sourced<FirewallRule> {

    /** The Remote Desktop rule group's resource id: the same on every language of Windows. */
    public static final String REMOTE_DESKTOP_GROUP = "@FirewallAPI.dll,-28752";

    public FirewallRule {
        if (name == null && displayName == null) {
            throw new IllegalArgumentException("a firewall rule needs a name or a displayName");
        }
        localPorts = localPorts == null ? List.of() : List.copyOf(localPorts);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        remoteAddresses = remoteAddresses == null ? List.of() : List.copyOf(remoteAddresses);
        for (String p : profiles) {
            String v = p.trim().toLowerCase(Locale.ROOT);
            if (!Set.of("domain", "private", "public", "any", "all").contains(v)) {
                throw new IllegalArgumentException("unknown firewall profile '" + p + "': expected Domain, Private, Public or Any");
            }
        }
    }

    public boolean appliesTo(NetworkCategory category) {
        return profileSet().contains(category);
    }

    public Set<NetworkCategory> profileSet() {
        if (profiles.isEmpty()) return EnumSet.allOf(NetworkCategory.class);
        EnumSet<NetworkCategory> set = EnumSet.noneOf(NetworkCategory.class);
        for (String p : profiles) {
            String v = p.trim().toUpperCase(Locale.ROOT);
            if (v.equals("ANY") || v.equals("ALL")) return EnumSet.allOf(NetworkCategory.class);
            set.add(NetworkCategory.valueOf(v));
        }
        return set;
    }

    /** Whether the rule matches TCP traffic to this local port. */
    public boolean coversTcpPort(int port) {
        return (protocol == null || protocol == Protocol.TCP || protocol == Protocol.ANY) && PortRanges.covers(localPorts, port);
    }

    /** Whether the rule admits traffic from any remote address. */
    public boolean fromAnyAddress() {
        return remoteAddresses.isEmpty() || remoteAddresses.stream().anyMatch(a -> a.equalsIgnoreCase("any") || a.equals("*"));
    }

    /** The Remote Desktop group's name as netsh prints it on English, German, Dutch, Spanish and French Windows. */
    private static final Set<String> REMOTE_DESKTOP_GROUP_NAMES = Set.of(
            "remote desktop", "remotedesktop", "extern bureaublad", "escritorio remoto", "bureau à distance");

    /** Built-in Remote Desktop rule, by group resource id, rule id, or the group's (localized) name. */
    public boolean isRemoteDesktopRule() {
        return REMOTE_DESKTOP_GROUP.equalsIgnoreCase(group)
                || (name != null && name.startsWith("RemoteDesktop-"))
                || (group != null && REMOTE_DESKTOP_GROUP_NAMES.contains(group.trim().toLowerCase(Locale.ROOT)))
                || (displayName != null && displayName.startsWith("Remote Desktop"));
    }

    public String label() {
        return displayName != null ? displayName : name;
    }

    @Override
    public FirewallRule withSource(Source s) {
        return new FirewallRule(name, displayName, group, enabled, direction, action, protocol, localPorts, profiles,
                remoteAddresses, program, service, s);
    }

    @Override
    public String describe() {
        return "firewall rule \"" + label() + "\": " + (Boolean.TRUE.equals(enabled) ? "enabled" : "disabled") + ", "
                + direction.name().toLowerCase(java.util.Locale.ROOT) + ", " + action.name().toLowerCase(java.util.Locale.ROOT)
                + (protocol == null ? "" : ", " + protocol) + (localPorts.isEmpty() ? ", any port" : ", port " + String.join(",", localPorts))
                + (profiles.isEmpty() ? "" : ", profiles " + String.join(",", profiles))
                + (remoteAddresses.isEmpty() ? "" : ", from " + String.join(",", remoteAddresses));
    }
}
