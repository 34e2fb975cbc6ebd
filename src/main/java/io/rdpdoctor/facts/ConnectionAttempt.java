package io.rdpdoctor.facts;

/**
 * An RDP connection attempt from a client and what the client showed.
 *
 * @param errorText the message as the client showed it, in its language
 * @param errorCode the code, e.g. "0x204", when shown
 * @param user      the account the user logged on with, as typed
 * @param stage     where the attempt stopped, when the ticket or the client says so
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
        FailureStage stage,
        Source source) implements Sourced<ConnectionAttempt> {

    @Override
    public ConnectionAttempt withSource(Source s) {
        return new ConnectionAttempt(from, network, app, target, port, user, succeeded, errorText, errorCode, time, stage, s);
    }

    @Override
    public String describe() {
        return "connection" + (target == null ? "" : " to " + target + (port == null ? "" : ":" + port))
                + (from == null ? "" : " from " + from) + (user == null ? "" : " as " + user) + (Boolean.TRUE.equals(succeeded) ? " succeeded" : " failed")
                + (stage == null ? "" : " at the " + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " stage")
                + (errorText == null ? "" : ": \"" + errorText + "\"") + (errorCode == null ? "" : " (" + errorCode + ")");
    }
}
