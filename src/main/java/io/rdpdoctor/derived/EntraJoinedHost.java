package io.rdpdoctor.derived;

import java.util.List;

/**
 * The host is joined to Microsoft Entra ID: its facts say so (dsregcmd's AzureAdJoined : YES), or the
 * client's own message does ("...your credentials did not work. The remote machine is AADJ joined.",
 * what mstsc and the Remote Desktop apps add when the host answers as an Entra-joined one). The rules
 * that let a refused sign-in's message point to the Entra causes read this, whichever told it.
 *
 * @param ground the {@code EntraState} or the {@code ConnectionAttempt} whose message says it
 */
public record EntraJoinedHost(Object ground) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(ground);
    }

    @Override
    public String describe() {
        return ground instanceof io.rdpdoctor.facts.ConnectionAttempt
                ? "the client's message says the remote machine is Microsoft Entra (AADJ) joined"
                : "the host is joined to Microsoft Entra ID";
    }
}
