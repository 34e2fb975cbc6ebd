package io.rdpdoctor.facts;

import java.util.List;
import java.util.Locale;

/**
 * The events the rules ask for, known by their message text: a ticket often quotes an event's
 * text without its source or ID ("Schannel said: a fatal error occurred when attempting to access
 * the TLS server credential private key"). Such an event is identified here, once, so that every
 * rule that asks for the provider and ID finds it.
 */
public final class KnownEvents {

    /** A known event: its log, provider, ID, and distinctive phrases of its English text (all must appear). */
    record Known(String log, String provider, int id, List<String> phrases) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("System", EventProviders.RCM, 1057, List.of("failed to create a new self signed certificate")),
            new Known("System", EventProviders.RCM, 1058, List.of("failed to replace the expired self signed certificate")),
            // EVENT_EXCEEDED_MAX_LOGON_ATTEMPTS (https://technet.microsoft.com/en-us/library/ee891036(v=ws.10).aspx)
            new Known("System", EventProviders.RCM, 1012, List.of("exceeded the maximum allowed failed logon attempts")),
            new Known("System", EventProviders.SCHANNEL, 36870, List.of("fatal error occurred when attempting to access the", "credential private key")),
            new Known("System", EventProviders.SCHANNEL, 36874, List.of("none of the cipher suites supported by the client application are supported by the server")),
            new Known("System", EventProviders.SCHANNEL, 36871, List.of("fatal error occurred while creating a", "client credential")),
            new Known("System", EventProviders.SCHANNEL, 36888, List.of("a fatal alert was generated and sent to the remote endpoint")),
            new Known("System", EventProviders.SCM, 7023, List.of("remote desktop services service terminated with the following error")),
            new Known("System", EventProviders.SCM, 7024, List.of("remote desktop services service terminated with the following service-specific error")),
            new Known("System", EventProviders.SCM, 7034, List.of("remote desktop services service terminated unexpectedly")),
            new Known("System", EventProviders.SCM, 7022, List.of("remote desktop services service hung on starting")),
            new Known("System", EventProviders.SCM, 7009, List.of("timeout", "waiting for the remote desktop services service to connect")),
            new Known("System", EventProviders.TERMDD, 50, List.of("the rdp protocol component", "detected an error in the protocol stream")),
            new Known("System", EventProviders.TERMDD, 56, List.of("security layer detected an error in the protocol stream")),
            new Known("Security", EventProviders.SECURITY_AUDITING, 4625, List.of("an account failed to log on")),
            new Known("Application", EventProviders.WINLOGON, 4005, List.of("windows logon process has unexpectedly terminated")),
            // Windows Error Reporting's crash record (a TermService crash in rdpwrap.dll, termsrv.dll), in the
            // languages its body is pasted in (real pastes: src/test/resources/parsers/event-viewer-text/SOURCES.md)
            new Known("Application", EventProviders.APPLICATION_ERROR, 1000, List.of("faulting application name", "faulting module name")),
            new Known("Application", EventProviders.APPLICATION_ERROR, 1000, List.of("name der fehlerhaften anwendung", "name des fehlerhaften moduls")),
            new Known("Application", EventProviders.APPLICATION_ERROR, 1000, List.of("nombre de la aplicación con errores", "nombre del módulo con errores")),
            new Known("Application", EventProviders.APPLICATION_ERROR, 1000, List.of("application défaillante", "module défaillant")));

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private KnownEvents() {
    }

    /** The known event whose phrases the text holds, or null. */
    static Known identify(String message) {
        if (message == null) return null;
        String m = SPACES.matcher(message.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (Known k : KNOWN) {
            if (k.phrases().stream().allMatch(m::contains)) return k;
        }
        return null;
    }
}
