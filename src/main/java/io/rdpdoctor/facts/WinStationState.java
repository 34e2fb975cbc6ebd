package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** State of a WinStation row in qwinsta / query session (the English words). */
public enum WinStationState {
    @JsonAlias({"Listen"}) LISTEN,
    @JsonAlias({"Active"}) ACTIVE,
    @JsonAlias({"Conn", "Connected"}) CONNECTED,
    @JsonAlias({"ConnQ", "ConnectQuery"}) CONNECT_QUERY,
    @JsonAlias({"Disc", "Disconnected"}) DISCONNECTED,
    @JsonAlias({"Down"}) DOWN,
    @JsonAlias({"Idle"}) IDLE,
    @JsonAlias({"Reset"}) RESET,
    @JsonAlias({"Init"}) INIT,
    @JsonAlias({"Shadow"}) SHADOW
}
