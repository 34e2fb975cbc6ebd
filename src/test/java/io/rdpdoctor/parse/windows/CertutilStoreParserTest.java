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
 * What the class javadoc promises beyond the sample pairs: the store from the command or the header
 * line, hasPrivateKey (a key container; no key provider; a missing keyset), selfSigned (the Root /
 * Non-root line before subject and issuer), the labels of the other languages, and the records that
 * cannot be read. The record is the en-1 sample's first (certutil -store My, a CA certificate).
 */
class CertutilStoreParserTest {

    private static final String BANNER = "================ Certificate 0 ================";
    private static final String THUMB = "82AD1E0C20A332C8D6ADAC3E5EA243204B85D3A7";

    private final CertutilStoreParser parser = new CertutilStoreParser();

    private static List<String> record(String subject, String... keyLines) {
        List<String> l = new ArrayList<>(List.of(BANNER,
                "Serial Number: 472cb6148184a9894f6d4d2587b1b165",
                "Issuer: CN=certificate-DC01-CA, DC=certificate, DC=htb",
                " NotBefore: 11/3/2024 3:30 PM",
                " NotAfter: 11/3/2029 3:40 PM",
                "Subject: " + subject,
                "Signature matches Public Key",
                "Cert Hash(sha1): 82ad1e0c20a332c8d6adac3e5ea243204b85d3a7"));
        l.addAll(List.of(keyLines));
        return l;
    }

    private Certificate only(String command, List<String> lines) throws ParseException {
        Parsed p = parser.parse(new Capture("cert.txt", command, lines, 1));
        assertThat(p.facts()).hasSize(1);
        return (Certificate) p.facts().get(0);
    }

    @Test
    void theStoreFromTheCommandElseFromTheHeaderLine() throws ParseException {
        List<String> lines = new ArrayList<>(List.of("My \"Personal\""));
        lines.addAll(record("CN=x"));
        assertThat(only(null, lines).store()).isEqualTo("My");
        assertThat(only("certutil -store -user \"Remote Desktop\"", lines).store()).isEqualTo("Remote Desktop");
        assertThat(only("certutil -v -store My", record("CN=x")).store()).isEqualTo("My");
        assertThat(only(null, record("CN=x")).store()).isNull();
        List<String> banner = new ArrayList<>(List.of("CertUtil: -store command", ""));
        banner.addAll(record("CN=x"));
        assertThat(only(null, banner).store()).isNull();
        assertThat(CertutilStoreParser.storeFromCommand("certutil -hashfile x")).isNull();
    }

    @Test
    void hasPrivateKeyFromTheKeyLines() throws ParseException {
        assertThat(only(null, record("CN=x", "  Key Container = certificate-DC01-CA",
                "  Provider = Microsoft Software Key Storage Provider")).hasPrivateKey()).isTrue();
        assertThat(only(null, record("CN=x", "  No key provider information")).hasPrivateKey()).isFalse();
        assertThat(only(null, record("CN=x", "  Key Container = {5D3F}", "Missing stored keyset")).hasPrivateKey()).isFalse();
        assertThat(only(null, record("CN=x")).hasPrivateKey()).isNull();
        assertThat(only(null, record("CN=x", "  Schlüsselcontainer = TSSecKeySet1")).hasPrivateKey()).isTrue();
        assertThat(only(null, record("CN=x", "  Conteneur de clé = TSSecKeySet1")).hasPrivateKey()).isTrue();
        assertThat(only(null, record("CN=x", "  Contenedor de claves = TSSecKeySet1")).hasPrivateKey()).isTrue();
        assertThat(only(null, record("CN=x", "  Sleutelcontainer = TSSecKeySet1")).hasPrivateKey()).isTrue();
        assertThat(only(null, record("CN=x", "  Keine Schlüsselanbieterinformationen")).hasPrivateKey()).isFalse();
    }

