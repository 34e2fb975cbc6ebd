package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user session (query session / query user).
 *
 * @param idleMinutes idle time in minutes, when reported
 */
public record Session(
        @JsonProperty(required = true) Integer id,
        String name,
        String user,
        @JsonProperty(required = true) WinStationState state,
        Integer idleMinutes,
        String logonTime,
        Source source) implements Sourced<Session> {

    /** Console and services sessions do not take a remote-desktop slot. */
    public boolean isRemote() {
        return id != 0 && (name == null || !name.equalsIgnoreCase("console"));
    }

    @Override
    public Session withSource(Source s) {
        return new Session(id, name, user, state, idleMinutes, logonTime, s);
    }

    @Override
    public String describe() {
        return "session " + id + (user == null ? "" : " of " + user) + " is " + state.name().toLowerCase(java.util.Locale.ROOT)
                + (idleMinutes == null ? "" : ", idle " + idleMinutes + " min");
    }
}
