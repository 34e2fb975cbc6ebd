package io.rdpdoctor.facts;

/**
 * The kinds of evidence a fact file can hold. A {@link Collected} fact says that an area was
 * looked at: "no firewall rule admits 3389" needs the firewall rules to have been collected, and
 * is a different thing from "nobody looked".
 */
public enum Area {
    HOST("host"),
    REGISTRY("registry"),
    SERVICES("services"),
    FIREWALL_RULES("firewallRules"),
    FIREWALL_PROFILES("firewallProfiles"),
    NETWORK_PROFILES("networkProfiles"),
    GROUP_POLICY("groupPolicy"),
    LISTENERS("listeners"),
    SOCKETS("sockets"),
    PROCESSES("processes"),
    SESSIONS("sessions"),
    CERTIFICATES("certificates"),
    ACL("acl"),
    LICENSING("licensing"),
    PORT_TESTS("portTests"),
    CONNECTION_ATTEMPTS("connectionAttempts"),
    NAME_RESOLUTION("nameResolution"),
    CLOUD_FILTER("cloudFilter"),
    CLOUD_PATH("cloudPath"),
    ENTRA("entra"),
    CLIENT("client"),
    NETWORK_PATH("networkPath"),
    SOFTWARE("software"),
    EVENTS("events"),
    UPDATES("updates"),
    USER_RIGHTS("userRights"),
    GROUP_MEMBERS("groupMembers"),
    ACCOUNTS("accounts"),
    DOMAIN("domain"),
    RESOURCES("resources"),
    INTERFACES("interfaces"),
    COMPLAINTS("complaints"),
    CHANGES("changes");

    private final String key;

    Area(String key) {
        this.key = key;
    }

    /** The section's key in a fact file. */
    public String key() {
        return key;
    }
}