    @Test
    void selfSignedFromTheRootLineElseSubjectAndIssuer() throws ParseException {
        String issuer = "CN=certificate-DC01-CA, DC=certificate, DC=htb";
        assertThat(only(null, record(issuer.toUpperCase())).selfSigned()).isTrue();
        assertThat(only(null, record("CN=SRV01.contoso.local")).selfSigned()).isFalse();
        assertThat(only(null, record(issuer, "Non-root Certificate")).selfSigned()).isFalse();
        assertThat(only(null, record("CN=SRV01", "Root Certificate: Subject matches Issuer")).selfSigned()).isTrue();
        assertThat(only(null, record("CN=SRV01", "Stammzertifikat: Antragsteller stimmt mit Aussteller überein")).selfSigned()).isTrue();
        assertThat(only(null, record(issuer, "Kein Stammzertifikat")).selfSigned()).isFalse();
        List<String> noIssuer = new ArrayList<>(record("CN=x"));
        noIssuer.remove(2);
        assertThat(only(null, noIssuer).selfSigned()).isNull();
    }

    @Test
    void theFieldsOfARecord() throws ParseException {
        Capture c = new Capture("cert.txt", "certutil -store My", record("CN=x"), 1);
        assertThat(parser.parse(c).facts()).containsExactly(new Certificate("My", THUMB, "CN=x",
                "CN=certificate-DC01-CA, DC=certificate, DC=htb", "2029-11-03T15:40:00", null, false, c.source(0)));
    }

    @Test
    void theLabelsOfOtherLanguages() throws ParseException {
        Certificate fr = only(null, List.of(BANNER, "Émetteur: CN=a", "Objet: CN=b", "Hachage du cert(sha1): 82 ad 1e 0c 20 a3 32 c8 d6 ad ac 3e 5e a2 43 20 4b 85 d3 a7"));
        assertThat(fr).extracting(Certificate::thumbprint, Certificate::subject, Certificate::issuer).containsExactly(THUMB, "CN=b", "CN=a");
        Certificate es = only(null, List.of(BANNER, "Emisor: CN=a", "Sujeto: CN=b", "Hash de cert.(sha1): " + THUMB));
        assertThat(es).extracting(Certificate::subject, Certificate::issuer).containsExactly("CN=b", "CN=a");
        Certificate nl = only(null, List.of(BANNER, "Verlener: CN=a", "Onderwerp: CN=b", "Certificaathash(sha1): " + THUMB));
        assertThat(nl).extracting(Certificate::subject, Certificate::issuer).containsExactly("CN=b", "CN=a");
    }

    @Test
    void aRecordWithoutItsHashFailsAtItsBanner() {
        List<String> lines = new ArrayList<>(List.of("My", ""));
        lines.addAll(record("CN=x"));
        lines.set(9, "Cert Hash(sha1): 82ad1e0c");
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, lines, 1))).isInstanceOf(ParseException.class)
                .hasMessageContaining("cert.txt:3").hasMessageContaining("Cert Hash(sha1):");
    }

    @Test
    void anEmptyStoreIsCollectedAndOtherTextFails() throws ParseException {
        Parsed empty = parser.parse(new Capture("cert.txt", null, List.of("Remote Desktop", "CertUtil: -store command completed successfully."), 1));
        assertThat(empty.facts()).isEmpty();
        assertThat(empty.collected()).containsExactly(Area.CERTIFICATES);
        assertThatThrownBy(() -> parser.parse(new Capture("cert.txt", null, List.of("Remote Desktop", "nothing"), 1)))
                .isInstanceOf(ParseException.class).hasMessageContaining("certutil -store output");
    }

    @Test
    void theBannerWithinTheFirstTwentyLines() {
        List<String> lines = new ArrayList<>(java.util.Collections.nCopies(19, "x"));
        lines.add(BANNER);
        assertThat(parser.recognises(new Capture("cert.txt", null, lines, 1))).isTrue();
        lines.add(0, "x");
        assertThat(parser.recognises(new Capture("cert.txt", null, lines, 1))).isFalse();
    }
}
