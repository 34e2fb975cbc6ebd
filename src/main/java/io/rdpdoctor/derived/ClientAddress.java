package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Fact;
import java.util.List;

/**
 * An IP address a client machine connects from, as far as the facts show it: an address of one of
 * its interfaces, or the machine named by its address in a port test. Behind NAT the server sees
 * another address, so rules that compare it with the server's filters stay at "likely".
 */
public record ClientAddress(String machine, String address, Fact ground) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(ground);
    }

    @Override
    public String describe() {
        return (machine == null || machine.isEmpty() ? "the client" : machine) + " uses the address " + address;
    }
}
