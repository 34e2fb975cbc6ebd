package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The type of the RDS client access licences installed on the license server. */
public enum CalType {
    @JsonAlias({"PerUser", "Per User"}) PER_USER,
    @JsonAlias({"PerDevice", "Per Device"}) PER_DEVICE
}
