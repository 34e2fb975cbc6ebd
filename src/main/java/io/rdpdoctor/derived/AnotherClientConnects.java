package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.List;

/**
 * One client program fails where another client, or another version of the same one, connects to
 * the same host from the same place (no target, port or origin that differs): the way and the host
 * let the other through, so what differs is the client.
 *
 * @param failed       the failing attempt
 * @param worked       the attempt that connected
 * @param otherVersion the two are one program in two versions ({@link ClientSwitches#sameClientOtherVersion})
 */
public record AnotherClientConnects(ConnectionAttempt failed, ConnectionAttempt worked, boolean otherVersion) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(failed, worked);
    }

    /**
     * Two programs that both use Windows' RDP control on one machine (mstsc and a manager that embeds
     * it, {@link ClientSwitches#windowsRdpStack}): they share its CredSSP, its TLS and their patch
     * level, so what differs is the failing program's own switches.
     */
    public boolean bothWindowsRdpControl() {
        return !otherVersion && ClientSwitches.windowsRdpStack(failed.app()) && ClientSwitches.windowsRdpStack(worked.app());
    }

    @Override
    public String describe() {
        return otherVersion ? "another version of the same client connects the same way" : "another client connects the same way";
    }
}
