package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Direction of a firewall rule. */
public enum Direction {
    @JsonAlias({"In", "Inbound"}) INBOUND,
    @JsonAlias({"Out", "Outbound"}) OUTBOUND
}
