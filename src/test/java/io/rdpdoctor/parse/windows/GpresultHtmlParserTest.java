package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: how a report is recognised, a report cut
 * off, which tables hold policies, where a policy's option is (a row below or a table right after),
 * the rights read from the three-column table, and when the group-policy area counts as collected.
 * The rows are the en-1 sample's.
 */
class GpresultHtmlParserTest {

    private static final String HEAD = "<tr><th scope=\"col\">Policy</th><th scope=\"col\">Setting</th><th scope=\"col\">Comment</th><th scope=\"col\">Winning GPO</th></tr>";
    private static final String DENY_RDP = "<tr><td>Allow users to connect remotely by using Remote Desktop Services</td><td>Disabled</td><td></td><td>RDP Lockdown</td></tr>";
    private static final String SECURITY_LAYER = "<tr><td>Require use of specific security layer for remote (RDP) connections</td><td>Enabled</td><td></td><td>RDP Lockdown</td></tr>";
    private static final String SSL = "<table class=\"subtable\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>Security Layer</td><td>SSL</td></tr></table>";
    private static final String RIGHTS_HEAD = "<tr><th scope=\"col\">Policy</th><th scope=\"col\">Setting</th><th scope=\"col\">Winning GPO</th></tr>";
    private static final String COMPUTER = "<div class=\"he0_expanded\"><span class=\"sectionTitle\" tabindex=\"0\">Computer Details</span></div>";

    private final GpresultHtmlParser parser = new GpresultHtmlParser();

    private static Capture report(String... body) {
        List<String> lines = new ArrayList<>(List.of("<html dir=\"ltr\">", "<body>"));
        lines.addAll(List.of(body));
        lines.addAll(List.of("</body>", "</html>"));
        return new Capture("gp.html", null, lines, 1);
    }

    @Test
    void recognisedByAnHtmlPageWithGpresultsMarks() {
        assertThat(parser.recognises(report(COMPUTER))).isTrue();
        assertThat(parser.recognises(report("<span class=\"sectionTitle\">Settings</span>"))).isTrue();
        assertThat(parser.recognises(report("<div gpmc_reportInitialized=\"false\">"))).isTrue();
        assertThat(parser.recognises(report("<p>Hello</p>"))).isFalse();
        assertThat(parser.recognises(new Capture("gp.html", null, List.of(COMPUTER), 1))).isFalse();
    }

