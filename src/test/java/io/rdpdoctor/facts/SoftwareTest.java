package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Software.credentialProvider() and securityProduct(): the logon-protection and the third-party antivirus products, by name or kind. */
class SoftwareTest {

    private static Software sw(String name, Software.Kind kind) {
        return new Software(name, kind, null, null, null);
    }

    @Test
    void multiFactorCredentialProvidersByName() {
        assertThat(sw("Duo Authentication for Windows Logon and RDP", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("privacyIDEA Credential Provider", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("Okta Verify", Software.Kind.OTHER).credentialProvider()).isTrue();
        assertThat(sw("RSA Authentication Agent for Microsoft Windows", Software.Kind.OTHER).credentialProvider()).isTrue();
    }

    @Test
    void otherSoftwareAndRdpHooksAreNot() {
        // DuoStream's TermWrap is an RDP hook of another maker, not Duo Security's logon
        assertThat(sw("Duo (DuoStream) with TermWrap.dll", Software.Kind.RDP_HOOK).credentialProvider()).isFalse();
        assertThat(sw("IIS Crypto", Software.Kind.OTHER).credentialProvider()).isFalse();
        assertThat(sw("Kaspersky Anti-Virus", Software.Kind.ANTIVIRUS).credentialProvider()).isFalse();
        assertThat(sw("Multifactory ERP", Software.Kind.OTHER).credentialProvider()).isFalse();
    }

    @Test
    void thirdPartyAntivirusByKindOrByName() {
        assertThat(sw("antivirus (not named)", Software.Kind.ANTIVIRUS).securityProduct()).isTrue();
        assertThat(sw("Kaspersky Anti-Virus for Windows Servers 6.0 MP4", Software.Kind.OTHER).securityProduct()).isTrue();
        assertThat(sw("ESET Endpoint Security", Software.Kind.FIREWALL).securityProduct()).isTrue();
        assertThat(Software.securityProductNamed("installed Trend Micro Apex One on the server")).isTrue();
        assertThat(Software.securityProductNamed("ウイルス対策ソフト")).isTrue();
    }

    @Test
    void defenderHooksCredentialProvidersAndOtherSoftwareAreNot() {
        assertThat(sw("Microsoft Defender Antivirus", Software.Kind.ANTIVIRUS).securityProduct()).isFalse();
        assertThat(sw("Windows Defender", Software.Kind.ANTIVIRUS).securityProduct()).isFalse();
        assertThat(sw("RDP Wrapper Library", Software.Kind.RDP_HOOK).securityProduct()).isFalse();
        assertThat(sw("Duo Authentication for Windows Logon and RDP", Software.Kind.OTHER).securityProduct()).isFalse();
        assertThat(sw("simplewall", Software.Kind.FIREWALL).securityProduct()).isFalse();
        assertThat(sw("GO-Global (GG) server", Software.Kind.REMOTE_ACCESS).securityProduct()).isFalse();
        assertThat(Software.securityProductNamed("Big Data Tools")).isFalse();
        assertThat(Software.securityProductNamed(null)).isFalse();
    }
}
