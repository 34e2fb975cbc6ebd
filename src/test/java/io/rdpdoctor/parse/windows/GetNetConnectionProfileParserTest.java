package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.WellKnownPrincipals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.NetworkCategory;
import io.rdpdoctor.facts.NetworkProfile;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: one profile per interface, each category
 * (DomainAuthenticated as DOMAIN), and the records that cannot be read. The record is the javadoc's.
 */
class GetNetConnectionProfileParserTest {

    private final GetNetConnectionProfileParser parser = new GetNetConnectionProfileParser();

    @Test
    void oneProfilePerInterface() throws ParseException {
        Capture c = new Capture("np.txt", null, List.of("", "Name             : contoso.local", "InterfaceAlias   : Ethernet",
                "InterfaceIndex   : 4", "NetworkCategory  : DomainAuthenticated", "", "Name             : Netzwerk 2",
                "InterfaceAlias   : Ethernet 2", "NetworkCategory  : private", "", "InterfaceAlias   : WLAN",
                "NetworkCategory  : Public", "", "InterfaceAlias   : vEthernet", "NetworkCategory  : Domain"), 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new NetworkProfile("Ethernet", NetworkCategory.DOMAIN, c.source(4)),
                new NetworkProfile("Ethernet 2", NetworkCategory.PRIVATE, c.source(8)),
                new NetworkProfile("WLAN", NetworkCategory.PUBLIC, c.source(11)),
                new NetworkProfile("vEthernet", NetworkCategory.DOMAIN, c.source(14)));
        assertThat(p.collected()).containsExactly(Area.NETWORK_PROFILES);
    }

    @Test
    void theRecordsThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(new Capture("np.txt", null, List.of("InterfaceAlias : Ethernet", "NetworkCategory : Work"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("np.txt:2: expected NetworkCategory Public, Private or DomainAuthenticated; read 'Work'");
        assertThatThrownBy(() -> parser.parse(new Capture("np.txt", null, List.of("InterfaceAlias : Ethernet"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("np.txt:1: expected NetworkCategory Public, Private or DomainAuthenticated; read 'null'");
        assertThat(parser.recognises(new Capture("np.txt", null, List.of("NetworkCategory : Public"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("np.txt", null, List.of("InterfaceAlias : Ethernet"), 1))).isFalse();
    }

    @Test
    void wellKnownPrincipalsAreWinsTable() {
        assertThat(WellKnownPrincipals.sid("Jeder")).isEqualTo("S-1-1-0");
        assertThat(WellKnownPrincipals.sid("*S-1-5-32-555")).isEqualTo("S-1-5-32-555");
        assertThat(WellKnownPrincipals.sid("CONTOSO\\Administrators")).isNull();
    }
}
