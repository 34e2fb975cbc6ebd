package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Events a ticket quotes by their text alone are identified once, for every rule. */
class KnownEventsTest {

    private static EventRecord byText(String provider, Integer id, String message) {
        return new EventRecord(null, provider, id, null, null, message, null);
    }

    @Test
    void aKnownTextFillsInLogProviderAndId() {
        EventRecord e = byText(null, null, "A fatal error occurred when attempting to access the TLS server credential private key. "
                + "The error code returned from the cryptographic module is 0x8009030D.");
        assertThat(e.provider()).isSameAs(EventProviders.SCHANNEL);
        assertThat(e.id()).isEqualTo(36870);
        assertThat(e.log()).isEqualTo("System");
    }

    @Test
    void termDd50AndTheSecurityLayersEvent56EachByItsOwnText() {
        EventRecord e = byText(null, null, "The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.");
        assertThat(e.provider()).isSameAs(EventProviders.TERMDD);
        assertThat(e.id()).isEqualTo(50);
        // since session 21 the rules read 56 too (the host's certificates, rules/licensing/x509-certificate.drl)
        EventRecord f = byText(null, null, "The Terminal Server security layer detected an error in the protocol stream and has disconnected the client.");
        assertThat(f.provider()).isSameAs(EventProviders.TERMDD);
        assertThat(f.id()).isEqualTo(56);
        assertThat(byText(null, null, "The security layer of the VPN client detected an error and disconnected.").id()).isNull();
    }

    @Test
    void applicationError1000ByItsBodyInTheLanguagesItIsPastedIn() {
        for (String body : java.util.List.of(
                "Faulting application name: svchost.exe_TermService, version: 10.0.17763.1 Faulting module name: rdpwrap.dll",
                "Name der fehlerhaften Anwendung: svchost.exe_TermService, Version: 10.0.22000.2600 Name des fehlerhaften Moduls: rdpwrap.dll",
                "Nombre de la aplicación con errores: svchost.exe_TermService, versión: 6.3.9600.17415 Nombre del módulo con errores: rdpwrap.dll",
                "Nom de l’application défaillante w3wp.exe, version : 10.0.14393.0 Nom du module défaillant : ntdll.dll")) {
            EventRecord e = byText(null, null, body);
            assertThat(e.provider()).as(body).isSameAs(EventProviders.APPLICATION_ERROR);
            assertThat(e.id()).as(body).isEqualTo(1000);
            assertThat(e.log()).isEqualTo("Application");
        }
        // the application's line alone is not the record (a sentence may name a "faulting application")
        assertThat(byText(null, null, "Faulting application name: svchost.exe").id()).isNull();
    }

    @Test
    void whitespaceAndCaseDoNotMatterButTheWholePhraseDoes() {
        assertThat(byText(null, null, "The Remote Desktop Services service\n terminated UNEXPECTEDLY.  It has done this 3 time(s).").id())
                .isEqualTo(7034);
        assertThat(byText(null, null, "The Remote Desktop Services service started.").id()).isNull();
    }

    @Test
    void aGivenProviderOrIdThatContradictsTheTextIsKept() {
        EventRecord e = byText("Application Error", null, "An account failed to log on.");
        assertThat(e.provider()).isEqualTo("Application Error");
        assertThat(e.id()).isNull();
        EventRecord id = byText(null, 4624, "An account failed to log on.");
        assertThat(id.id()).isEqualTo(4624);
        assertThat(id.provider()).isNull();
    }

    @Test
    void anEventWithNeitherIdNorTextIsRefused() {
        assertThatThrownBy(() -> byText("Schannel", null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message text");
    }
}
