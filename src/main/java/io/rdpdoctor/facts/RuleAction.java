package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** What a firewall rule does with matching traffic. */
public enum RuleAction {
    @JsonAlias({"Allow"}) ALLOW,
    @JsonAlias({"Block", "Deny"}) BLOCK,
    /** Allow only if the connection is secure (IPsec). */
    @JsonAlias({"Bypass"}) BYPASS
}
