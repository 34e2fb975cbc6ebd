package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** A Windows network location profile: the firewall profile that applies. */
public enum NetworkCategory {
    @JsonAlias({"Domain", "DomainAuthenticated"}) DOMAIN,
    @JsonAlias({"Private"}) PRIVATE,
    @JsonAlias({"Public"}) PUBLIC;

    /** As Windows commands take it: Domain, Private, Public. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
