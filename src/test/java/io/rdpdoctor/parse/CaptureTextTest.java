package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What CaptureText's javadoc promises: the size limit, which code page a file without a byte-order
 * mark is read in (on the real German, Spanish and Russian samples of the parsers), mixed UTF-8
 * lines, colour codes, what is binary, line ends, and the repair of mojibake.
 */
class CaptureTextTest {

    static final Path SAMPLES = Path.of("src/test/resources/parsers");

    static String sample(String path) throws Exception {
        return Files.readString(SAMPLES.resolve(path), StandardCharsets.UTF_8);
    }

    /** The first n lines of a sample, each with CRLF, as cmd writes them. */
    static String firstLines(String path, int n) throws Exception {
        return String.join("\r\n", sample(path).lines().limit(n).toList()) + "\r\n";
    }

    // ------------------------------------------------------------ size limit

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path atLimit = dir.resolve("at-limit.txt");
        byte[] spaces = new byte[(int) CaptureText.MAX_BYTES];
        Arrays.fill(spaces, (byte) ' ');
        Files.write(atLimit, spaces);
        assertThat(CaptureText.read(atLimit).text()).hasSize((int) CaptureText.MAX_BYTES);

        Path over = dir.resolve("over.txt");
        try (RandomAccessFile f = new RandomAccessFile(over.toFile(), "rw")) {
            f.setLength(CaptureText.MAX_BYTES + 1); // sparse: refused by its size, its bytes never read
        }
        assertThatThrownBy(() -> CaptureText.read(over)).isInstanceOf(CaptureText.UnreadableException.class)
                .hasMessage("is 8388609 bytes; a capture may have at most 8388608 (8 MiB)");
    }

    @Test
    void standardInputIsReadUpToTheLimitAndMoreIsRefused() throws Exception {
        byte[] atLimit = new byte[(int) CaptureText.MAX_BYTES];
        Arrays.fill(atLimit, (byte) 'a');
        assertThat(CaptureText.read(new ByteArrayInputStream(atLimit)).text()).hasSize(atLimit.length);
        byte[] over = Arrays.copyOf(atLimit, atLimit.length + 1);
        over[atLimit.length] = 'a';
        assertThatThrownBy(() -> CaptureText.read(new ByteArrayInputStream(over)))
                .isInstanceOf(CaptureText.UnreadableException.class).hasMessageContaining("more than 8388608 bytes");
        assertThatThrownBy(() -> CaptureText.decode(over))
                .isInstanceOf(CaptureText.UnreadableException.class).hasMessageStartingWith("is 8388609 bytes");
    }

    // ------------------------------------------------------------ code pages

    @Test
    void germanNetstatIsReadInCp850WhenItsBytesAreOemAndInWindows1252WhenTheyAreAnsi() throws Exception {
        String text = sample("netstat-ano/de-2.txt");
        CaptureText.Decoded oem = CaptureText.decode(text.getBytes(CaptureText.CP850));
        assertThat(oem.encoding()).isEqualTo("cp850 (OEM)");
        assertThat(oem.text()).isEqualTo(text);
        CaptureText.Decoded ansi = CaptureText.decode(text.getBytes(CaptureText.CP1252));
        assertThat(ansi.encoding()).isEqualTo("windows-1252");
        assertThat(ansi.text()).isEqualTo(text);
        CaptureText.Decoded utf8 = CaptureText.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.text()).isEqualTo(text);
        assertThat(utf8.repairedWords()).isZero();
    }

    @Test
    void spanishScQueryIsReadInCp850AndInWindows1252() throws Exception {
        String text = sample("sc-query/es-1-constructed.txt");
        assertThat(CaptureText.decode(text.getBytes(CaptureText.CP1252)).text()).isEqualTo(text);
        assertThat(CaptureText.decode(text.getBytes(CaptureText.CP850)).text()).isEqualTo(text);
    }

    @Test
    void withoutKnownWordsTheLettersDecide() throws Exception {
        // "Café" in cp850 is 0x82 (a symbol in windows-1252); "Übersicht" in windows-1252 is 0xDC (box drawing in cp850)
        Charset cp850 = CaptureText.CP850;
        Charset cp1252 = CaptureText.CP1252;
        assertThat(CaptureText.decode("Café\r\n".getBytes(cp850)).text()).isEqualTo("Café\r\n");
        assertThat(CaptureText.decode("Übersicht\r\n".getBytes(cp1252)).text()).isEqualTo("Übersicht\r\n");
        // as many of one as of the other: windows-1252
        byte[] tie = {'C', 'a', 'f', (byte) 0x82, ' ', (byte) 0xDC, 'x', '\r', '\n'};
        assertThat(CaptureText.decode(tie).encoding()).isEqualTo("windows-1252");
    }

    @Test
    void theRangesOfLettersAndOfBoxDrawingIncludeTheirEdges() throws Exception {
        // cp850's letters 0x80-0xA5 against its box drawing 0xB0-0xDF: one of each is a tie (windows-1252)
        for (int letter : new int[] {0x80, 0xA5}) {
            byte[] alone = {'x', (byte) letter, 'y', '\r', '\n'};
            assertThat(CaptureText.decode(alone).encoding()).as("%x", letter).isEqualTo("cp850 (OEM)");
            for (int box : new int[] {0xB0, 0xDF}) {
                byte[] tie = {'x', (byte) letter, 'y', ' ', (byte) box, '\r', '\n'};
                assertThat(CaptureText.decode(tie).encoding()).as("%x %x", letter, box).isEqualTo("windows-1252");
            }
        }
    }

    @Test
    void aFileWhoseFirstByteIsNotUtf8IsReadInACodePage() throws Exception {
        String text = "Ñandú\r\n";
        CaptureText.Decoded d = CaptureText.decode(text.getBytes(CaptureText.CP850));
        assertThat(d.encoding()).isEqualTo("cp850 (OEM)");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void knownWordsOutweighTheLetterCount() throws Exception {
        // "für" (0xFC in windows-1252) is a known word; the four 0x80 bytes (€) alone would say cp850
        String text = "€€€€ für\r\n";
        assertThat(CaptureText.decode(text.getBytes(CaptureText.CP1252)).encoding()).isEqualTo("windows-1252");
        String german = "Größe ▒▒▒▒▒▒▒▒\r\n"; // cp850's box drawing would say windows-1252 by the letters
        CaptureText.Decoded d = CaptureText.decode(german.getBytes(CaptureText.CP850));
        assertThat(d.encoding()).isEqualTo("cp850 (OEM)");
        assertThat(d.text()).isEqualTo(german);
    }

    @Test
    void russianOutputIsReadInCp866OrWindows1251WhenTwoOfItsLabelsAppear() throws Exception {
        String two = firstLines("sc-query/ru-1-fixture.txt", 4); // Имя_службы and Состояние
        CaptureText.Decoded oem = CaptureText.decode(two.getBytes(CaptureText.CP866));
        assertThat(oem.encoding()).isEqualTo("cp866 (OEM, Russian)");
        assertThat(oem.text()).isEqualTo(two);
        CaptureText.Decoded ansi = CaptureText.decode(two.getBytes(CaptureText.CP1251));
        assertThat(ansi.encoding()).isEqualTo("windows-1251");
        assertThat(ansi.text()).isEqualTo(two);
        String netstat = sample("netstat-ano/ru-1-fixture.txt");
        assertThat(CaptureText.decode(netstat.getBytes(CaptureText.CP1251)).text()).isEqualTo(netstat);
    }

    @Test
    void oneRussianLabelAloneIsNotEnough() throws Exception {
        String one = firstLines("sc-query/ru-1-fixture.txt", 3); // only Имя_службы
        assertThat(one).doesNotContain("Состояние");
        assertThat(CaptureText.decode(one.getBytes(CaptureText.CP866)).encoding()).doesNotStartWith("cp866");
        assertThat(CaptureText.decode(one.getBytes(CaptureText.CP1251)).encoding()).doesNotStartWith("windows-1251");
    }

    @Test
    void aTranscriptMixingUtf8AndCp850LinesDecodesEachLineInItsOwn() throws Exception {
        String german = sample("netstat-ano/de-2.txt");
        String ps7 = "PS C:\\> Get-Service TermService | Format-List  # Größe\n";
        String ps7b = "Name : TermService — läuft\n";
        byte[] one = concat(ps7.getBytes(StandardCharsets.UTF_8), german.getBytes(CaptureText.CP850));
        CaptureText.Decoded d = CaptureText.decode(one);
        assertThat(d.encoding()).isEqualTo("cp850 (OEM), 1 line in UTF-8");
        assertThat(d.text()).isEqualTo(ps7 + german);
        byte[] two = concat(concat(ps7.getBytes(StandardCharsets.UTF_8), german.getBytes(CaptureText.CP850)),
                ps7b.getBytes(StandardCharsets.UTF_8));
        CaptureText.Decoded d2 = CaptureText.decode(two);
        assertThat(d2.encoding()).isEqualTo("cp850 (OEM), 2 lines in UTF-8");
        assertThat(d2.text()).isEqualTo(ps7 + german + ps7b);
        // the last line without its line end is a line too
        byte[] unterminated = concat(german.getBytes(CaptureText.CP850), ps7b.strip().getBytes(StandardCharsets.UTF_8));
        assertThat(CaptureText.decode(unterminated).text()).isEqualTo(german + ps7b.strip());
    }

    @Test
    void theUtf8LinesDoNotSwayTheCodePageOfTheOthers() throws Exception {
        // "é" in UTF-8 is C3 A9 (C3: box drawing in cp850); the cp850 line's é is 0x82
        byte[] b = concat("Résumé équipé été\n".getBytes(StandardCharsets.UTF_8), "Café\n".getBytes(CaptureText.CP850));
        CaptureText.Decoded d = CaptureText.decode(b);
        assertThat(d.encoding()).isEqualTo("cp850 (OEM), 1 line in UTF-8");
        assertThat(d.text()).isEqualTo("Résumé équipé été\nCafé\n");
        // an ASCII last line without its line end
        byte[] ascii = concat("Café\n".getBytes(CaptureText.CP850), "end".getBytes(StandardCharsets.US_ASCII));
        assertThat(CaptureText.decode(ascii).text()).isEqualTo("Café\nend");
    }

    @Test
    void bytesAbove0xDFAreNeitherLettersNorBoxDrawingForTheChoice() throws Exception {
        String text = "Café CÓDIGO\r\n"; // cp850: é 0x82, Ó 0xE0
        CaptureText.Decoded d = CaptureText.decode(text.getBytes(CaptureText.CP850));
        assertThat(d.encoding()).isEqualTo("cp850 (OEM)");
        assertThat(d.text()).isEqualTo(text);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ------------------------------------------------------------ colour, binary

    @Test
    void colourCodesAreRemovedAndSaidSo() throws Exception {
        String coloured = "\u001B[32;1mStatus\u001B[0m      : Running\r\n\u001B[32;1mName\u001B[0m        : TermService\r\n";
        CaptureText.Decoded d = CaptureText.decode(coloured.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Status      : Running\r\nName        : TermService\r\n");
        assertThat(d.encoding()).isEqualTo("UTF-8, colour codes removed");
    }

    @Test
    void controlCharactersBeyondOnePercentMakeTextBinary() throws Exception {
        String ninetyNine = "a".repeat(99);
        assertThat(CaptureText.decode((ninetyNine + "\u0001").getBytes(StandardCharsets.US_ASCII)).text()).endsWith("\u0001");
        assertThatThrownBy(() -> CaptureText.decode((ninetyNine.substring(1) + "\u0001\u0001").getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(CaptureText.UnreadableException.class).hasMessage("is binary, not the text output of a command (UTF-8)");
        assertThat(CaptureText.decode(new byte[0]).text()).isEmpty();
    }

    @Test
    void tabsLineEndsFormFeedsAndCtrlZAreText() throws Exception {
        for (String c : List.of("\t", "\n", "\r", "\f", "\u001A")) {
            String text = ("x" + c).repeat(50);
            assertThat(CaptureText.decode(text.getBytes(StandardCharsets.US_ASCII)).text()).as("%x", (int) c.charAt(0)).isEqualTo(text);
        }
    }

    @Test
    void onlyTheFirst64KiCharactersAreJudged() throws Exception {
        String text = "a".repeat(65536) + "\u0001".repeat(1000);
        assertThat(CaptureText.decode(text.getBytes(StandardCharsets.US_ASCII)).text()).hasSize(text.length());
    }

    // ------------------------------------------------------------ lines

    @Test
    void crlfLfAndLoneCrEndALineAndAFinalLineEndAddsNoEmptyLine() {
        assertThat(CaptureText.lines("a\r\nb\nc\rd")).containsExactly("a", "b", "c", "d");
        assertThat(CaptureText.lines("a\r\n")).containsExactly("a");
        assertThat(CaptureText.lines("a\r")).containsExactly("a");
        assertThat(CaptureText.lines("a\r\r\nb")).containsExactly("a", "", "b");
        assertThat(CaptureText.lines("\n\nx\n")).containsExactly("", "", "x");
        assertThat(CaptureText.lines("\r\n")).containsExactly("");
        assertThat(CaptureText.lines("")).isEmpty();
        assertThat(new CaptureText.Decoded("p\r\nq", "UTF-8", 0).lines()).containsExactly("p", "q");
    }

    // ------------------------------------------------------------ mojibake

    @Test
    void theSpanishMojibakeSampleIsRepairedWordByWordAndTheRepairsCounted() throws Exception {
        String pasted = firstLines("netstat-ano/es-1-anob-mojibake.txt", 3); // "Direcci¢n local  Direcci¢n remota"
        CaptureText.Decoded d = CaptureText.decode(pasted.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("Dirección local").contains("Dirección remota").doesNotContain("¢");
        assertThat(d.repairedWords()).isEqualTo(2);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void textReadInAnOemCodePageIsNotRepairedAgain() throws Exception {
        // cp850 has ¢ (0xBD): a word holding it, read from cp850 bytes, is what the command printed
        String text = "Größe: ab¢cd\r\n";
        CaptureText.Decoded d = CaptureText.decode(text.getBytes(CaptureText.CP850));
        assertThat(d.encoding()).startsWith("cp850");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.repairedWords()).isZero();
    }

    @Test
    void onlyASuspiciousCharacterBetweenTwoLettersIsRepaired() {
        assertThat(CaptureText.repairMojibake("Windows™ ™x x™")).isEqualTo("Windows™ ™x x™");
        // windows-1252 characters of the bytes up to 0xA5 are suspicious (¥ is 0xA5, cp850's Ñ), from 0xA6 not
        assertThat(CaptureText.repairMojibake("ESPA¥OL")).isEqualTo("ESPAÑOL");
        assertThat(CaptureText.repairMojibake("a¦b")).isEqualTo("a¦b");
        assertThat(CaptureText.repairMojibake("ABH™REN")).isEqualTo("ABHÖREN");
        // two mojibake characters in a row: each counts as a letter for the other
        assertThat(CaptureText.repairMojibake("K„„se")).isEqualTo("Kääse");
        // a no-break space or a typographic apostrophe is not mojibake
        assertThat(CaptureText.repairMojibake("a\u00A0b l’hôte l‘x")).isEqualTo("a\u00A0b l’hôte l‘x");
        // a character outside windows-1252 in the word: left as it is
        assertThat(CaptureText.repairMojibake("ABH™REN-Ω")).isEqualTo("ABH™REN-Ω");
        // a digit or a typographic quote beside it is no letter
        assertThat(CaptureText.repairMojibake("1™x x™1 l‘™x")).isEqualTo("1™x x™1 l‘™x");
    }
}
