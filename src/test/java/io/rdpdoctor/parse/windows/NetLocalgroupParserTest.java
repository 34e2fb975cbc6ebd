package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.GroupMember;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the group named by its SID when well
 * known, the area collected for Remote Desktop Users only, the members up to the completion line,
 * a paste with its padding collapsed, and the output that cannot be read. The lines are the
 * javadoc's (net localgroup "Remote Desktop Users").
 */
class NetLocalgroupParserTest {

    private static final String DASHES = "-------------------------------------------------------------------------------";

    private final NetLocalgroupParser parser = new NetLocalgroupParser();

    private static Capture capture(String... lines) {
        return new Capture("group.txt", null, List.of(lines), 1);
    }

    @Test
    void theRemoteDesktopUsersAndTheirMembersUpToTheCompletionLine() throws ParseException {
        Capture c = capture("", "Alias name     Remote Desktop Users",
                "Comment        Members in this group are granted the right to logon remotely", "", "Members", "", DASHES,
                "CONTOSO\\user1", "", "NT AUTHORITY\\Authenticated Users", "The command completed successfully.", "", "CONTOSO\\after");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new GroupMember("S-1-5-32-555", "Remote Desktop Users", "CONTOSO\\user1", null, c.source(7)),
                new GroupMember("S-1-5-32-555", "Remote Desktop Users", "NT AUTHORITY\\Authenticated Users", "S-1-5-11", c.source(9)));
        assertThat(p.collected()).containsExactly(Area.GROUP_MEMBERS);
    }

    @Test
    void anotherGroupGivesItsMembersWithoutClaimingTheArea() throws ParseException {
        Capture c = capture("Alias name\tRDP Helpdesk", "Comment", "", "Members", "", DASHES, "CONTOSO\\svc-backup",
                "The command completed successfully.");
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new GroupMember("RDP Helpdesk", "RDP Helpdesk", "CONTOSO\\svc-backup", null, c.source(6)));
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void aPasteWithItsPaddingCollapsed() throws ParseException {
        Capture c = capture("Aliasname Administratoren", "Beschreibung Administratoren haben vollständigen Zugriff", "", "Mitglieder", "",
                DASHES, "Administrator", "Der Befehl wurde erfolgreich ausgeführt.");
        assertThat(parser.parse(c).facts()).containsExactly(
                new GroupMember("S-1-5-32-544", "Administratoren", "Administrator", null, c.source(6)));
    }

    @Test
    void theCompletionLineOfEachLanguageEndsTheMembers() throws ParseException {
        for (String done : List.of("Se ha completado el comando correctamente.", "El comando se ha completado correctamente.",
                "La commande s'est terminée correctement.", "De opdracht is voltooid.", "Der Befehl wurde erfolgreich ausgeführt.")) {
            Capture c = capture("Alias name     RDP Helpdesk", "", DASHES, "CONTOSO\\user1", done, "CONTOSO\\user2");
            assertThat(parser.parse(c).facts()).as(done).hasSize(1);
        }
    }

    @Test
    void theOutputThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(capture("", " "))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("group.txt:1: expected net localgroup output");
        assertThatThrownBy(() -> parser.parse(capture("", "Group name     Remote Desktop Users"))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("group.txt:2: expected \"Alias name\"");
        assertThatThrownBy(() -> parser.parse(capture("Alias name     Remote Desktop Users", "Members", "CONTOSO\\user1")))
                .isInstanceOf(ParseException.class).hasMessage("group.txt:1: expected a line of dashes before the members");
        assertThat(parser.recognises(capture("Alias name     Remote Desktop Users", "Members"))).isFalse();
        assertThat(parser.recognises(capture("Name     Remote Desktop Users", DASHES))).isFalse();
        assertThat(parser.recognises(capture("", ""))).isFalse();
    }
}
