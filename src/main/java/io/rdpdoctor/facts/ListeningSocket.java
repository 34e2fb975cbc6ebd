package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A socket in the LISTENING state (netstat -ano), with its owning process id. */
public record ListeningSocket(
        Protocol protocol,
        String address,
        @JsonProperty(required = true) Integer port,
        Integer pid,
        Source source) implements Sourced<ListeningSocket> {

    public boolean isTcp() {
        return protocol == null || protocol == Protocol.TCP;
    }

    @Override
    public ListeningSocket withSource(Source s) {
        return new ListeningSocket(protocol, address, port, pid, s);
    }

    @Override
    public String describe() {
        return (protocol == null ? "TCP" : protocol.name()) + " " + (address == null ? "" : address) + ":" + port
                + " listening" + (pid == null ? "" : " under PID " + pid);
    }
}
