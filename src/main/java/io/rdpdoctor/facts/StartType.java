package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** How a service starts (sc qc START_TYPE, Get-Service StartType). */
public enum StartType {
    @JsonAlias({"Auto", "AUTO_START", "Automatic"}) AUTOMATIC,
    @JsonAlias({"AutomaticDelayedStart", "Automatic (Delayed Start)", "DELAYED"}) AUTOMATIC_DELAYED,
    @JsonAlias({"Manual", "DEMAND_START", "Demand"}) MANUAL,
    @JsonAlias({"Disabled"}) DISABLED,
    @JsonAlias({"Boot", "BOOT_START"}) BOOT,
    @JsonAlias({"System", "SYSTEM_START"}) SYSTEM
}