    @Test
    void aPolicyRowWithItsOptionBelowAndItsGpo() throws ParseException {
        Capture c = report(COMPUTER, "<table class=\"info3\">", HEAD, DENY_RDP, SECURITY_LAYER,
                "<tr><td colspan=\"4\">" + SSL + "</td></tr>",
                "<tr><td>Set client connection encryption level</td><td>Enabled</td><td></td><td></td></tr>", "</table>");
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new GpoSetting("Allow users to connect remotely by using Remote Desktop Services", PolicyState.DISABLED, null, "RDP Lockdown", null, c.source(5)),
                new GpoSetting("Require use of specific security layer for remote (RDP) connections", PolicyState.ENABLED, "SSL", "RDP Lockdown", null, c.source(6)),
                new GpoSetting("Set client connection encryption level", PolicyState.ENABLED, null, null, null, c.source(8)));
        assertThat(p.collected()).containsExactly(Area.GROUP_POLICY);
    }

    @Test
    void theOptionInATableRightAfterThePolicysTableWhenItIsTheLastRow() throws ParseException {
        Capture last = report(COMPUTER, "<div><table class=\"info3\">" + HEAD + SECURITY_LAYER + "</table>" + SSL + "</div>");
        assertThat(((GpoSetting) parser.parse(last).facts().get(0)).value()).isEqualTo("SSL");
        Capture notLast = report(COMPUTER, "<div><table class=\"info3\">" + HEAD + SECURITY_LAYER + DENY_RDP + "</table>" + SSL + "</div>");
        assertThat(((GpoSetting) parser.parse(notLast).facts().get(0)).value()).isNull();
        Capture headed = report(COMPUTER, "<div><table class=\"info3\">" + HEAD + SECURITY_LAYER + "</table><table>" + RIGHTS_HEAD
                + "<tr><td>Security Layer</td><td>SSL</td><td>x</td></tr></table></div>");
        assertThat(((GpoSetting) parser.parse(headed).facts().get(0)).value()).isNull();
        Capture blankFirst = report(COMPUTER, "<div><table class=\"info3\">" + HEAD + SECURITY_LAYER
                + "</table><table><tr><td>Note</td><td> </td></tr><tr><td>Security Layer</td><td>Negotiate</td></tr></table></div>");
        assertThat(((GpoSetting) parser.parse(blankFirst).facts().get(0)).value()).isEqualTo("Negotiate");
    }

    @Test
    void theRightsOfTheThreeColumnTable() throws ParseException {
        Capture c = report(COMPUTER, "<table>", RIGHTS_HEAD,
                "<tr><td>Allow log on through Remote Desktop Services</td><td>BUILTIN\\Administrators, , CONTOSO\\rdp-users</td><td>Default Domain Policy</td></tr>",
                "</table>", "<table>", HEAD,
                "<tr><td>Deny log on through Remote Desktop Services</td><td>CONTOSO\\svc-backup</td><td></td><td>RDP Lockdown</td></tr>", "</table>");
        assertThat(parser.parse(c).facts()).containsExactly(
                new UserRight(UserRight.ALLOW_RDS_LOGON, List.of("*S-1-5-32-544", "CONTOSO\\rdp-users"), c.source(5)));
    }

    @Test
    void aTableWithFewerThanThreeHeadersOrARowOfOtherWidthIsNotRead() throws ParseException {
        Capture c = report(COMPUTER, "<table><tr><th>Policy</th><th>Setting</th></tr>",
                "<tr><td>Allow users to connect remotely by using Remote Desktop Services</td><td>Disabled</td></tr></table>",
                "<table>" + HEAD, "<tr><td>Allow users to connect remotely by using Remote Desktop Services</td><td>Disabled</td><td>RDP Lockdown</td></tr></table>");
        Parsed p = parser.parse(c);
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void collectedOnlyWithComputerResultsAndAPolicyRowRead() throws ParseException {
        String otherPolicy = "<tr><td>Turn off Autoplay</td><td>Enabled</td><td></td><td>Workstation Baseline</td></tr>";
        Parsed none = parser.parse(report(COMPUTER, "<table>" + HEAD + otherPolicy + "</table>"));
        assertThat(none.facts()).isEmpty();
        assertThat(none.collected()).containsExactly(Area.GROUP_POLICY);
        assertThat(parser.parse(report("<table>" + HEAD + otherPolicy + "</table>")).collected()).isEmpty();
        assertThat(parser.parse(report(COMPUTER, "<table>" + HEAD + "<tr><td>Turn off Autoplay</td><td></td><td></td><td></td></tr></table>"))
                .collected()).isEmpty();
    }

    @Test
    void aPolicyWhoseSettingIsNoStateFailsAtItsRow() {
        Capture c = report(COMPUTER, "<table>", HEAD,
                "<tr><td>Allow users to connect remotely by using Remote Desktop Services</td><td>Maybe</td><td></td><td>RDP Lockdown</td></tr>", "</table>");
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class).hasMessageContaining("gp.html:6")
                .hasMessageContaining("read 'Maybe'");
    }

    @Test
    void whatIsNoReport() throws ParseException {
        assertThatThrownBy(() -> parser.parse(new Capture("gp.html", null, List.of("Group Policy Results"), 1)))
                .isInstanceOf(ParseException.class).hasMessageContaining("expected the HTML report written by gpresult /h");
        Capture cut = new Capture("gp.html", null, List.of("<html>", "<body>", COMPUTER, "<table>" + HEAD), 1);
        assertThatThrownBy(() -> parser.parse(cut)).isInstanceOf(ParseException.class).hasMessageStartingWith("gp.html:4: ")
                .hasMessageContaining("cut off");
        assertThatThrownBy(() -> parser.parse(report(COMPUTER))).isInstanceOf(ParseException.class)
                .hasMessageContaining("tables of policies");
        // a fragment of the report (its tables, without the page) is read
        Capture fragment = new Capture("gp.html", null, List.of("<table>", HEAD, DENY_RDP, "</table>"), 1);
        assertThat(parser.parse(fragment).facts()).hasSize(1);
    }
}
