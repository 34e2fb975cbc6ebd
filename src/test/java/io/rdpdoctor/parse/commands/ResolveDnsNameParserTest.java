package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.NameResolution;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the name queried is the first row's (or
 * the first {@code Name :} of the list form), the addresses are the A and AAAA rows' and the
 * IP4Address/IP6Address/IPAddress properties', CNAME and other rows give none; "DNS name does not
 * exist" gives the name without addresses and any other error fails; what is not Resolve-DnsName
 * output. The rows are laid out as Resolve-DnsName prints them (the samples, Microsoft's page).
 */
class ResolveDnsNameParserTest {

    private final ResolveDnsNameParser parser = new ResolveDnsNameParser();

    private static Capture capture(String text) {
        return new Capture("dns.txt", "Resolve-DnsName", List.of(text.split("\n", -1)), 1);
    }

    private static NameResolution only(Parsed p) {
        assertThat(p.facts()).hasSize(1);
        return (NameResolution) p.facts().get(0);
    }

    @Test
    void theFirstRowNamesTheQueryAndTheAddressRowsGiveTheAddresses() throws ParseException {
        Capture c = capture("""

                Name                           Type   TTL   Section    NameHost
                ----                           ----   ---   -------    --------
                www.bing.com                   CNAME  2927  Answer     www-www.bing.com.trafficmanager.net

                Name                                           Type   TTL   Section    IPAddress
                ----                                           ----   ---   -------    ---------
                www-www.bing.com.trafficmanager.net            A      300   Answer     204.79.197.200
                www-www.bing.com.trafficmanager.net            AAAA   300   Answer     2620:1ec:c11::200
                www-www.bing.com.trafficmanager.net            MX     300   Answer     10.9.9.9
                www-www.bing.com.trafficmanager.net            A      300   Answer
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(only(p)).isEqualTo(new NameResolution(null, "www.bing.com", List.of("204.79.197.200", "2620:1ec:c11::200"), null, c.source(3)));
        assertThat(p.collected()).containsExactly(Area.NAME_RESOLUTION);
        assertThat(p.language()).isEqualTo(Language.NEUTRAL);
    }

    @Test
    void aTableWithoutATypeOrAddressColumnGivesNoAddresses() throws ParseException {
        Capture c = capture("""
                Name                           TTL   Section    IPAddress
                ----                           ---   -------    ---------
                srv01.corp.example             1200  Answer     10.0.0.5
                """);
        assertThat(only(parser.parse(c)).addresses()).isEmpty();
        Capture noAddress = capture("""
                Name                           Type   TTL   Section
                ----                           ----   ---   -------
                srv01.corp.example             A      1200  Answer
                """);
        assertThat(only(parser.parse(noAddress))).isEqualTo(new NameResolution(null, "srv01.corp.example", List.of(), null, noAddress.source(2)));
    }

    @Test
    void theListFormGivesTheFirstNameAndEveryAddressProperty() throws ParseException {
        Capture c = capture("""

                Name       : srv01.corp.example
                QueryType  : A
                TTL        : 1200
                Section    : Answer
                IP4Address : 10.0.0.5

                Name       : srv01.corp.example
                QueryType  : AAAA
                IP6Address : fd00::5

                Name       : srv01.corp.example
                IPAddress  : 10.0.0.6
                """);
        assertThat(parser.recognises(c)).isFalse();
        assertThat(only(parser.parse(c))).isEqualTo(new NameResolution(null, "srv01.corp.example", List.of("10.0.0.5", "fd00::5", "10.0.0.6"), null, c.source(1)));
    }

    @Test
    void aNameThatDoesNotExistHasNoAddresses() throws ParseException {
        Capture c = capture("""
                Resolve-DnsName : nosuchhost.corp.example : DNS name does not exist
                At line:1 char:1
                + Resolve-DnsName nosuchhost.corp.example
                + ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                    + CategoryInfo          : ResourceUnavailable: (nosuchhost.corp.example:String) [Resolve-DnsName], Win32Exception
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(only(p)).isEqualTo(new NameResolution(null, "nosuchhost.corp.example", List.of(), null, c.source(0)));
        assertThat(p.collected()).containsExactly(Area.NAME_RESOLUTION);
    }

    @Test
    void anyOtherErrorFailsWithItsLine() {
        Capture c = capture("""

                Resolve-DnsName : srv01.corp.example : This operation returned because the timeout period expired
                At line:1 char:1
                """);
        assertThat(parser.recognises(c)).isTrue();
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessageContaining("dns.txt:2").hasMessageContaining("DNS name does not exist");
    }

    @Test
    void aLineThatIsNoRowFailsUnlessIndentedOrLast() throws ParseException {
        Capture broken = capture("""
                Name       : srv01.corp.example
                IP4Address : 10.0.0.5
                this is not Resolve-DnsName
                IP4Address : 10.0.0.6""");
        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ParseException.class)
                .hasMessageContaining("dns.txt:3").hasMessageContaining("table row");
        Capture cut = capture("""
                Name       : srv01.corp.example
                    wrapped part of a value
                IP4Address : 10.0.0.5
                PS C:\\>""");
        assertThat(only(parser.parse(cut)).addresses()).containsExactly("10.0.0.5");
        Capture headerOnly = capture("Name                           Type   TTL   Section\nnot an underline");
        assertThatThrownBy(() -> parser.parse(headerOnly)).isInstanceOf(ParseException.class).hasMessageContaining("dns.txt:1");
    }

    @Test
    void aHeaderOnTheLastLineIsNoTable() {
        assertThatThrownBy(() -> parser.parse(capture("Name                           Type   TTL   Section")))
                .isInstanceOf(ParseException.class).hasMessageContaining("Name Type TTL");
    }

    @Test
    void noNameIsNoResolveDnsNameOutput() {
        assertThatThrownBy(() -> parser.parse(capture("QueryType  : A\nIP4Address : 10.0.0.5")))
                .isInstanceOf(ParseException.class).hasMessageContaining("dns.txt:1").hasMessageContaining("Name Type TTL");
    }

    @Test
    void recognisesTheHeaderOrTheErrorInTheFirstLines() {
        String header = "Name                           Type   TTL   Section    IPAddress\n----                           ----   ---   -------    ---------\n";
        assertThat(parser.recognises(capture(header))).isTrue();
        assertThat(parser.recognises(capture("\n".repeat(8) + header))).isTrue();
        assertThat(parser.recognises(capture("\n".repeat(9) + header))).isFalse();
        assertThat(parser.recognises(capture("Name                           Type   TTL\n----                           ----   ---\n"))).isFalse();
        assertThat(parser.recognises(capture("Name                           Type   TTL   Section\n----   ----   ---   -------\n"))).isTrue();
        assertThat(parser.recognises(capture("Name                           Kind   TTL   Section\n----   ----   ---   ---\n"))).isFalse();
        assertThat(parser.recognises(capture("Name                           Type   Age   Section\n----   ----   ---   ---\n"))).isFalse();
        assertThat(parser.recognises(capture("Host                           Type   TTL   Section\n----   ----   ---   ---\n"))).isFalse();
        assertThat(parser.recognises(capture(header.lines().findFirst().orElseThrow()))).isFalse();
        assertThat(parser.recognises(capture("Resolve-DnsName : x : DNS name does not exist\n"))).isTrue();
    }
}
