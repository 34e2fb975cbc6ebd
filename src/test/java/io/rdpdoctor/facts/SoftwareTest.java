package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Software.credentialProvider(): the multi-factor and logon-protection products, by name. */
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
}
