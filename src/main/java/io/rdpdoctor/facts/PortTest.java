package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A TCP port test from a client towards the server (Test-NetConnection -Port, psping, telnet).
 * From where, over which network and to which name or address it ran is what lets a report say
 * "fails by name, works by IP" or "works from home, fails from the office".
 *
 * @param from            the client machine the test ran on
 * @param network         the client's network in the engineer's words ("office LAN", "4G hotspot", "VPN")
 * @param target          the name or address as typed
 * @param resolvedAddress the address the name resolved to, when the tool shows it
 */
public record PortTest(
        String from,
        String network,
        String tool,
        @JsonProperty(required = true) String target,
        String resolvedAddress,
        @JsonProperty(required = true) Integer port,
        @JsonProperty(required = true) Boolean succeeded,
        String error,
        String time,
        Source source) implements Sourced<PortTest> {

    /** The place a test ran from, for "works from A, fails from B". */
    public String origin() {
        String f = from == null ? "" : from;
        return network == null ? f : (f.isEmpty() ? network : f + " via " + network);
    }

    public boolean targetIsAddress() {
        return ADDRESS.matcher(target).matches();
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[0-9.]+|.*:.*:.*|\\[.*]");

    @Override
    public PortTest withSource(Source s) {
        return new PortTest(from, network, tool, target, resolvedAddress, port, succeeded, error, time, s);
    }

    @Override
    public String describe() {
        return (tool == null ? "port test" : tool) + " to " + target + ":" + port
                + (origin().isEmpty() ? "" : " from " + origin()) + (succeeded ? " succeeded" : " failed")
                + (error == null ? "" : " (" + error + ")");
    }
}
