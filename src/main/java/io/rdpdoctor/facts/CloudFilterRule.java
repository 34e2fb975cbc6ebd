package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A rule of the provider's network filter in front of the host: AWS security group, Azure NSG,
 * GCE VPC firewall, or a perimeter ACL.
 *
 * @param ports        empty means all ports
 * @param sourceRanges CIDR ranges; empty means any source
 * @param priority     the rule's priority (Azure NSG) or rule number (AWS network ACL): the lowest
 *                     number that matches decides, within one filter
 * @param scope        where the filter is attached (subnet or network interface); null: unknown
 * @param group        the filter the rule belongs to (NSG, network ACL or security group name); null: unknown
 * @param sourcePorts  source-port ranges the rule is limited to; null: unknown, empty or "*": any
 * @param matched      IP flow verify or the effective security rules name this rule as the one that
 *                     decided the RDP flow; null: unknown
 */
public record CloudFilterRule(
        @JsonProperty(required = true) CloudProvider provider,
        String name,
        @JsonProperty(required = true) Direction direction,
        Protocol protocol,
        List<String> ports,
        List<String> sourceRanges,
        @JsonProperty(required = true) RuleAction action,
        Integer priority,
        CloudFilterScope scope,
        String group,
        List<String> sourcePorts,
        Boolean matched,
        Source source) implements Sourced<CloudFilterRule> {

    /** Client source ports: Windows picks them from 49152-65535, Linux from 32768-60999. */
    private static final int[] EPHEMERAL_PORTS = {32768, 49152, 60999, 65535};

    public CloudFilterRule {
        ports = ports == null ? List.of() : List.copyOf(ports);
        sourceRanges = sourceRanges == null ? List.of() : List.copyOf(sourceRanges);
        sourcePorts = sourcePorts == null ? null : List.copyOf(sourcePorts);
        if (priority != null && (priority < 1 || priority > 65535)) {
            throw new IllegalArgumentException("priority " + priority + " is not a rule priority; expected 1-65535 (Azure NSG 100-4096, "
                    + "default rules 65000-65500; AWS network ACL rule numbers 1-32766)");
        }
        if (sourcePorts != null) {
            for (String p : sourcePorts) {
                if (!PortRanges.isRange(p)) {
                    throw new IllegalArgumentException("source port '" + p + "' is not a port range; expected a port, a range such as "
                            + "1024-65535, or * for any");
                }
            }
        }
    }

    /**
     * The rule names source ports, and a client's random source port (32768-65535) is not among
     * them: it cannot match an RDP client. Unknown source ports restrict nothing that is known.
     */
    public boolean restrictsSourcePorts() {
        if (sourcePorts == null || sourcePorts.isEmpty()) return false;
        for (int p : EPHEMERAL_PORTS) {
            if (!PortRanges.covers(sourcePorts, p)) return true;
        }
        return false;
    }

    /** Another rule of the same filter: same group and scope (both unknown counts as one list). */
    public boolean sameFilterAs(CloudFilterRule other) {
        return other != null && java.util.Objects.equals(group, other.group) && scope == other.scope && provider == other.provider;
    }

    public boolean coversTcpPort(int port) {
        return (protocol == null || protocol == Protocol.TCP || protocol == Protocol.ANY) && PortRanges.covers(ports, port);
    }

    @Override
    public CloudFilterRule withSource(Source s) {
        return new CloudFilterRule(provider, name, direction, protocol, ports, sourceRanges, action, priority, scope, group, sourcePorts, matched, s);
    }

    @Override
    public String describe() {
        return provider.name().toLowerCase(java.util.Locale.ROOT) + " filter rule " + (name == null ? "" : "\"" + name + "\" ")
                + action.name().toLowerCase(java.util.Locale.ROOT) + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " "
                + (protocol == null ? "" : protocol + " ") + (ports.isEmpty() ? "all ports" : String.join(",", ports))
                + (sourceRanges.isEmpty() ? "" : " from " + String.join(",", sourceRanges))
                + (sourcePorts == null || sourcePorts.isEmpty() ? "" : " source ports " + String.join(",", sourcePorts))
                + (priority == null ? "" : ", priority " + priority)
                + (scope == null ? "" : ", on the " + (scope == CloudFilterScope.SUBNET ? "subnet" : "network interface"))
                + (Boolean.TRUE.equals(matched) ? " (the rule IP flow verify names)" : "");
    }
}
