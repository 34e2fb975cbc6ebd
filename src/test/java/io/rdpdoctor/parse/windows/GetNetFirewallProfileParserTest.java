package io.rdpdoctor.parse.windows;

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
 * What the class javadoc promises beyond the sample pairs: NotConfigured leaves the defaults unknown,
 * Enabled must be True or False, the area is collected with all three profiles only, and the
 * profiles that cannot be read. The block is the javadoc's.
 */
class GetNetFirewallProfileParserTest {

    private final GetNetFirewallProfileParser parser = new GetNetFirewallProfileParser();

    private static List<String> profile(String name, String enabled, String inbound, String rules) {
        return new ArrayList<>(List.of("Name                            : " + name, "Enabled                         : " + enabled,
                "DefaultInboundAction            : " + inbound, "DefaultOutboundAction           : Allow",
                "AllowInboundRules               : " + rules, ""));
    }

    @Test
    void allThreeProfilesAreCollected() throws ParseException {
        List<String> lines = profile("Domain", "True", "Block", "True");
        lines.addAll(profile("Private", "False", "Allow", "False"));
        lines.addAll(profile("public", "True", "NotConfigured", "NotConfigured"));
        Capture c = new Capture("fw.txt", null, lines, 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new FirewallProfile(NetworkCategory.DOMAIN, true, RuleAction.BLOCK, true, c.source(0)),
                new FirewallProfile(NetworkCategory.PRIVATE, false, RuleAction.ALLOW, false, c.source(6)),
                new FirewallProfile(NetworkCategory.PUBLIC, true, null, null, c.source(12)));
        assertThat(p.collected()).containsExactly(Area.FIREWALL_PROFILES);
    }

    @Test
    void fewerThanThreeIsNotCollected() throws ParseException {
        List<String> lines = profile("Domain", "True", "Block", "True");
        lines.addAll(profile("Domain", "True", "", ""));
        lines.addAll(profile("Private", "True", "Block", "True"));
        Parsed p = parser.parse(new Capture("fw.txt", null, lines, 1));
        assertThat(p.facts()).hasSize(3);
        assertThat(((FirewallProfile) p.facts().get(1)).defaultInbound()).isNull();
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void theProfilesThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, profile("Home", "True", "Block", "True"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:1: expected a firewall profile Name Domain, Private or Public; read 'Home'");
        List<String> noName = profile("x", "True", "Block", "True");
        noName.remove(0);
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, noName, 1)))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:1: expected a firewall profile Name Domain, Private or Public; read 'null'");
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, profile("Domain", "NotConfigured", "Block", "True"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:2: expected Enabled True or False; read 'NotConfigured'");
        assertThatThrownBy(() -> parser.parse(new Capture("fw.txt", null, profile("Domain", "True", "Maybe", "True"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:3: expected DefaultInboundAction Block, Allow or NotConfigured; read 'Maybe'");
        assertThat(parser.recognises(new Capture("fw.txt", null, List.of("Name : Domain", "Enabled : True"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("fw.txt", null, List.of("DefaultInboundAction : Block"), 1))).isFalse();
    }
}
