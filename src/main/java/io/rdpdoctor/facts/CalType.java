package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The type of the RDS client access licences installed on the license server. */
public enum CalType {
    @JsonAlias({"PerUser", "Per User"}) PER_USER,
    @JsonAlias({"PerDevice", "Per Device"}) PER_DEVICE;

    /** LicensingMode as the registry and WMI give it: 4 Per User, 2 Per Device; anything else is no CAL type. */
    public static CalType ofLicensingMode(Long mode) {
        if (mode == null) return null;
        return mode == 4L ? PER_USER : mode == 2L ? PER_DEVICE : null;
    }

    /** The name RD Licensing Manager and the policy use: "Per User", "Per Device". */
    public String label() {
        return this == PER_USER ? "Per User" : "Per Device";
    }
}
