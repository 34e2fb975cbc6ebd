package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Transport protocol of a socket, firewall rule or port test. */
public enum Protocol {
    @JsonAlias({"Tcp", "tcp"}) TCP,
    @JsonAlias({"Udp", "udp"}) UDP,
    @JsonAlias({"Any", "any", "*"}) ANY
}
