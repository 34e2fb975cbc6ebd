package io.rdpdoctor.derived;

import io.rdpdoctor.facts.PortTest;
import java.util.List;

/** Whether TCP to the RDP port got through from one origin (a client, over a network). */
public record TcpReachability(String origin, int port, boolean reachable, PortTest test) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(test);
    }

    @Override
    public String describe() {
        return "TCP " + port + (reachable ? " is reachable" : " is not reachable") + (origin.isEmpty() ? "" : " from " + origin);
    }
}
