package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** State of an administrative-template policy in gpresult. */
public enum PolicyState {
    @JsonAlias({"Enabled"}) ENABLED,
    @JsonAlias({"Disabled"}) DISABLED,
    @JsonAlias({"NotConfigured", "Not Configured"}) NOT_CONFIGURED
}
