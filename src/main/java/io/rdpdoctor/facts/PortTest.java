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

    /**
     * The test was run from the machine the attempt was made from (both name it), to the same host
     * when both name one: what it found is where that attempt's way ends.
     */
    public boolean fromTheMachineOf(ConnectionAttempt attempt) {
        return from != null && attempt.from() != null && from.equalsIgnoreCase(attempt.from())
                && (attempt.target() == null || target.equalsIgnoreCase(attempt.target()));
    }

    public boolean targetIsAddress() {
        return ADDRESS.matcher(target).matches();
    }

    /**
     * The words and codes of a refused connection (the host answered with a reset: nothing listens
     * there) as the tools print them: Windows' "actively refused" (10061, in the five languages),
     * PortQry's NOT LISTENING, nmap's "closed", curl's and nc's "Connection refused".
     */
    private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile(
            "(?iu)actively refused|connection refused|econnrefused|\\b10061\\b|\\bnot listening\\b|/tcp\\s+closed\\b|\\bport\\s+closed\\b"
            + "|aktiv verweigert|verbindung verweigert|refusée|rechazad|geweigerd|拒绝|拒否");

    /** The test failed because the host refused the connection (not a time-out, not filtered). */
    public boolean refused() {
        return Boolean.FALSE.equals(succeeded) && error != null && REFUSED.matcher(error).find();
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
