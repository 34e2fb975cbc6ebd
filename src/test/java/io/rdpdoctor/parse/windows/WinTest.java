package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared helpers of the Windows parsers, as their javadoc says: folding labels, well-known
 * principals, localized words, and dates in the locales Windows prints them.
 */
class WinTest {

    @Test
    void foldRemovesAccentsAndRepairsCp850MojibakeAndApostrophesAndSpaces() {
        assertThat(Win.fold("  Domäne   Öffentlich  ")).isEqualTo("domane offentlich");
        assertThat(Win.fold("ABH™REN")).isEqualTo("abhoren");
        assertThat(Win.fold("gew”hnlich")).isEqualTo("gewohnlich");
        assertThat(Win.fold("Dom„ne ŽNDERUNG")).isEqualTo("domane anderung");
        assertThat(Win.fold("Direcci¢n")).isEqualTo("direccion");
        assertThat(Win.fold("R‚seau Syst‚me Šcole")).isEqualTo("reseau systeme ecole");
        assertThat(Win.fold("šBER f\u0081r")).isEqualTo("uber fur");
        assertThat(Win.fold("l’hôte l‘x l´y l`z")).isEqualTo("l'hote l'x l'y l'z");
        assertThat(Win.fold("a\u00A0b\u202Fc\td")).isEqualTo("a b c d");
        assertThat(Win.fold("Straße")).isEqualTo("strasse");
        assertThat(Win.fold("NT-AUTORITÄT")).isEqualTo("nt-autoritat");
        assertThat(Win.fold(null)).isEmpty();
    }

    @Test
    void foldAndCutLookAtTheFirst8192CharactersOnly() {
        String atLimit = "a".repeat(Win.MAX_LINE);
        assertThat(Win.fold(atLimit + "B")).isEqualTo(atLimit);
        assertThat(Win.fold(atLimit)).isEqualTo(atLimit);
        assertThat(Win.fold("a".repeat(Win.MAX_LINE - 1) + "B")).endsWith("ab");
        assertThat(Win.cut(atLimit + "x")).isEqualTo(atLimit);
        assertThat(Win.cut(atLimit)).isSameAs(atLimit);
        assertThat(Win.cut("short")).isEqualTo("short");
        assertThat(Win.cut(null)).isEmpty();
    }

    @Test
    void aFailureNamesTheFileAndTheLineOfTheCaptureOrNoLine() {
        Capture c = new Capture("icacls.txt", "icacls x", List.of("a", "b"), 10);
        ParseException at = Win.fail(c, 1, "a permission line");
        assertThat(at.getMessage()).isEqualTo("icacls.txt:11: a permission line");
        assertThat(Win.fail(c, 0, "x").line()).isEqualTo(10);
        assertThat(Win.fail(c, -1, "anything").getMessage()).isEqualTo("icacls.txt: anything");
    }

    @Test
    void wellKnownPrincipalsInAnyKnownLanguageGiveTheirSid() {
        assertThat(Win.sidOf("VORDEFINIERT\\Administratoren")).isEqualTo("S-1-5-32-544");
        assertThat(Win.sidOf("BUILTIN\\Remote Desktop Users")).isEqualTo("S-1-5-32-555");
        assertThat(Win.sidOf("Jeder")).isEqualTo("S-1-1-0");
        assertThat(Win.sidOf("NT-AUTORITÄT\\SYSTEM")).isEqualTo("S-1-5-18");
        assertThat(Win.sidOf("AUTORITE NT\\Utilisateurs authentifiés")).isEqualTo("S-1-5-11");
        assertThat(Win.sidOf(" *S-1-5-32-555 ")).isEqualTo("S-1-5-32-555");
        assertThat(Win.sidOf("s-1-5-21-1-2-3-500")).isEqualTo("S-1-5-21-1-2-3-500");
        assertThat(Win.sidOf("NT SERVICE\\TrustedInstaller")).startsWith("S-1-5-80-");
        // a domain that is not built in, or a name not known
        assertThat(Win.sidOf("CONTOSO\\Administrators")).isNull();
        assertThat(Win.sidOf("CONTOSO\\Domain Admins")).isNull();
        assertThat(Win.sidOf("alice")).isNull();
        assertThat(Win.sidOf("S-1-X")).isNull();
        assertThat(Win.sidOf(null)).isNull();
    }

