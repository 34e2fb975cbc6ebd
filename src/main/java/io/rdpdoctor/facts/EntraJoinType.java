package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** How a Windows machine is known to Microsoft Entra ID (dsregcmd /status). */
public enum EntraJoinType {
    /** AzureAdJoined : YES. */
    @JsonAlias({"Joined", "joined", "AzureAdJoined", "EntraJoined"}) JOINED,
    /** AzureAdJoined : YES and DomainJoined : YES (Microsoft Entra hybrid joined). */
    @JsonAlias({"Hybrid", "hybrid", "HybridJoined"}) HYBRID,
    /** WorkplaceJoined : YES only (Microsoft Entra registered). */
    @JsonAlias({"Registered", "registered", "WorkplaceJoined"}) REGISTERED,
    /** None of them. */
    @JsonAlias({"None", "none"}) NONE
}
