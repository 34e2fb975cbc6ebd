package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.knowledge.MessageDef.Match;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a client's error is matched against a catalogue message: texts, keywords, codes. */
class MessageDefTest {

    private static MessageDef message(Map<String, List<String>> texts, List<String> keywords, List<String> codes,
                                      List<String> extendedCodes) {
        return new MessageDef("MSG-T", "t", texts, keywords, codes, extendedCodes,
                List.of(new MessageDef.Hypothesis("X", 0.5)), null, List.of("test"), null, null);
    }

    private static final MessageDef CREDSSP = message(
            Map.of("en", List.of("This could be due to CredSSP encryption oracle remediation")),
            List.of("CredSSP", "encryption oracle", "CredSSP + オラクル"), List.of(), List.of());

    @Test
    void aWholeTextMatchesWhateverTheCaseQuotesAndLineBreaks() {
        assertThat(CREDSSP.match("An authentication error has occurred.\r\nThis could be due to CREDSSP encryption\noracle remediation.", null))
                .isEqualTo(Match.TEXT);
    }

    @Test
    void aLongEnoughFragmentMatchesAtWordBoundariesOnly() {
        assertThat(CREDSSP.match("due to CredSSP encryption oracle", null)).isEqualTo(Match.TEXT);
        // cut inside a word: not a fragment of the text, yet its keyword still counts
        assertThat(CREDSSP.match("uld be due to CredSSP encryption orac", null)).isEqualTo(Match.KEYWORD);
    }

    @Test
    void aShortDistinctiveFragmentMatchesByItsKeyword() {
        assertThat(CREDSSP.match("due to CredSSP", null)).isEqualTo(Match.KEYWORD);
        assertThat(CREDSSP.match("the Encryption Oracle thing again", null)).isEqualTo(Match.KEYWORD);
        assertThat(CREDSSP.match("CredSSP 暗号化オラクルの修復", null)).isEqualTo(Match.KEYWORD);
    }

    @Test
    void aKeywordInsideALongerWordDoesNotMatch() {
        assertThat(CREDSSP.match("CredSSPX is a product name", null)).isEqualTo(Match.NONE);
        assertThat(CREDSSP.match("myencryption oracles", null)).isEqualTo(Match.NONE);
    }

    @Test
    void caseIsFoldedTheSameInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            MessageDef m = message(Map.of(), List.of("ERRINFO_LICENSE_INTERNAL"), List.of(), List.of());
            assertThat(m.match("errinfo_license_internal", null)).isEqualTo(Match.KEYWORD);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void keywordsJoinedByPlusMustAllAppear() {
        MessageDef m = message(Map.of(), List.of("NLA + domain controller"), List.of(), List.of());
        assertThat(m.match("the domain controller could not be reached for NLA", null)).isEqualTo(Match.KEYWORD);
        assertThat(m.match("NLA failed", null)).isEqualTo(Match.NONE);
    }

    @Test
    void aTextWithAPlaceholderMatchesAroundTheServersName() {
        MessageDef m = message(Map.of("en", List.of("Could not access the RDP server %s Account locked out")),
                List.of(), List.of(), List.of());
        assertThat(m.match("Could not access the RDP server \"srv01.corp.example\".\nAccount locked out.", null))
                .isEqualTo(Match.TEXT);
        assertThat(m.match("Account locked out. Could not access the RDP server", null)).isEqualTo(Match.NONE);
    }

    @Test
    void mainAndExtendedCodesAreKeptApart() {
        MessageDef dns = message(Map.of(), List.of(), List.of("0x104"), List.of());
        MessageDef hwid = message(Map.of(), List.of(), List.of(), List.of("0x104"));
        assertThat(dns.match("Error code: 0x104 Extended error code: 0x0", null)).isEqualTo(Match.CODE);
        assertThat(hwid.match("Error code: 0x104 Extended error code: 0x0", null)).isEqualTo(Match.NONE);
        assertThat(dns.match("Error code: 0x3 Extended error code: 0x104", null)).isEqualTo(Match.NONE);
        assertThat(hwid.match("Error code: 0x3 Extended error code: 0x104", null)).isEqualTo(Match.CODE);
        assertThat(hwid.match("Code d'erreur : 0x3 Code d'erreur étendu : 0x104", null)).isEqualTo(Match.CODE);
        assertThat(hwid.match("Fehlercode: 0x3 Erweiterter Fehlercode: 0x104", null)).isEqualTo(Match.CODE);
        assertThat(hwid.match(null, "0x104")).isEqualTo(Match.NONE);
    }

    @Test
    void anExtendedRangeHoldsItsEndsAndNothingOutside() {
        MessageDef protocol = message(Map.of(), List.of(), List.of(), List.of("0x1000-0x7FFF"));
        assertThat(protocol.extendedCodes()).containsExactly("0x1000-0x7fff");
        assertThat(protocol.match("Extended error code: 0x1000", null)).isEqualTo(Match.CODE);
        assertThat(protocol.match("Extended error code: 0x112f", null)).isEqualTo(Match.CODE);
        assertThat(protocol.match("Extended error code: 0x7fff", null)).isEqualTo(Match.CODE);
        assertThat(protocol.match("Extended error code: 0xfff", null)).isEqualTo(Match.NONE);
        assertThat(protocol.match("Extended error code: 0x8000", null)).isEqualTo(Match.NONE);
        // a main code in the range is not an extended one
        assertThat(protocol.match("Error code: 0x112f", null)).isEqualTo(Match.NONE);
    }

