package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ListeningSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Something listens on the RDP port, and whether it is TermService.
 *
 * @param owner       the process or service that owns the socket (tasklist /svc row or the
 *                    service whose PID it is); null when processes were not collected
 * @param termService null when it cannot be told
 * @param ownerLabel  how to call the owner in a report and a command ("svchost.exe (TermService)")
 */
public record PortHolder(int port, ListeningSocket socket, Fact owner, Boolean termService, String ownerLabel)
        implements Derived {

    @Override
    public List<Object> grounds() {
        List<Object> g = new ArrayList<>();
        g.add(socket);
        if (owner != null) g.add(owner);
        return g;
    }

    @Override
    public String describe() {
        return "TCP " + port + " is held by PID " + socket.pid() + (ownerLabel == null ? "" : ", " + ownerLabel)
                + (termService == null ? "" : termService ? ", which is TermService" : ", which is not TermService");
    }
}
