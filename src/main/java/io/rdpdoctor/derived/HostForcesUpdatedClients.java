package io.rdpdoctor.derived;

import java.util.List;

/**
 * The host's CredSSP policy is "Force Updated Clients" (Encryption Oracle Remediation): it refuses
 * every client without the CredSSP update of May 2018. Shown by the policy's registry value
 * (AllowEncryptionOracle = 0 under the CredSSP policy key) or by the policy as gpresult or a ticket
 * names it; decided once (rules/derive/credssp-patch.drl) for the rules that ask.
 *
 * @param fact the registry value or the policy setting that shows it
 */
public record HostForcesUpdatedClients(Object fact) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(fact);
    }

    @Override
    public String describe() {
        return "the host's CredSSP policy forces updated clients";
    }
}
