package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.List;

/**
 * An Entra account's connection to a host joined to Microsoft Entra ID failed, and no client
 * message says why: the sign-in requirements of such a host are the first suspects
 * (rules/client-errors/entra-sign-in.drl). Decided once, in rules/derive/entra-sign-in-failed.drl.
 *
 * @param attempt the failed attempt (an Entra account: its kind, or the AzureAD\ prefix)
 * @param host    what says the host is joined to Microsoft Entra ID
 */
public record EntraSignInFailed(ConnectionAttempt attempt, EntraJoinedHost host) implements Derived {

    @Override
    public List<Object> grounds() {
        return host.ground() == attempt ? List.of(attempt) : List.of(attempt, host.ground());
    }

    @Override
    public String describe() {
        return "an Entra account's connection to the Entra-joined host failed, and no message says why";
    }
}
