package io.rdpdoctor.facts;

/**
 * An RDP connection attempt from a client and what the client showed.
 *
 * @param errorText the message as the client showed it, in its language
 * @param errorCode the code, e.g. "0x204", when shown
 * @param user      the account the user logged on with, as typed
 */
public record ConnectionAttempt(
        String from,
        String network,
        String app,
        String target,
        Integer port,
        String user,
        Boolean succeeded,
        String errorText,
        String errorCode,
        String time,
        Source source) implements Sourced<ConnectionAttempt> {

    @Override
    public ConnectionAttempt withSource(Source s) {
        return new ConnectionAttempt(from, network, app, target, port, user, succeeded, errorText, errorCode, time, s);
    }

    @Override
    public String describe() {
        return "connection" + (target == null ? "" : " to " + target + (port == null ? "" : ":" + port))
                + (from == null ? "" : " from " + from) + (user == null ? "" : " as " + user) + (Boolean.TRUE.equals(succeeded) ? " succeeded" : " failed")
                + (errorText == null ? "" : ": \"" + errorText + "\"") + (errorCode == null ? "" : " (" + errorCode + ")");
    }
}
