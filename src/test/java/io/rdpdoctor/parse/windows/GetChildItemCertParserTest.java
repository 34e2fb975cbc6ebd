package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Certificate;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the store from PSParentPath, else the
 * command, else Remote Desktop; the table view; HasPrivateKey and selfSigned in the list view; an
 * empty store; and the output that cannot be read. The certificate is the javadoc's.
 */
class GetChildItemCertParserTest {

    private static final String THUMB = "3F2A9C41D07BE8115E6A0C2F94D1B7A6E05C3D88";
    private static final String PARENT = "   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My";

    private final GetChildItemCertParser parser = new GetChildItemCertParser();

    private static List<String> list(String issuer, String... more) {
        List<String> l = new ArrayList<>(List.of("Subject      : CN=SRV01.contoso.local", "Issuer       : " + issuer,
                "Thumbprint   : " + THUMB.toLowerCase(), "FriendlyName :", "NotBefore    : 3/1/2025 10:00:00 AM", "NotAfter     : 9/1/2025 10:00:00 AM"));
        l.addAll(List.of(more));
        return l;
    }

    @Test
    void theStoreFromPsParentPathElseTheCommandElseRemoteDesktop() throws ParseException {
        List<String> withParent = new ArrayList<>(List.of("", PARENT, ""));
        withParent.addAll(list("CN=SRV01.contoso.local"));
        Capture c = new Capture("cert.txt", "Get-ChildItem Cert:\\LocalMachine\\Other | Format-List", withParent, 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new Certificate("My", THUMB, "CN=SRV01.contoso.local", "CN=SRV01.contoso.local",
                "2025-09-01T10:00:00", null, true, c.source(3)));
        assertThat(p.collected()).containsExactly(Area.CERTIFICATES);
        Capture byCommand = new Capture("cert.txt", "Get-ChildItem \"Cert:\\LocalMachine\\Remote Desktop2\" | Format-List", list("x"), 1);
        assertThat(((Certificate) parser.parse(byCommand).facts().get(0)).store()).isEqualTo("Remote Desktop2");
        Capture otherCommand = new Capture("cert.txt", "Get-ChildItem | Format-List", list("x"), 1);
        assertThat(((Certificate) parser.parse(otherCommand).facts().get(0)).store()).isEqualTo("Remote Desktop");
        assertThat(((Certificate) parser.parse(new Capture("cert.txt", null, list("x"), 1)).facts().get(0)).store()).isEqualTo("Remote Desktop");
    }

    @Test
    void hasPrivateKeyAndSelfSignedInTheListView() throws ParseException {
        Certificate withKey = (Certificate) parser.parse(new Capture("cert.txt", null, list("CN=Contoso CA", "HasPrivateKey : True"), 1)).facts().get(0);
        assertThat(withKey.hasPrivateKey()).isTrue();
        assertThat(withKey.selfSigned()).isFalse();
        List<String> noIssuer = list("x");
        noIssuer.remove(1);
        assertThat(((Certificate) parser.parse(new Capture("cert.txt", null, noIssuer, 1)).facts().get(0)).selfSigned()).isNull();
    }

    @Test
    void theTableView() throws ParseException {
        Capture c = new Capture("cert.txt", null, List.of(PARENT, "", "Thumbprint                                Subject",
                "----------                                -------", THUMB.toLowerCase() + "  CN=SRV01.contoso.local", ""), 1);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                new Certificate("My", THUMB, "CN=SRV01.contoso.local", null, null, null, null, c.source(4)));
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, List.of("Thumbprint  Subject", "----------  -------", "3F2A  CN=x"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("cert.txt:3: expected a row \"<40 hex thumbprint>  <subject>\"");
    }

    @Test
    void anEmptyStoreAndTheOutputThatCannotBeRead() throws ParseException {
        Parsed empty = parser.parse(new Capture("cert.txt", null, List.of("", ""), 1));
        assertThat(empty.facts()).isEmpty();
        assertThat(empty.collected()).containsExactly(Area.CERTIFICATES);
        List<String> badThumb = list("x");
        badThumb.set(2, "Thumbprint   : 3F2A");
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, badThumb, 1)))
                .isInstanceOf(ParseException.class).hasMessage("cert.txt:3: expected Thumbprint (40 hexadecimal digits) in this certificate");
        List<String> trailing = list("x");
        trailing.addAll(List.of("", "---- ----"));
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, trailing, 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("cert.txt:8: expected the certificates' list view");
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, List.of(PARENT, "", "  indented"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("cert.txt:3: expected the certificates' list view");
    }

    @Test
    void recognised() {
        assertThat(parser.recognises(new Capture("cert.txt", null, List.of("Thumbprint   : " + THUMB, "Subject : x"), 1))).isTrue();
        assertThat(parser.recognises(new Capture("cert.txt", null, List.of("Thumbprint   : " + THUMB), 1))).isFalse();
        assertThat(parser.recognises(new Capture("cert.txt", null, List.of("Subject : x", "Issuer : y"), 1))).isFalse();
    }
}
