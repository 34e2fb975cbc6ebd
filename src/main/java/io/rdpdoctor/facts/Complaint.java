package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What the user reports, in the ticket's words, when it is not a plain "cannot connect". */
public record Complaint(
        @JsonProperty(required = true) Kind kind,
        String text,
        String since,
        Source source) implements Sourced<Complaint> {

    public enum Kind {
        @JsonAlias("cannot-connect") CANNOT_CONNECT,
        /** Connects, then the session ends right after logon. */
        @JsonAlias("disconnects-after-logon") DISCONNECTS_AFTER_LOGON,
        @JsonAlias("drops") DROPS,
        @JsonAlias("slow") SLOW,
        @JsonAlias("black-screen") BLACK_SCREEN,
        @JsonAlias("freeze-at-start") FREEZE_AT_START,
        @JsonAlias("no-audio") NO_AUDIO,
        @JsonAlias("display") DISPLAY,
        @JsonAlias("certificate-warning") CERTIFICATE_WARNING,
        /** The setting changed by hand comes back (a policy rewrites it). */
        @JsonAlias("setting-reverts") SETTING_REVERTS,
        /** It worked until a recent update. */
        @JsonAlias("after-update") AFTER_UPDATE,
        /** Works by IP address, fails by name. */
        @JsonAlias("fails-by-name") FAILS_BY_NAME,
        /** Nobody can get in to run a fix. */
        @JsonAlias("locked-out") LOCKED_OUT,
        /** The session left behind when the connection ends is logged off or ended, at once or after a while. */
        @JsonAlias({"ended-after-disconnect", "logged-off-after-disconnect"}) ENDED_AFTER_DISCONNECT,
        /** The client asks for the password at every connection although it was saved. */
        @JsonAlias({"asks-for-password", "prompts-for-password"}) ASKS_FOR_PASSWORD
    }

    /**
     * A complaint about what happens after logon: the session ends, drops, lags, stays black, shows its
     * picture wrong, or is ended once disconnected.
     */
    public boolean afterLogon() {
        return kind == Kind.DISCONNECTS_AFTER_LOGON || kind == Kind.BLACK_SCREEN || kind == Kind.DROPS || kind == Kind.SLOW
                || kind == Kind.DISPLAY || kind == Kind.ENDED_AFTER_DISCONNECT;
    }

    /**
     * Words that say a restart of the host makes the failure go away for a while ("a restart
     * temporarily fixes it", "after a reboot it works again for a few days", "nach einem Neustart
     * geht es wieder"): what a resource the host leaks until it runs out does (TCP ports, memory).
     */
    private static final java.util.regex.Pattern RESTART_HELPS = java.util.regex.Pattern.compile(
            "(?is).*\\b(restart\\w*|reboot\\w*|neustart\\w*|neu ?gestartet|redémarr\\w*|redemarr\\w*|reinici\\w*|herstart\\w*|opnieuw opgestart)\\b.*"
                    + "\\b(fix\\w*|help\\w*|solv\\w*|works?|working|resolv\\w*|temporar\\w*|for a (few|couple of) (days|hours)|wieder|hilft|behebt|résout|resout"
                    + "|fonctionne|funciona|soluciona|werkt|weer)\\b.*");

    /** Whether the report's words say a restart of the host makes the failure go away for a while. */
    public boolean restartHelpsForAWhile() {
        return text != null && RESTART_HELPS.matcher(text).matches();
    }

    /** The report's words as the failed attempt they tell of: its text as the client's error, its "since" as the time. */
    public ConnectionAttempt asFailedAttempt() {
        return new ConnectionAttempt(null, null, null, null, null, null, false, text, null, since, null, source);
    }

    @Override
    public Complaint withSource(Source s) {
        return new Complaint(kind, text, since, s);
    }

    @Override
    public String describe() {
        return "reported: " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (text == null ? "" : " (\"" + text + "\")")
                + (since == null ? "" : " since " + since);
    }
}
