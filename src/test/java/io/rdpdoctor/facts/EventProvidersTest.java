package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventProvidersTest {

    @Test
    void anEventCarriesTheCanonicalProviderWhicheverWayItWasWritten() {
        assertThat(event("Microsoft-Windows-Schannel").provider()).isEqualTo(EventProviders.SCHANNEL);
        assertThat(event("schannel").provider()).isEqualTo(EventProviders.SCHANNEL);
        assertThat(event("microsoft-windows-terminalservices-remoteconnectionmanager").provider()).isEqualTo(EventProviders.RCM);
        assertThat(event(" Service Control Manager ").provider()).isEqualTo(EventProviders.SCM);
        assertThat(event("Winlogon").provider()).isEqualTo(EventProviders.WINLOGON);
        assertThat(event("Microsoft-Windows-Security-Auditing").provider()).isEqualTo(EventProviders.SECURITY_AUDITING);
        assertThat(event("Microsoft-Windows-Tcpip").provider()).isEqualTo(EventProviders.TCPIP);
        assertThat(event("tcpip").provider()).isEqualTo(EventProviders.TCPIP);
        assertThat(event("Kernel-Power").provider()).isEqualTo(EventProviders.KERNEL_POWER);
        assertThat(event("microsoft-windows-kernel-power").provider()).isEqualTo(EventProviders.KERNEL_POWER);
    }

    @Test
    void anUnknownProviderIsKeptAsWritten() {
        assertThat(event("Microsoft-Windows-Kernel-General").provider()).isEqualTo("Microsoft-Windows-Kernel-General");
        assertThat(EventProviders.canonical(null)).isNull();
    }

    @Test
    void theRdpStackIsTheRemoteDesktopProvidersAndWhatTheyStandOn() {
        assertThat(EventProviders.isRdpStack(EventProviders.canonical("TermDD"))).isTrue();
        assertThat(EventProviders.isRdpStack(EventProviders.LSM)).isTrue();
        assertThat(EventProviders.isRdpStack(EventProviders.SCHANNEL)).isTrue();
        assertThat(EventProviders.isRdpStack("Microsoft-Windows-Kernel-General")).isFalse();
    }

    private static EventRecord event(String provider) {
        return new EventRecord("System", provider, 1, null, null, null, null);
    }
}
