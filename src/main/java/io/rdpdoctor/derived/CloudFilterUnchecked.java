package io.rdpdoctor.derived;

import io.rdpdoctor.facts.HostInfo;
import java.util.List;

/**
 * A public-cloud VM fails no later than TCP (no attempt got further, the client showed no message of
 * a later stage, nothing reached the port) and its provider's network filter (NSG, security group,
 * VPC firewall rules) was not looked at: the provider's filter is the first suspect. Decided once
 * for the providers' diagnoses (NETWORK-FIREWALL for Azure and AWS, GCE-FIREWALL for Google).
 *
 * @param host    the host, with its cloud
 * @param failure the failure reported before or at TCP
 */
public record CloudFilterUnchecked(HostInfo host, FailureReported failure) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(host, failure);
    }

    @Override
    public String describe() {
        String cloud = switch (host.cloud()) {
            case AZURE -> "an Azure";
            case AWS -> "an AWS";
            case GCE -> "a Google Cloud";
            default -> "a cloud";
        };
        return cloud + " VM fails before or at TCP, and its provider's filter was not looked at";
    }
}