    @Test
    void localizedYesNoDirectionActionStateAndProfile() {
        assertThat(List.of("Yes", "Ja", "Oui", "Sí", "True", "Ein", "Aktiviert", "1")).allMatch(v -> Win.yesNo(v) == Boolean.TRUE);
        assertThat(List.of("No", "Nein", "Non", "Nee", "False", "Aus", "Deaktiviert", "0")).allMatch(v -> Win.yesNo(v) == Boolean.FALSE);
        assertThat(Win.yesNo("maybe")).isNull();
        assertThat(Win.direction("Eingehend")).isEqualTo(Direction.INBOUND);
        assertThat(Win.direction("Sortant")).isEqualTo(Direction.OUTBOUND);
        assertThat(Win.direction("sideways")).isNull();
        assertThat(Win.action("Zulassen")).isEqualTo(RuleAction.ALLOW);
        assertThat(Win.action("Bloquer")).isEqualTo(RuleAction.BLOCK);
        assertThat(Win.action("Umgehen")).isEqualTo(RuleAction.BYPASS);
        assertThat(Win.action("ask")).isNull();
        assertThat(Win.policyState("Activée")).isEqualTo(PolicyState.ENABLED);
        assertThat(Win.policyState("Deaktiviert")).isEqualTo(PolicyState.DISABLED);
        assertThat(Win.policyState("Nicht  konfiguriert")).isEqualTo(PolicyState.NOT_CONFIGURED);
        assertThat(Win.policyState("perhaps")).isNull();
        assertThat(Win.profile("Domäne")).isEqualTo("Domain");
        assertThat(Win.profile("Privé")).isEqualTo("Private");
        assertThat(Win.profile("Öffentlich")).isEqualTo("Public");
        assertThat(Win.profile("Beliebig")).isEqualTo("Any");
        assertThat(Win.profile("Home")).isNull();
        assertThat(Win.isAny("Cualquiera")).isTrue();
        assertThat(Win.isAny(" * ")).isTrue();
        assertThat(Win.isAny("Public")).isFalse();
        assertThat(Win.isAny("3389")).isFalse();
    }

    @Test
    void datesInTheLocalesWindowsPrintsThemAreIso8601() {
        assertThat(Win.isoDate("2025-09-01")).isEqualTo("2025-09-01");
        assertThat(Win.isoDate("1.9.2025")).isEqualTo("2025-09-01");
        assertThat(Win.isoDate("01-09-2025")).isEqualTo("2025-09-01");
        assertThat(Win.isoDate("01/09/2025 14:05:07")).isEqualTo("2025-09-01T14:05:07");
        assertThat(Win.isoDate("9/1/2025 2:05:07 PM")).isEqualTo("2025-09-01T14:05:07");
        assertThat(Win.isoDate("9/1/2025 10:00 AM")).isEqualTo("2025-09-01T10:00:00");
        assertThat(Win.isoDate("01.09.2025, 10:00")).isEqualTo("2025-09-01T10:00:00");
        // month first only with a slash and AM/PM (US English); a dotted date stays day first
        assertThat(Win.isoDate("1.9.2025 10:00 AM")).isEqualTo("2025-09-01T10:00:00");
        assertThat(Win.isoDate("2025-09-01T10:00:00.1234567")).isEqualTo("2025-09-01T10:00:00");
        assertThat(Win.isoDate("2025-09-01 10:00:00\u00A0p.m.")).isEqualTo("2025-09-01T22:00:00");
    }

    @Test
    void twelveOClockWithAmPmIsMidnightOrNoonAndHoursOutsideOneToTwelveAreNoTime() {
        assertThat(Win.isoDate("9/1/2025 12:00:00 AM")).isEqualTo("2025-09-01T00:00:00");
        assertThat(Win.isoDate("9/1/2025 12:30:00 PM")).isEqualTo("2025-09-01T12:30:00");
        assertThat(Win.isoDate("9/1/2025 1:00:00 AM")).isEqualTo("2025-09-01T01:00:00");
        assertThat(Win.isoDate("9/1/2025 0:30:00 AM")).isNull();
        assertThat(Win.isoDate("9/1/2025 13:00:00 PM")).isNull();
    }

    @Test
    void whatIsNoDateOrAmbiguousIsNull() {
        assertThat(Win.isoDate("01.09.25")).isNull();          // two-digit year
        assertThat(Win.isoDate("31.02.2025")).isNull();        // no such day
        assertThat(Win.isoDate("2025-13-01")).isNull();
        assertThat(Win.isoDate("Monday")).isNull();
        assertThat(Win.isoDate("99999999999/1/2025")).isNull(); // not a number Java can hold, not a date
        assertThat(Win.isoDate(null)).isNull();
    }
}
