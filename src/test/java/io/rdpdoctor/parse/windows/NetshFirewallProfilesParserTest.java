package io.rdpdoctor.parse.windows;

import static io.rdpdoctor.parse.windows.NetshFirewallProfilesParser.profileOfTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.FirewallProfile;
import io.rdpdoctor.facts.NetworkCategory;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the profile titles of the languages, each
 * firewall policy (BlockInboundAlways: no inbound rule applies), the area collected only when all
 * three profiles are listed, a profile listed twice, and the sections that cannot be read. The
 * sections are the en-1 sample's (netsh advfirewall show currentprofile).
 */
class NetshFirewallProfilesParserTest {

    private static final String DASHES = "----------------------------------------------------------------------";

    private final NetshFirewallProfilesParser parser = new NetshFirewallProfilesParser();

    private static List<String> section(String title, String state, String policy) {
        return List.of(title, DASHES,
                "State                                 " + state,
                "Firewall Policy                       " + policy,
                "LocalFirewallRules                    N/A (GPO-store only)",
                "InboundUserNotification               Disable",
                "");
    }

    private static Capture capture(List<String>... sections) {
        List<String> lines = new ArrayList<>(List.of(""));
        for (List<String> s : sections) lines.addAll(s);
        lines.add("Ok.");
        return new Capture("fw.txt", null, lines, 1);
    }

    @Test
    void theProfileTitlesOfTheLanguages() {
        assertThat(profileOfTitle("Domain Profile Settings:")).isEqualTo(NetworkCategory.DOMAIN);
        assertThat(profileOfTitle("Private Profile Settings: ")).isEqualTo(NetworkCategory.PRIVATE);
        assertThat(profileOfTitle("Public Profile Settings:")).isEqualTo(NetworkCategory.PUBLIC);
        assertThat(profileOfTitle("Domänenprofil-Einstellungen:")).isEqualTo(NetworkCategory.DOMAIN);
        assertThat(profileOfTitle("Privates Profil-Einstellungen:")).isEqualTo(NetworkCategory.PRIVATE);
        assertThat(profileOfTitle("Öffentliches Profil-Einstellungen:")).isEqualTo(NetworkCategory.PUBLIC);
        assertThat(profileOfTitle("Paramètres Profil privé :")).isEqualTo(NetworkCategory.PRIVATE);
        assertThat(profileOfTitle("Configuración de perfil de dominio:")).isEqualTo(NetworkCategory.DOMAIN);
        assertThat(profileOfTitle("Configuración de perfil público:")).isEqualTo(NetworkCategory.PUBLIC);
        assertThat(profileOfTitle("Domain Profile Settings")).isNull();
        assertThat(profileOfTitle("Logging:")).isNull();
        assertThat(profileOfTitle("Profile Settings:")).isNull();
        assertThat(profileOfTitle("Domain Profile Settings " + "x".repeat(70) + ":")).isNull();
    }

    @Test
    void allThreeProfilesAreCollectedWithTheirPolicies() throws ParseException {
        Capture c = capture(section("Domain Profile Settings:", "ON", "BlockInbound,AllowOutbound"),
                section("Private Profile Settings:", "OFF", "AllowInbound,AllowOutbound"),
                section("Public Profile Settings:", "ON", "BlockInboundAlways,AllowOutbound"));
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new FirewallProfile(NetworkCategory.DOMAIN, true, RuleAction.BLOCK, true, c.source(3)),
                new FirewallProfile(NetworkCategory.PRIVATE, false, RuleAction.ALLOW, true, c.source(10)),
                new FirewallProfile(NetworkCategory.PUBLIC, true, RuleAction.BLOCK, false, c.source(17)));
        assertThat(p.collected()).containsExactly(Area.FIREWALL_PROFILES);
    }

    @Test
    void oneProfileOrTheSameTwiceIsNotAllThree() throws ParseException {
        Capture c = capture(section("Domain Profile Settings:", "ON", "NotConfigured"),
                section("Domain Profile Settings:", "OFF", "AllowInbound,AllowOutbound"),
                section("Private Profile Settings:", "ON", "BlockInbound,AllowOutbound"));
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new FirewallProfile(NetworkCategory.DOMAIN, true, null, null, c.source(3)),
                new FirewallProfile(NetworkCategory.PRIVATE, true, RuleAction.BLOCK, true, c.source(17)));
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void aLabelAndValueApartByOneSpaceAndLinesWithoutValue() throws ParseException {
        Capture c = new Capture("fw.txt", null, List.of("Domain Profile Settings:", DASHES, "Logging", "State ON",
                "Firewall Policy BlockInbound,AllowOutbound"), 1);
        assertThat(parser.parse(c).facts()).containsExactly(new FirewallProfile(NetworkCategory.DOMAIN, true, RuleAction.BLOCK, true, c.source(3)));
    }

    @Test
    void theSectionsThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(capture(section("Domain Profile Settings:", "MAYBE", "BlockInbound,AllowOutbound"))))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:4: expected the profile state ON or OFF (EIN/AUS, Actif/Inactif); read 'MAYBE'");
        assertThatThrownBy(() -> parser.parse(capture(section("Domain Profile Settings:", "ON", "Whatever"))))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:2: expected a firewall policy");
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, List.of("Domain Profile Settings:", DASHES, "Firewall Policy  BlockInbound"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:1: expected a State line");
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, List.of("", "Domain Profile Settings:"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:1: expected netsh advfirewall profile sections");
        assertThat(parser.recognises(new Capture("fw.txt", null, List.of("Domain Profile Settings:", "State ON"), 1))).isFalse();
    }

    @Test
    void aTitleIsAtMostEightyCharactersAndLookedForInTheFirstTwoHundredLines() throws ParseException {
        String title80 = "Domain Profile Settings" + " ".repeat(56) + ":";
        assertThat(title80).hasSize(80);
        assertThat(profileOfTitle(title80)).isEqualTo(NetworkCategory.DOMAIN);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 199; i++) lines.add("");
        lines.addAll(section("Domain Profile Settings:", "ON", "BlockInbound,AllowOutbound"));
        assertThat(parser.recognises(new Capture("fw.txt", null, lines, 1))).isTrue();
        lines.add(0, "");
        assertThat(parser.recognises(new Capture("fw.txt", null, lines, 1))).isFalse();
        Capture titleLast = new Capture("fw.txt", null, List.of("Domain Profile Settings:", DASHES, "State ON", "", "Private Profile Settings:"), 1);
        assertThat(parser.parse(titleLast).facts()).containsExactly(new FirewallProfile(NetworkCategory.DOMAIN, true, null, null, titleLast.source(2)));
    }
}
