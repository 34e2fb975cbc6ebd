package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** State of a Windows service, as sc query / Get-Service report it. */
public enum ServiceStatus {
    @JsonAlias({"Running", "4"}) RUNNING,
    @JsonAlias({"Stopped", "1"}) STOPPED,
    @JsonAlias({"StartPending", "Start Pending", "2"}) START_PENDING,
    @JsonAlias({"StopPending", "Stop Pending", "3"}) STOP_PENDING,
    @JsonAlias({"Paused", "7"}) PAUSED,
    @JsonAlias({"ContinuePending", "5"}) CONTINUE_PENDING,
    @JsonAlias({"PausePending", "6"}) PAUSE_PENDING
}
