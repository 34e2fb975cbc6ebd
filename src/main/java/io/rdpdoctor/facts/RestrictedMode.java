package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * How the client hands (or does not hand) credentials to the host: NONE, the normal CredSSP
 * delegation; RESTRICTED_ADMIN, mstsc /restrictedAdmin or the policy "Require Restricted Admin";
 * REMOTE_GUARD, mstsc /remoteGuard or "Require Remote Credential Guard".
 */
public enum RestrictedMode {
    @JsonAlias({"None"}) NONE,
    @JsonAlias({"RestrictedAdmin", "/restrictedAdmin", "Restricted Admin"}) RESTRICTED_ADMIN,
    @JsonAlias({"RemoteGuard", "/remoteGuard", "Remote Credential Guard"}) REMOTE_GUARD
}
