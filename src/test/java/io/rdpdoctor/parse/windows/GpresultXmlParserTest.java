package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * gpresult /x on its samples (en-1: policies, en-2: user rights) and variations of them: what the
 * javadoc says is read (winning GPO, its name and link, the first option value, rights as SIDs),
 * what is left out, and the errors.
 */
class GpresultXmlParserTest {

    static final Path DIR = Path.of("src/test/resources/parsers/gpresult-x");
    final GpresultXmlParser parser = new GpresultXmlParser();

    static String sample(String name) throws Exception {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    static Capture capture(String text) {
        return new Capture("gpresult.xml", null, CaptureText.lines(text), 1);
    }

    List<Fact> facts(String text) throws ParseException {
        return parser.parse(capture(text)).facts();
    }

    static String en1() throws Exception {
        return sample("en-1-constructed.txt");
    }

    static GpoSetting setting(List<Fact> facts, String policy) {
        return facts.stream().filter(f -> f instanceof GpoSetting g && g.policy().equals(policy)).map(f -> (GpoSetting) f)
                .findFirst().orElseThrow(() -> new AssertionError("no " + policy + " in " + facts));
    }

    @Test
    void theWinningRemoteDesktopPoliciesWithTheirGpoLinkValueAndLine() throws Exception {
        List<Fact> facts = facts(en1());
        assertThat(facts).hasSize(2); // the precedence-2 duplicate and Windows Error Reporting are left out
        GpoSetting allow = setting(facts, GpoSetting.ALLOW_REMOTE_CONNECTIONS);
        assertThat(allow.state()).isEqualTo(PolicyState.DISABLED);
        assertThat(allow.gpo()).isEqualTo("RDP Lockdown");
        assertThat(allow.scope()).isEqualTo("contoso.local/Servers");
        assertThat(allow.value()).isNull();
        assertThat(allow.source().line()).isEqualTo(67);
        GpoSetting layer = setting(facts, "Require use of specific security layer for remote (RDP) connections");
        assertThat(layer.value()).isEqualTo("SSL");
        assertThat(layer.source().line()).isEqualTo(91);
    }

    @Test
    void recognisedByItsRsopRootInTheFirstFiveLines() throws Exception {
        assertThat(parser.recognises(capture(en1()))).isTrue();
        assertThat(parser.recognises(capture("<?xml version=\"1.0\"?>\n<rsop xmlns=\"http://www.microsoft.com/GroupPolicy/Rsop\">"))).isTrue();
        assertThat(parser.recognises(capture("<rsop>\n</rsop>"))).isFalse();
        assertThat(parser.recognises(capture("\n\n\n\n\n<Rsop>"))).isFalse();
        assertThat(parser.recognises(capture("\n\n\n\n<Rsop>"))).isTrue();
    }

    @Test
    void aByteOrderMarkOrAnXmlDeclarationIsNoObstacle() throws Exception {
        assertThat(facts("\uFEFF" + en1())).hasSize(2);
        assertThat(facts(en1().replaceFirst("^<\\?xml[^>]*\\?>", ""))).hasSize(2);
    }

    @Test
    void aPolicyOfARemoteDesktopCategoryIsKeptUnderItsShownName() throws Exception {
        String other = en1().replace("<q1:Category>Windows Components/Windows Error Reporting</q1:Category>",
                "<q1:Category>Windows Components/Remote Desktop Services/Remote Desktop Session Host/Printer Redirection</q1:Category>");
        GpoSetting wer = setting(facts(other), "Turn off Windows Error Reporting");
        assertThat(wer.state()).isEqualTo(PolicyState.ENABLED);
        assertThat(wer.gpo()).isEqualTo("Default Domain Policy");
        assertThat(wer.scope()).isEqualTo("contoso.local");
        // without a category and not a known policy: left out
        String noCategory = en1().replace("<q1:Category>Windows Components/Windows Error Reporting</q1:Category>", "");
        assertThat(facts(noCategory)).hasSize(2);
    }

    @Test
    void aKnownPolicyIsKeptWhateverItsCategoryAndOneWithoutNameIsAnError() throws Exception {
        String moved = en1().replace("<q1:Category>Windows Components/Remote Desktop Services/Remote Desktop Session Host/Connections</q1:Category>",
                "<q1:Category>Somewhere else</q1:Category>");
        assertThat(setting(facts(moved), GpoSetting.ALLOW_REMOTE_CONNECTIONS).state()).isEqualTo(PolicyState.DISABLED);
        String nameless = en1().replace("<q1:Name>Turn off Windows Error Reporting</q1:Name>", "")
                .replace("<q1:Category>Windows Components/Windows Error Reporting</q1:Category>",
                        "<q1:Category>Windows Components/Remote Desktop Services/Remote Desktop Session Host/Printer Redirection</q1:Category>");
        assertThatThrownBy(() -> facts(nameless)).isInstanceOf(ParseException.class)
                .hasMessageContaining("expected <Name> and <State> Enabled/Disabled in policy 'null'; read state 'Enabled'");
    }

    @Test
    void aUserRightShownByItsGermanNameIsItsConstant() throws Exception {
        String german = sample("en-2-rights-constructed.txt").replace("<q2:Name>SeRemoteInteractiveLogonRight</q2:Name>",
                "<q2:Name>Anmelden über Remotedesktopdienste zulassen</q2:Name>");
        assertThat(facts(german)).extracting(f -> ((UserRight) f).right()).first().isEqualTo(UserRight.ALLOW_RDS_LOGON);
    }

    @Test
    void precedenceMayBeMissingOrPadded() throws Exception {
        String padded = en1().replace("<Precedence xmlns=\"http://www.microsoft.com/GroupPolicy/Settings/Base\">2</Precedence>",
                "<Precedence xmlns=\"http://www.microsoft.com/GroupPolicy/Settings/Base\"> 1 </Precedence>");
        assertThat(facts(padded).stream().filter(f -> ((GpoSetting) f).policy().equals(GpoSetting.ALLOW_REMOTE_CONNECTIONS))).hasSize(2);
        String none = en1().replaceAll("<Precedence [^>]*>\\d</Precedence>", "");
        assertThat(facts(none)).hasSize(3);
    }

    @Test
    void theGpoIsNamedFromItsListWithItsLinkOrByWhatTheSettingSays() throws Exception {
        String guid = "{4F1B2C3D-7A8E-4B6C-9D0E-1F2A3B4C5D6E}";
        // the setting's own name wins; the link is the listed GPO's
        String named = en1().replaceFirst("(" + java.util.regex.Pattern.quote(guid) + "</Identifier>\\s*<Domain[^>]*>contoso.local</Domain>\\s*</GPO>\\s*<Precedence)",
                guid + "</Identifier><Name>Lockdown (as shown)</Name></GPO><Precedence");
        assertThat(named).contains("Lockdown (as shown)");
        GpoSetting s = setting(facts(named), GpoSetting.ALLOW_REMOTE_CONNECTIONS);
        assertThat(s.gpo()).isEqualTo("Lockdown (as shown)");
        assertThat(s.scope()).isEqualTo("contoso.local/Servers");
        // a GPO not in the list: its identifier, no link
        String unlisted = en1().replace("<Path>\r\n", "<Path>\n").replaceFirst("(<Path>\\s*<Identifier[^>]*>)" + java.util.regex.Pattern.quote(guid),
                "$1{00000000-0000-0000-0000-000000000001}");
        assertThat(unlisted).contains("{00000000-0000-0000-0000-000000000001}");
        GpoSetting u = setting(facts(unlisted), GpoSetting.ALLOW_REMOTE_CONNECTIONS);
        assertThat(u.gpo()).isEqualTo(guid);
        // a GPO listed without path or link: its name is unknown by identifier, and there is no scope
        String noLink = en1().replaceAll("(?s)<Link>.*?</Link>", "");
        assertThat(setting(facts(noLink), GpoSetting.ALLOW_REMOTE_CONNECTIONS)).satisfies(g -> {
            assertThat(g.gpo()).isEqualTo("RDP Lockdown");
            assertThat(g.scope()).isNull();
        });
        String noPath = en1().replaceAll("(?s)<Path>.*?</Path>", "");
        assertThat(setting(facts(noPath), GpoSetting.ALLOW_REMOTE_CONNECTIONS).gpo()).isEqualTo(guid);
        // a setting without its GPO
        String noGpo = en1().replaceAll("(?s)<GPO xmlns=\"http://www.microsoft.com/GroupPolicy/Settings/Base\">.*?</GPO>", "");
        assertThat(setting(facts(noGpo), GpoSetting.ALLOW_REMOTE_CONNECTIONS)).satisfies(g -> {
            assertThat(g.gpo()).isNull();
            assertThat(g.scope()).isNull();
        });
    }

    @Test
    void theFirstOptionValueIsADropDownChoiceANumberOrAText() throws Exception {
        String layer = "Require use of specific security layer for remote (RDP) connections";
        String numeric = en1().replaceAll("(?s)<q1:DropDownList>.*?</q1:DropDownList>",
                "<q1:DropDownList><q1:Name>x</q1:Name></q1:DropDownList><q1:Numeric><q1:Name>Level</q1:Name><q1:Value>2</q1:Value></q1:Numeric>");
        assertThat(setting(facts(numeric), layer).value()).isEqualTo("2");
        String text = en1().replaceAll("(?s)<q1:DropDownList>.*?</q1:DropDownList>",
                "<q1:EditText><q1:Value>  </q1:Value></q1:EditText><q1:EditText><q1:Value>Negotiate</q1:Value></q1:EditText>");
        assertThat(setting(facts(text), layer).value()).isEqualTo("Negotiate");
        String emptyChoice = en1().replaceAll("(?s)<q1:Value>\\s*<q1:Name>SSL</q1:Name>\\s*</q1:Value>", "<q1:Value/>");
        assertThat(setting(facts(emptyChoice), layer).value()).isNull();
    }

    @Test
    void userRightsAreReadAsSidsWhereGivenOrWellKnownElseByName() throws Exception {
        List<Fact> facts = facts(sample("en-2-rights-constructed.txt"));
        assertThat(facts).filteredOn(f -> f instanceof UserRight).extracting(f -> ((UserRight) f).right() + " " + ((UserRight) f).principals())
                .containsExactly("SeRemoteInteractiveLogonRight [S-1-5-32-544, S-1-5-21-1004336348-1177238915-682003330-1113]",
                        "SeDenyRemoteInteractiveLogonRight [S-1-5-32-555, CONTOSO\\svc-backup]");
        assertThat(facts).extracting(f -> ((UserRight) f).source().line()).containsExactly(48, 64);
        String lost = sample("en-2-rights-constructed.txt").replace("<q2:Name>SeDenyRemoteInteractiveLogonRight</q2:Name>", "")
                .replaceFirst("(<Precedence[^>]*>)1(</Precedence>\\s*<q2:Name>SeRemote)", "$12$2");
        assertThat(facts(lost)).isEmpty();
        String shown = sample("en-2-rights-constructed.txt").replace("SeDenyRemoteInteractiveLogonRight", "Some other right");
        assertThat(facts(shown)).extracting(f -> ((UserRight) f).right()).containsExactly("SeRemoteInteractiveLogonRight", "Some other right");
        String memberless = sample("en-2-rights-constructed.txt").replace("<Name xmlns=\"http://www.microsoft.com/GroupPolicy/Types\">CONTOSO\\svc-backup</Name>", "");
        assertThat(facts(memberless)).extracting(f -> ((UserRight) f).principals().size()).containsExactly(2, 1);
    }

    @Test
    void aPolicyWithoutAKnownStateIsAnErrorThatSaysWhatWasRead() throws Exception {
        String maybe = en1().replace("<q1:State>Disabled</q1:State>", "<q1:State>Perhaps</q1:State>");
        assertThatThrownBy(() -> facts(maybe)).isInstanceOf(ParseException.class)
                .hasMessage("gpresult.xml:67: expected <Name> and <State> Enabled/Disabled in policy "
                        + "'Allow users to connect remotely by using Remote Desktop Services'; read state 'Perhaps'");
        String noState = en1().replace("<q1:State>Disabled</q1:State>", "");
        assertThatThrownBy(() -> facts(noState)).isInstanceOf(ParseException.class).hasMessageEndingWith("read state 'null'");
    }

    @Test
    void otherXmlIsAnErrorWithItsLine() throws Exception {
        assertThatThrownBy(() -> facts("<Other>\n</Other>")).isInstanceOf(ParseException.class)
                .hasMessage("gpresult.xml:1: expected gpresult /x XML with an <Rsop> root element");
        assertThatThrownBy(() -> facts("<Rsop xmlns=\"http://www.microsoft.com/GroupPolicy/Rsop\">\n<UserResults/>\n</Rsop>"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("gpresult.xml:1: expected <ComputerResults>");
        assertThatThrownBy(() -> facts("<Rsop>\n<ComputerResults>\n<broken\n</Rsop>")).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("gpresult.xml:4: expected gpresult /x XML: ");
        assertThatThrownBy(() -> facts("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Rsop>&e;</Rsop>"))
                .isInstanceOf(ParseException.class).hasMessageContaining("expected gpresult /x XML");
    }
}
