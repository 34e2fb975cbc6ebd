package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellKnownSidTest {

    @Test
    void localizedWellKnownPrincipalsMapToTheirSids() {
        assertThat(ParseSupport.wellKnownSid("BUILTIN\\Administrators")).isEqualTo("S-1-5-32-544");
        assertThat(ParseSupport.wellKnownSid("VORDEFINIERT\\Administratoren")).isEqualTo("S-1-5-32-544");
        assertThat(ParseSupport.wellKnownSid("Jeder")).isEqualTo("S-1-1-0");
        assertThat(ParseSupport.wellKnownSid("NT-AUTORITÄT\\NETZWERKDIENST")).isEqualTo("S-1-5-20");
        assertThat(ParseSupport.wellKnownSid("Gebruikers van Extern bureaublad")).isEqualTo("S-1-5-32-555");
        assertThat(ParseSupport.wellKnownSid("*S-1-5-32-555")).isEqualTo("S-1-5-32-555");
    }

    @Test
    void aDomainGroupOrAStrangerIsNotMapped() {
        assertThat(ParseSupport.wellKnownSid("CONTOSO\\Administrators")).isNull();
        assertThat(ParseSupport.wellKnownSid("alice")).isNull();
        assertThat(ParseSupport.wellKnownSid(null)).isNull();
    }
}
