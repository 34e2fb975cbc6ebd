package io.rdpdoctor.facts;

/**
 * The host's standing with its domain (Test-ComputerSecureChannel, nltest /sc_query).
 *
 * @param secureChannelOk the machine's secure channel to a domain controller works
 * @param dcReachable     a domain controller answers
 */
public record DomainStatus(String domain, Boolean secureChannelOk, Boolean dcReachable, Source source)
        implements Sourced<DomainStatus> {

    @Override
    public DomainStatus withSource(Source s) {
        return new DomainStatus(domain, secureChannelOk, dcReachable, s);
    }

    @Override
    public String describe() {
        return "domain " + (domain == null ? "" : domain + " ") + "secure channel "
                + (secureChannelOk == null ? "unknown" : secureChannelOk ? "OK" : "broken")
                + (dcReachable == null ? "" : dcReachable ? ", a domain controller answers" : ", no domain controller answers");
    }
}
