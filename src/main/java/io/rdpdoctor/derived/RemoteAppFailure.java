package io.rdpdoctor.derived;

import java.util.List;

/**
 * A RemoteApp launch failed past TCP: a failed attempt that asked the host for a RemoteApp program
 * (ClientSwitches#remoteApp: an .rdp file's remoteapplicationmode, FreeRDP's /app, an app that names
 * RemoteApp), or a failure reported at the logon, after it or at no stage named, by a client whose
 * .rdp file asks for one. Derived by rules/derive/remoteapp-failure.drl.
 *
 * @param failure the failed attempt, or the failure reported
 * @param ground  the fact that shows the RemoteApp launch (the attempt itself, or the client)
 */
public record RemoteAppFailure(Object failure, Object ground) implements Derived {

    @Override
    public List<Object> grounds() {
        return failure == ground ? List.of(failure) : List.of(failure, ground);
    }

    @Override
    public String describe() {
        return "a RemoteApp launch failed";
    }
}
