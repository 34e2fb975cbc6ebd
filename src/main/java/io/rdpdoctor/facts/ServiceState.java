package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Windows service, by its service name (TermService, UmRdpService: never the localized display
 * name).
 *
 * @param lastError the Win32 error of the last failed start (1067, 1058, ...), when known
 * @param account   the logon account (sc qc SERVICE_START_NAME)
 * @param pid       the process id while running
 */
public record ServiceState(
        @JsonProperty(required = true) String name,
        String displayName,
        ServiceStatus status,
        StartType startType,
        Integer lastError,
        String account,
        Integer pid,
        Source source) implements Sourced<ServiceState> {

    /**
     * The service failed to start and says so: it is not running and its last start ended with a
     * non-zero Win32 exit code (sc query WIN32_EXIT_CODE). A running service, or a code of 0 (what
     * sc query shows for a healthy service), is no failure.
     */
    public boolean failedWithExitCode() {
        return status != ServiceStatus.RUNNING && lastError != null && lastError != 0;
    }

    @Override
    public ServiceState withSource(Source s) {
        return new ServiceState(name, displayName, status, startType, lastError, account, pid, s);
    }

    @Override
    public String describe() {
        StringBuilder d = new StringBuilder("service ").append(name);
        if (status != null) d.append(" is ").append(status.name().toLowerCase(java.util.Locale.ROOT));
        if (startType != null) d.append(", start type ").append(startType.name().toLowerCase(java.util.Locale.ROOT));
        if (lastError != null) d.append(", last start error ").append(lastError);
        if (pid != null) d.append(", PID ").append(pid);
        return d.toString();
    }
}
