package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The network location of one connected interface: which firewall profile applies to it. */
public record NetworkProfile(
        String interfaceAlias,
        @JsonProperty(required = true) NetworkCategory category,
        Source source) implements Sourced<NetworkProfile> {

    @Override
    public NetworkProfile withSource(Source s) {
        return new NetworkProfile(interfaceAlias, category, s);
    }

    @Override
    public String describe() {
        return "network " + (interfaceAlias == null ? "" : "\"" + interfaceAlias + "\" ") + "is on the "
                + category.name().toLowerCase(java.util.Locale.ROOT) + " profile";
    }
}
