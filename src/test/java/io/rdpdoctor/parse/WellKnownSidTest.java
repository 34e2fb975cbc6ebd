package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.WellKnownPrincipals;
import org.junit.jupiter.api.Test;

class WellKnownSidTest {

    @Test
    void localizedWellKnownPrincipalsMapToTheirSids() {
        assertThat(WellKnownPrincipals.sid("BUILTIN\\Administrators")).isEqualTo("S-1-5-32-544");
        assertThat(WellKnownPrincipals.sid("VORDEFINIERT\\Administratoren")).isEqualTo("S-1-5-32-544");
        assertThat(WellKnownPrincipals.sid("Jeder")).isEqualTo("S-1-1-0");
        assertThat(WellKnownPrincipals.sid("NT-AUTORITÄT\\NETZWERKDIENST")).isEqualTo("S-1-5-20");
        assertThat(WellKnownPrincipals.sid("Gebruikers van Extern bureaublad")).isEqualTo("S-1-5-32-555");
        assertThat(WellKnownPrincipals.sid("*S-1-5-32-555")).isEqualTo("S-1-5-32-555");
    }

    @Test
    void aDomainGroupOrAStrangerIsNotMapped() {
        assertThat(WellKnownPrincipals.sid("CONTOSO\\Administrators")).isNull();
        assertThat(WellKnownPrincipals.sid("alice")).isNull();
        assertThat(WellKnownPrincipals.sid(null)).isNull();
    }
}
