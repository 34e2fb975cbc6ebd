package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A WinStation listener row of qwinsta (e.g. "rdp-tcp ... 65536 Listen"). */
public record Listener(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) WinStationState state,
        Integer id,
        Source source) implements Sourced<Listener> {

    public boolean isRdpTcp() {
        return name.equalsIgnoreCase("rdp-tcp");
    }

    @Override
    public Listener withSource(Source s) {
        return new Listener(name, state, id, s);
    }

    @Override
    public String describe() {
        return "listener " + name + (state == WinStationState.LISTEN ? " is listening" : " is in state " + state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
