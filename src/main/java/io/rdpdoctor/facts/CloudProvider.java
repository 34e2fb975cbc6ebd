package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Where the host runs, when that decides which network filter applies. */
public enum CloudProvider {
    @JsonAlias({"AWS", "Aws", "amazon"}) AWS,
    @JsonAlias({"Azure", "azure"}) AZURE,
    @JsonAlias({"GCE", "GCP", "gcp", "Google"}) GCE,
    @JsonAlias({"Other"}) OTHER,
    /** On premises or a plain hosting provider without a provider firewall. */
    @JsonAlias({"None"}) NONE
}
