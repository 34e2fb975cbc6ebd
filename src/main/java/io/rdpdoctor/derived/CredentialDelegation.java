package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ClientInfo;
import io.rdpdoctor.facts.PolicyState;

/**
 * What the client's CredSSP (Credentials Delegation policies, CredSsp.admx) lets it hand to a host.
 * "Allow delegating saved credentials with NTLM-only server authentication": not configured, saved
 * credentials go to any TERMSRV/* when the client is in no domain, and to no machine when it is
 * domain-joined; disabled, to no machine. "Deny delegating saved credentials" wins over both.
 * (https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-admx-credssp)
 */
public final class CredentialDelegation {

    private CredentialDelegation() {}

    /** The client's policies refuse its saved credentials to a host it can authenticate only with NTLM, as read. */
    public static boolean refusesSavedToNtlmOnlyHost(ClientInfo c) {
        if (c == null) return false;
        if (c.delegation("DenySavedCredentials") == PolicyState.ENABLED) return true;
        PolicyState ntlmOnly = c.delegation("AllowSavedCredentialsWhenNTLMOnly");
        return ntlmOnly == PolicyState.DISABLED
                || (ntlmOnly == PolicyState.NOT_CONFIGURED && Boolean.TRUE.equals(c.domainJoined()));
    }

    /** The policy was not read, but the client is domain-joined: by default it refuses. */
    public static boolean refusesByDefault(ClientInfo c) {
        return c != null && c.delegation("AllowSavedCredentialsWhenNTLMOnly") == null
                && c.delegation("DenySavedCredentials") != PolicyState.ENABLED && Boolean.TRUE.equals(c.domainJoined());
    }

    /** The client's policies let saved credentials go to an NTLM-only host. */
    public static boolean allowsSavedToNtlmOnlyHost(ClientInfo c) {
        return c != null && c.delegation("DenySavedCredentials") != PolicyState.ENABLED
                && (c.delegation("AllowSavedCredentialsWhenNTLMOnly") == PolicyState.ENABLED
                    || (c.delegation("AllowSavedCredentialsWhenNTLMOnly") == PolicyState.NOT_CONFIGURED && Boolean.FALSE.equals(c.domainJoined())));
    }

    /**
     * The client can authenticate the host only with NTLM, not Kerberos: the host is in no domain,
     * or the connection names it by IP address (Kerberos needs a name with an SPN).
     */
    public static boolean ntlmOnly(Boolean hostDomainJoined, String target) {
        return Boolean.FALSE.equals(hostDomainJoined) || AddressRanges.isAddress(stripPort(target));
    }

    private static String stripPort(String target) {
        if (target == null) return null;
        String t = target.strip();
        int colon = t.lastIndexOf(':');
        // "10.0.0.5:3390", not an IPv6 address
        if (colon > 0 && t.indexOf(':') == colon) t = t.substring(0, colon);
        return t;
    }
}
