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
                List.of(new MessageDef.Hypothesis("X", 0.5)), null, List.of("test"), null, null, false);
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
    void anErrorCodeThatIsANameIsReadByTheKeywordsAndANumberIsNot() {
        MessageDef named = message(Map.of(), List.of("AadLogonFailure", "ERRCONNECT_LOGON_FAILURE"), List.of(), List.of());
        assertThat(named.match(null, "AadLogonFailure")).isEqualTo(Match.KEYWORD);
        assertThat(named.match("Could not create the session", "ERRCONNECT_LOGON_FAILURE")).isEqualTo(Match.KEYWORD);
        // a number is a code, never a word; a name with other words is no code either
        MessageDef digits = message(Map.of(), List.of("2308"), List.of(), List.of());
        assertThat(digits.match(null, "2308")).isEqualTo(Match.NONE);
        assertThat(named.match(null, "AadLogonFailureCount reset")).isEqualTo(Match.NONE);
    }

    @Test
    void aRetypedMessageWithACommonMisspellingOrBritishSpellingStillMatches() {
        MessageDef internal = message(Map.of("en", List.of("An internal error has occurred.")), List.of(), List.of(), List.of());
        assertThat(internal.match("An internal error has occured.", null)).isEqualTo(Match.TEXT);
        MessageDef cals = message(Map.of("en", List.of("there are no Remote Desktop client access licenses available for this computer")),
                List.of(), List.of(), List.of());
        assertThat(cals.match("there are no Remote Desktop client access licences available for this computer", null)).isEqualTo(Match.TEXT);
        // only whole words are read as another spelling
        assertThat(internal.match("An internal error has occuredx.", null)).isNotEqualTo(Match.TEXT);
    }

    @Test
    void aMessageNamesItsCauseWhenOneHypothesisIsMoreLikelyThanNot() {
        assertThat(CREDSSP.namesItsCause()).isTrue(); // X at 0.5
        MessageDef vague = new MessageDef("MSG-V", "v", Map.of("en", List.of("something failed")), List.of(), List.of(), List.of(),
                List.of(new MessageDef.Hypothesis("A", 0.3), new MessageDef.Hypothesis("B", 0.2)), null, List.of("test"), null, null, false);
        assertThat(vague.namesItsCause()).isFalse();
    }

    @Test
    void aSpaceBetweenJapaneseOrKoreanWordsIsNotNeededToMatch() {
        // the catalogue's text as a blog quotes it, the paste as the dialog spaces it (and the reverse)
        MessageDef ja = message(Map.of("ja", List.of("リモートデスクトップはリモートコンピューターに接続できません")),
                List.of(), List.of(), List.of());
        assertThat(ja.match("次のいずれかの理由のため、リモート デスクトップはリモート コンピューターに接続できません。", null))
                .isEqualTo(Match.TEXT);
        MessageDef ko = message(Map.of("ko", List.of("자격 증명이 작동하지 않습니다")), List.of(), List.of(), List.of());
        assertThat(ko.match("자격증명이 작동하지 않습니다", null)).isEqualTo(Match.TEXT);
        // another dialog that shares the end of the sentence is not it
        assertThat(ja.match("このコンピューターはリモート コンピューターに接続できません。", null)).isEqualTo(Match.NONE);
        // Latin words keep their spaces
        assertThat(MessageDef.normalise("CredSSP 暗号化 オラクル")).isEqualTo("credssp 暗号化オラクル");
        assertThat(MessageDef.normalise("remote desktop")).isEqualTo("remote desktop");
    }

    @Test
    void aTicketTypedWithoutAccentsMatchesTheCataloguesWordsButKanaKeepTheirMarks() {
        assertThat(MessageDef.keywordIn("mise à jour", "depuis la mise a jour de cette nuit")).isTrue();
        assertThat(MessageDef.keywordIn("conexión", "no hay conexion con el servidor")).isTrue();
        assertThat(MessageDef.keywordIn("Verbindung geändert", "die verbindung geandert")).isTrue();
        assertThat(MessageDef.normalise("Bureau à distance")).isEqualTo("bureau a distance");
        // Japanese voiced kana are other letters: ガ is not カ
        assertThat(MessageDef.normalise("ガ")).isNotEqualTo(MessageDef.normalise("カ"));
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
    void aShortCodeCountsInProseOnlyAfterTheDialogsLabel() {
        MessageDef ended = message(Map.of(), List.of(), List.of("0x3"), List.of());
        MessageDef idle = message(Map.of(), List.of(), List.of(), List.of("0x3"));
        assertThat(ended.quotedIn("RDP to the server fails: Error code: 0x3 Extended error code: 0x11")).isTrue();
        assertThat(ended.quotedIn("Fehlercode: 0x3, Erweiterter Fehlercode: 0x0")).isTrue();
        assertThat(ended.quotedIn("Code d'erreur : 0x3")).isTrue();
        assertThat(ended.quotedIn("エラーコードは 0x3(拡張 0x11)")).isTrue();
        assertThat(idle.quotedIn("切断されました(0x4、拡張コード 0x3)")).isTrue();
        assertThat(idle.quotedIn("Error code: 0x4 Extended error code: 0x3")).isTrue();
        // the same number without the label could be anything prose holds
        assertThat(ended.quotedIn("RDP fails, the setting was 0x3 before")).isFalse();
        assertThat(idle.quotedIn("Error code: 0x3 Extended error code: 0x0")).isFalse();
    }

    @Test
    void aMainCodeIsNotTheMessageWhenTheErrorGivesAnotherExtendedReason() {
        MessageDef denied = message(Map.of(), List.of(), List.of("0x3"), List.of("0x7"));
        assertThat(denied.match("Error code: 0x3 Extended error code: 0x7", null)).isEqualTo(Match.CODE);
        assertThat(denied.match("Error code: 0x3", null)).isEqualTo(Match.CODE);
        assertThat(denied.match("Error code: 0x3 Extended error code: 0x0", null)).isEqualTo(Match.CODE);
        assertThat(denied.match("Error code: 0x3 Extended error code: 0x11", null)).isEqualTo(Match.NONE);
        // a message known by its main code alone is not narrowed by an extended one
        MessageDef mainOnly = message(Map.of(), List.of(), List.of("0x3"), List.of());
        assertThat(mainOnly.match("Error code: 0x3 Extended error code: 0x11", null)).isEqualTo(Match.CODE);
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

    private static final MessageDef NO_CAL = message(Map.of("en", List.of(
            "The remote session was disconnected because there are no Remote Desktop client access licenses available for this computer")),
            List.of(), List.of(), List.of());

    @Test
    void aLongTextRetypedWithOneWordLeftOutAddedOrChangedStillMatches() {
        // "available" left out, as a helpdesk's notes quote it
        assertThat(NO_CAL.match("The remote session was disconnected because there are no remote desktop client access licenses for this computer", null))
                .isEqualTo(Match.TEXT);
        // a word added, a word changed
        assertThat(NO_CAL.match("remote session was disconnected because there are no Remote Desktop client access licenses currently available for this computer", null))
                .isEqualTo(Match.TEXT);
        assertThat(NO_CAL.match("The remote session was disconnected because there are no Remote Desktop client access licenses available for this PC", null))
                .isEqualTo(Match.TEXT);
    }

    @Test
    void twoWordsLeftOutOrAShortTextWithOneWordOffIsAnotherSentence() {
        assertThat(NO_CAL.match("The remote session was disconnected because there are no client access licenses for this computer", null))
                .isEqualTo(Match.NONE);
        assertThat(MessageDef.withinOneWord(List.of("a", "b", "c", "x", "y"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(MessageDef.withinOneWord(List.of("a", "b", "x", "y", "d"), List.of("a", "b", "c", "d"))).isFalse();
        // under the minimum, one word off does not match (MAX_CONNECTIONS has eight meaning words)
        assertThat(MessageDef.meaningWords(MessageDef.normalise("The terminal server has exceeded the maximum number of allowed connections")))
                .hasSizeLessThan(MessageDef.MIN_RETYPED_WORDS);
    }

    @Test
    void theRetypedMatchStartsAtTenMeaningWords() {
        MessageDef ten = message(Map.of("en", List.of("alpha bravo charlie delta echo foxtrot golf hotel india juliet")),
                List.of(), List.of(), List.of());
        MessageDef nine = message(Map.of("en", List.of("alpha bravo charlie delta echo foxtrot golf hotel india")),
                List.of(), List.of(), List.of());
        assertThat(ten.match("alpha bravo charlie delta foxtrot golf hotel india juliet", null)).isEqualTo(Match.TEXT);
        assertThat(nine.match("alpha bravo charlie delta foxtrot golf hotel india", null)).isEqualTo(Match.NONE);
        // whole, nine words still match loosely
        assertThat(nine.match("alpha bravo charlie delta echo foxtrot golf hotel india", null)).isEqualTo(Match.TEXT);
    }

    @Test
    void withinOneWordOfAOneWordTextIsAnything() {
        assertThat(MessageDef.withinOneWord(List.of(), List.of("a"))).isTrue();
        assertThat(MessageDef.withinOneWord(List.of(), List.of("a", "b"))).isFalse();
        assertThat(MessageDef.withinOneWord(List.of("x", "y"), List.of("a", "b"))).isFalse();
    }

    @Test
    void noCatalogueTextIsTakenForAnotherMessagesTextByTheRetypedMatch() {
        // a text of one message, quoted whole, must not be one word off a long text of another message
        // (the two would then be told apart only by that word); texts the two messages share count as the same
        record Text(String message, String text, List<String> words) { }
        List<Text> texts = new java.util.ArrayList<>();
        for (MessageDef m : io.rdpdoctor.TestRules.bundled().catalogue().messages()) {
            m.texts().values().forEach(vs -> vs.forEach(v ->
                    texts.add(new Text(m.id(), v, MessageDef.meaningWords(MessageDef.normalise(v.replace("%s", " ")))))));
        }
        for (Text quoted : texts) {
            for (Text other : texts) {
                if (other.message().equals(quoted.message()) || other.words().size() < MessageDef.MIN_RETYPED_WORDS) continue;
                boolean whole = java.util.Collections.indexOfSubList(quoted.words(), other.words()) >= 0;
                assertThat(!whole && MessageDef.withinOneWord(quoted.words(), other.words()))
                        .as(quoted.message() + "'s \"" + quoted.text() + "\" is one word off " + other.message() + "'s \"" + other.text() + "\"")
                        .isFalse();
            }
        }
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

    @Test
    void aFragmentMustHaveAtLeastItsMinimumLength() {
        String text = "abcdefghij klmnopqrst uvwxyz0123 456789";
        MessageDef m = message(Map.of("en", List.of(text)), List.of(), List.of(), List.of());
        String fragment = "abcdefghij klmnopqrst uv"; // a fragment cut at a space
        assertThat(m.match("abcdefghij klmnopqrst uvwxyz0123", null)).isEqualTo(Match.TEXT);
        assertThat(m.match("klmnopqrst uvwxyz0123 45", null)).isEqualTo(Match.NONE); // ends inside a word
        assertThat(m.match("fghij klmnopqrst uvwxyz0123", null)).isEqualTo(Match.NONE); // starts inside a word
        String exact = "klmnopqrst uvwxyz0123 456789".substring(0, MessageDef.MIN_FRAGMENT);
        assertThat(exact).hasSize(MessageDef.MIN_FRAGMENT);
        MessageDef words = message(Map.of("en", List.of("aaaa bbbb cccc dddd eeee ffff gggg")), List.of(), List.of(), List.of());
        assertThat(words.match("aaaa bbbb cccc dddd eeee", null)).as("24 characters").isEqualTo(Match.TEXT);
        assertThat(words.match("bbbb cccc dddd eeee fff", null)).as("a word cut").isEqualTo(Match.NONE);
        assertThat(words.match("bbbb cccc dddd eeee", null)).as("19 characters").isEqualTo(Match.NONE);
        MessageDef short23 = message(Map.of("en", List.of("aaaa bbbb cccc dddd eee ffff")), List.of(), List.of(), List.of());
        assertThat(short23.match("aaaa bbbb cccc dddd eee", null)).as("23 characters").isEqualTo(Match.NONE);
        assertThat(fragment).isNotEmpty();
    }

    @Test
    void aTextWithAPlaceholderNeverMatchesByAFragment() {
        MessageDef m = message(Map.of("en", List.of("Could not access the RDP server %s because the account is locked out")),
                List.of(), List.of(), List.of());
        assertThat(m.match("because the account is locked out", null)).isEqualTo(Match.NONE);
        assertThat(m.match("Could not access the RDP server x because the account is locked out", null)).isEqualTo(Match.TEXT);
        MessageDef onlyName = message(Map.of("en", List.of("%s", "")), List.of("", " + "), List.of(), List.of());
        assertThat(onlyName.match("anything at all, long enough to be a fragment", null)).isEqualTo(Match.NONE);
    }

    @Test
    void anErrorWithoutTextMatchesOnlyByCode() {
        MessageDef m = message(Map.of("en", List.of("x")), List.of("x"), List.of("0x204"), List.of());
        assertThat(m.match("", "0x204")).isEqualTo(Match.CODE);
        assertThat(m.match(" . ", "0x00000204")).isEqualTo(Match.CODE);
        assertThat(m.match(null, null)).isEqualTo(Match.NONE);
        assertThat(m.matches(null, "0x204")).isTrue();
        assertThat(m.matches("nothing", "0x205")).isFalse();
    }

    @Test
    void anExtendedLabelCountsOnlyBeforeItsOwnCode() {
        MessageDef dns = message(Map.of(), List.of(), List.of("0x104"), List.of());
        // the label before the first code does not make the second one extended
        assertThat(dns.match("Extended error code: 0x7 Error code: 0x104", null)).isEqualTo(Match.CODE);
        MessageDef hwid = message(Map.of(), List.of(), List.of(), List.of("0x7"));
        assertThat(hwid.match("Extended error code: 0x7 Error code: 0x104", null)).isEqualTo(Match.CODE);
        // FreeRDP's class numbers (0x10000 and up) are main codes even after an extended label
        MessageDef freerdp = message(Map.of(), List.of(), List.of("0x10000"), List.of());
        assertThat(freerdp.match("ERRINFO 0x00010000", null)).isEqualTo(Match.CODE);
        assertThat(message(Map.of(), List.of(), List.of("0xffff"), List.of()).match("ERRINFO 0xFFFF", null)).isEqualTo(Match.NONE);
    }

    @Test
    void decimalCodesAfterAnExtendedLabelAreExtended() {
        MessageDef hwid = message(Map.of(), List.of(), List.of(), List.of("0x7"));
        assertThat(hwid.match("Extended error code: 7", null)).isEqualTo(Match.CODE);
        assertThat(hwid.match("Error code: 7", null)).isEqualTo(Match.NONE);
        MessageDef main = message(Map.of(), List.of(), List.of("0x7"), List.of());
        assertThat(main.match("Error code: 7", null)).isEqualTo(Match.CODE);
        assertThat(main.match("extended data, see error code: 7", null)).as("the label is too far before").isEqualTo(Match.CODE);
        assertThat(main.match("Error code: 7.5", null)).isEqualTo(Match.NONE);
        assertThat(main.match("Error code: 7,5", null)).isEqualTo(Match.NONE);
        assertThat(main.match("Error code: 7a", null)).isEqualTo(Match.NONE);
        assertThat(main.match("Error code: 7, then more", null)).isEqualTo(Match.CODE);
        MessageDef mremote = message(Map.of(), List.of(), List.of("0x204"), List.of());
        assertThat(mremote.match("RDP disconnected from server srv01.corp! 516", null)).isEqualTo(Match.CODE);
    }

    @Test
    void codesAreWrittenOneWay() {
        assertThat(MessageDef.canonicalCode(" 0X0002000D ")).isEqualTo("0x2000d");
        assertThat(MessageDef.canonicalCode("0x0")).isEqualTo("0x0");
        assertThat(MessageDef.canonicalCode("0x000")).isEqualTo("0x0");
        assertThat(MessageDef.canonicalCode("0x01000 - 0x07FFF")).isEqualTo("0x1000-0x7fff");
        assertThat(MessageDef.canonicalCode("ERRCONNECT")).isEqualTo("errconnect");
        assertThat(MessageDef.canonicalCode("-0x5")).isEqualTo("-0x5");
        assertThat(MessageDef.listed(List.of("0x1000 - 0x7fff"), "0x7fff")).isTrue();
        assertThat(MessageDef.listed(List.of("0x1000-0x7fff"), "0x8000")).isFalse();
        assertThat(MessageDef.listed(List.of("0x1000-0x7fff"), "x1001")).isFalse();
        assertThat(MessageDef.listed(List.of("-0x5", "0x3"), "0x4")).isFalse();
        assertThat(MessageDef.listed(List.of("0x3"), "0x3")).isTrue();
    }

    @Test
    void codesInATextComeInOrderApartByKind() {
        MessageDef.Codes c = MessageDef.codesIn("Error code: 0x4. Extended error code: 0x07; error code 516; (Reason= 2308)");
        assertThat(c.main()).containsExactly("0x4", "0x204", "0x904");
        assertThat(c.extended()).containsExactly("0x7");
        assertThat(MessageDef.codesIn(null).main()).isEmpty();
        assertThat(MessageDef.codesIn("error_0x204 a0x204 0x204z 0x123456789").main()).isEmpty();
    }

    @Test
    void normalisingFoldsCaseQuotesDashesAndPunctuation() {
        assertThat(MessageDef.normalise("Can’t  “Connect” – NOW!\n(Ｆｕｌｌ)")).isEqualTo("cant connect now full");
        assertThat(MessageDef.normalise("a`b´c ′d")).isEqualTo("abc d");
        assertThat(MessageDef.normalise("ERR_NAME-x", true)).isEqualTo("err_name x");
        assertThat(MessageDef.normalise("ERR_NAME-x")).isEqualTo("err name x");
        assertThat(MessageDef.normalise(null)).isEmpty();
    }

    @Test
    void wordsOfScriptsWithoutSpacesAreTheirOwnBoundaries() {
        assertThat(MessageDef.indexOfWord("接続できません", "接続", 0)).isZero();
        assertThat(MessageDef.indexOfWord("リモート接続できません", "接続", 0)).isEqualTo(4);
        assertThat(MessageDef.indexOfWord("원격연결", "연결", 0)).isEqualTo(2);
        assertThat(MessageDef.indexOfWord("ab连接cd", "连接", 0)).isEqualTo(2);
        assertThat(MessageDef.indexOfWord("x连接", "x", 0)).isZero();
        assertThat(MessageDef.indexOfWord("连接x", "x", 0)).isEqualTo(2);
        assertThat(MessageDef.indexOfWord("xab ab", "ab", 0)).isEqualTo(4);
        assertThat(MessageDef.indexOfWord("ab abx", "ab", 1)).isEqualTo(-1);
        assertThat(MessageDef.indexOfWord("ab", "", 0)).isEqualTo(-1);
        assertThat(MessageDef.indexOfWord("abc", "b", 0)).isEqualTo(-1);
    }

    @Test
    void anEntryWithoutOptionalListsHasEmptyOnesAndNamesItsHypotheses() {
        MessageDef m = new MessageDef("M", "t", null, null, null, null,
                List.of(new MessageDef.Hypothesis("A", 0.5), new MessageDef.Hypothesis("B", 0.2)), null, List.of("s"), null, null, false);
        assertThat(m.texts()).isEmpty();
        assertThat(m.keywords()).isEmpty();
        assertThat(m.codes()).isEmpty();
        assertThat(m.extendedCodes()).isEmpty();
        assertThat(m.asks()).isEmpty();
        assertThat(m.explainedBy()).isEmpty();
        assertThat(m.hypothesisIds()).containsExactly("A", "B");
        assertThat(m.match("anything", "0x4")).isEqualTo(Match.NONE);
    }

    @Test
    void genericWordsAreAMessagesOwnOnlyWhenItsTextsOrKeywordsSayThem() {
        MessageDef passwordWords = new MessageDef("MSG-WORDS-P", "p", null, List.of("password"), null, null,
                List.of(new MessageDef.Hypothesis("BAD-CREDENTIALS", 0.4)), null, List.of("test"), null, null, true);
        MessageDef groupWords = new MessageDef("MSG-WORDS-G", "g", null, List.of("Protected Users"), null, null,
                List.of(new MessageDef.Hypothesis("PROTECTED-USERS-NTLM", 0.4)), null, List.of("test"), null, null, true);
        MessageDef restriction = message(Map.of("en", List.of("A user account restriction is preventing you from logging on")),
                List.of("ERRCONNECT_ACCOUNT_RESTRICTION"), List.of(), List.of());
        MessageDef wrongPassword = message(Map.of("fr", List.of("Le mot de passe est incorrect")), List.of("wrong password"),
                List.of(), List.of());
        assertThat(restriction.says(groupWords)).isFalse();
        assertThat(restriction.says(passwordWords)).isFalse();
        // by a keyword, whatever language its texts are in
        assertThat(wrongPassword.says(passwordWords)).isTrue();
        MessageDef byText = message(Map.of("en", List.of("Your password has expired")), List.of(), List.of(), List.of());
        assertThat(byText.says(passwordWords)).isTrue();
    }

    @Test
    void theCausesWordsNameBesideAMessageAreTheWordsHypothesesAmongItsOwnAndNoneWhenTheWordsAreItsOwn() {
        MessageDef restriction = new MessageDef("MSG-R", "r", Map.of("en", List.of("A user account restriction is preventing you")),
                null, null, null, List.of(new MessageDef.Hypothesis("BLANK-PASSWORD-REMOTE", 0.45),
                        new MessageDef.Hypothesis("PROTECTED-USERS-NTLM", 0.1)), null, List.of("test"), null, null, false);
        MessageDef groupWords = new MessageDef("MSG-WORDS-G", "g", null, List.of("Protected Users"), null, null,
                List.of(new MessageDef.Hypothesis("PROTECTED-USERS-NTLM", 0.4), new MessageDef.Hypothesis("NOT-ITS-OWN", 0.3)),
                null, List.of("test"), null, null, true);
        assertThat(restriction.causesNamedBy(groupWords)).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("PROTECTED-USERS-NTLM");
            assertThat(h.prior()).isEqualTo(0.4);
        });
        MessageDef restrictionWords = new MessageDef("MSG-WORDS-A", "a", null, List.of("account restriction"), null, null,
                List.of(new MessageDef.Hypothesis("BLANK-PASSWORD-REMOTE", 0.4)), null, List.of("test"), null, null, true);
        assertThat(restriction.causesNamedBy(restrictionWords)).as("the message's own words").isEmpty();
    }
}
