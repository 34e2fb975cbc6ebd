package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.NameResolution;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: several addresses, the server's address
 * (without #53) before its name, aliases that are no addresses, "Non-existent domain" in English and
 * German, a timed-out query (no fact, not collected), and recognising. The lines are those nslookup
 * prints (the en samples: dc01, srv01).
 */
class NslookupParserTest {

    private final NslookupParser parser = new NslookupParser();

    private static Capture capture(String... lines) {
        return new Capture("ns.txt", "nslookup srv01", List.of(lines), 1);
    }

    @Test
    void everyAddressOfTheAnswerAndTheServersAddress() throws ParseException {
        Capture c = capture("Server:  dc01.corp.example.com", "Address:  10.0.0.10#53", "", "Non-authoritative answer:",
                "Name:    srv01.corp.example.com", "Addresses:  10.0.0.5", "          10.0.0.6", "Aliases:  rdp.corp.example.com",
                "          rdp2.corp.example.com");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new NameResolution(null, "srv01.corp.example.com", List.of("10.0.0.5", "10.0.0.6"), "10.0.0.10", c.source(4)));
        assertThat(p.collected()).containsExactly(Area.NAME_RESOLUTION);
    }

    @Test
    void eachNameWithItsOwnAddresses() throws ParseException {
        Capture c = capture("Server:  dc01.corp.example.com", "Address:", "", "Name:    srv01.corp.example.com", "Address:  10.0.0.5",
                "", "Name:    srv02.corp.example.com", "Address:  10.0.0.7", "Server:  other");
        assertThat(parser.parse(c).facts()).containsExactly(
                new NameResolution(null, "srv01.corp.example.com", List.of("10.0.0.5"), "dc01.corp.example.com", c.source(3)),
                new NameResolution(null, "srv02.corp.example.com", List.of("10.0.0.7"), "dc01.corp.example.com", c.source(6)));
    }

    @Test
    void aNonExistentDomainIsTheNameWithoutAddresses() throws ParseException {
        Capture c = capture("Server:  dc01.corp.example.com", "Address:  10.0.0.10", "",
                "*** dc01.corp.example.com can't find nosuch.corp.example.com: Non-existent domain");
        assertThat(parser.parse(c).facts()).containsExactly(
                new NameResolution(null, "nosuch.corp.example.com", List.of(), "10.0.0.10", c.source(3)));
        Capture de = capture("Server:  dc01.corp.example.com", "",
                "*** nosuch.corp.example.com wurde von dc01.corp.example.com nicht gefunden: Non-existent domain");
        assertThat(parser.parse(de).facts()).containsExactly(
                new NameResolution(null, "nosuch.corp.example.com", List.of(), "dc01.corp.example.com", de.source(2)));
    }

    @Test
    void aTimedOutQueryGivesNothing() throws ParseException {
        Parsed p = parser.parse(capture("DNS request timed out.", "    timeout was 2 seconds.", "Server:  UnKnown", "Address:  10.0.0.10",
                "", "*** Request to UnKnown timed-out"));
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).isEmpty();
        assertThatThrownBy(() -> parser.parse(capture("*** Request to UnKnown timed-out", "something")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ns.txt:1: nslookup output");
    }

    @Test
    void recognisedByServerThenAddress() {
        assertThat(parser.recognises(capture("", "Serveur :   dc01.corp.example.com", "Address:  10.0.0.10"))).isTrue();
        assertThat(parser.recognises(capture("Server:  dc01", "Name:    srv01"))).isFalse();
        assertThat(parser.recognises(capture("Name:    srv01", "Address:  10.0.0.5"))).isFalse();
        assertThat(parser.recognises(capture("Server:  dc01"))).isFalse();
        assertThat(parser.recognises(capture("", " "))).isFalse();
    }
}