    @Test
    void aCodeDoesNotMatchInsideAnotherNumber() {
        MessageDef m = message(Map.of(), List.of(), List.of("0x204"), List.of());
        assertThat(m.match("error 0x2040", null)).isEqualTo(Match.NONE);
        assertThat(m.match("hash 10x204", null)).isEqualTo(Match.NONE);
        assertThat(m.match("ref 0x204a", null)).isEqualTo(Match.NONE);
        assertThat(m.match("[0x00000204]", null)).isEqualTo(Match.CODE);
    }

    @Test
    void freerdpErrinfoCodesAreExtendedAndItsClassCodesAreTheirOwn() {
        MessageDef logoff = message(Map.of(), List.of(), List.of("0x1000c"), List.of("0xc"));
        assertThat(logoff.match("ERRINFO_LOGOFF_BY_USER (0x0000000C):The disconnection was initiated", null)).isEqualTo(Match.CODE);
        assertThat(logoff.match("freerdp_set_last_error_ex ERRINFO_LOGOFF_BY_USER [0x0001000C]", null)).isEqualTo(Match.CODE);
        assertThat(logoff.match("Error code: 0xc", null)).isEqualTo(Match.NONE);
    }

    @Test
    void decimalCodesWhereClientsPrintThem() {
        MessageDef m = message(Map.of(), List.of(), List.of("0x204"), List.of());
        assertThat(m.match("RDP disconnected!\n516 Er kan geen verbinding worden gemaakt", null)).isEqualTo(Match.CODE);
        assertThat(m.match("RDP ClientActiveX has been disconnected (Reason= 516)", null)).isEqualTo(Match.CODE);
        MessageDef p = message(Map.of(), List.of(), List.of("0xd06"), List.of());
        assertThat(p.match("The session is interrupted due to a protocol error. Error code 3334.", null)).isEqualTo(Match.CODE);
        assertThat(m.match("we waited 516 seconds", null)).isEqualTo(Match.NONE);
    }

    @Test
    void theStrongestWayWins() {
        MessageDef m = message(Map.of("en", List.of("Remote Desktop can't find the computer")), List.of("ERRCONNECT_DNS_NAME_NOT_FOUND"),
                List.of("0x104"), List.of());
        assertThat(m.match("Remote Desktop can’t find the computer \"x\". Error code: 0x104", null)).isEqualTo(Match.TEXT);
        assertThat(m.match("ERRCONNECT_DNS_NAME_NOT_FOUND [0x00020005]", null)).isEqualTo(Match.KEYWORD);
        assertThat(m.match(null, "0x104")).isEqualTo(Match.CODE);
    }

    @Test
    void anErrorNameMatchesOnlyAsAWholeName() {
        MessageDef m = message(Map.of(), List.of("SSL_REQUIRED_BY_SERVER"), List.of(), List.of());
        assertThat(m.match("Error: SSL_REQUIRED_BY_SERVER", null)).isEqualTo(Match.KEYWORD);
        assertThat(m.match("nego failure: ssl_required_by_server.", null)).isEqualTo(Match.KEYWORD);
        assertThat(m.match("HTTP_SSL_REQUIRED_BY_SERVER_POLICY", null)).isEqualTo(Match.NONE);
    }

    private static final MessageDef MAX_CONNECTIONS = message(
            Map.of("en", List.of("The terminal server has exceeded the maximum number of allowed connections")), List.of(), List.of(), List.of());

    @Test
    void aQuoteFromMemoryWithoutArticlesOrPluralsMatchesByItsWordsInOrder() {
        assertThat(MAX_CONNECTIONS.match("Terminal server has exceeded maximum number of allowed connection", null)).isEqualTo(Match.TEXT);
        assertThat(MAX_CONNECTIONS.match("he gets: terminal server has exceeded maximum number of allowed connection!", null)).isEqualTo(Match.TEXT);
    }

    @Test
    void aLooseQuoteNeedsEveryWordThatCarriesMeaningInItsOrder() {
        // a word left out, or the words in another order, is another sentence
        assertThat(MAX_CONNECTIONS.match("Terminal server has exceeded maximum number of connections", null)).isEqualTo(Match.NONE);
        assertThat(MAX_CONNECTIONS.match("allowed connections exceeded: maximum number of terminal server", null)).isEqualTo(Match.NONE);
        // a word that carries meaning between them makes another sentence
        assertThat(MAX_CONNECTIONS.match("terminal server has exceeded maximum number of allowed RDP connections", null)).isEqualTo(Match.NONE);
    }

    @Test
    void aShortTextIsNeverMatchedLoosely() {
        MessageDef shortText = message(Map.of("en", List.of("The logon attempt failed")), List.of(), List.of(), List.of());
        assertThat(shortText.match("logon attempt has failed", null)).isEqualTo(Match.NONE);
        assertThat(MessageDef.meaningWords("the logon attempt failed")).hasSizeLessThan(MessageDef.MIN_LOOSE_WORDS);
    }

    @Test
    void meaningWordsDropSmallWordsAndAPluralS() {
        assertThat(MessageDef.meaningWords("the number of connections to this computer is limited"))
                .containsExactly("number", "connection", "computer", "limited");
        assertThat(MessageDef.meaningWords("access has")).containsExactly("access", "has");
    }
}
