package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A rule of the provider's network filter in front of the host: AWS security group, Azure NSG,
 * GCE VPC firewall, or a perimeter ACL.
 *
 * @param ports        empty means all ports
 * @param sourceRanges CIDR ranges; empty means any source
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
        Source source) implements Sourced<CloudFilterRule> {

    public CloudFilterRule {
        ports = ports == null ? List.of() : List.copyOf(ports);
        sourceRanges = sourceRanges == null ? List.of() : List.copyOf(sourceRanges);
    }

    public boolean coversTcpPort(int port) {
        return (protocol == null || protocol == Protocol.TCP || protocol == Protocol.ANY) && PortRanges.covers(ports, port);
    }

    @Override
    public CloudFilterRule withSource(Source s) {
        return new CloudFilterRule(provider, name, direction, protocol, ports, sourceRanges, action, priority, s);
    }

    @Override
    public String describe() {
        return provider.name().toLowerCase(java.util.Locale.ROOT) + " filter rule " + (name == null ? "" : "\"" + name + "\" ")
                + action.name().toLowerCase(java.util.Locale.ROOT) + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " "
                + (protocol == null ? "" : protocol + " ") + (ports.isEmpty() ? "all ports" : String.join(",", ports))
                + (sourceRanges.isEmpty() ? "" : " from " + String.join(",", sourceRanges));
    }
}
