package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.RegistryPaths;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting
 * -Filter "TerminalName='RDP-Tcp'"} (list view, English property names): the listener's
 * UserAuthenticationRequired (NLA), SecurityLayer and MinEncryptionLevel.
 *
 * <pre>
 * TerminalName                           : RDP-Tcp
 * MinEncryptionLevel                     : 2
 * SecurityLayer                          : 2
 * UserAuthenticationRequired             : 1
 * </pre>
 *
 * They are given as RegistryValue facts of {@code HKLM\...\WinStations\<TerminalName>} under the
 * registry names rules know (UserAuthentication, SecurityLayer, MinEncryptionLevel; REG_DWORD),
 * read from WMI: WMI reports the effective value (group policy included), so these values are
 * what the listener uses, not necessarily what the key holds. No RegistryKey fact and no
 * "registry collected" claim: the key itself was not read, so a value missing here is unknown.
 */
public final class TSGeneralSettingParser implements CommandParser {

    @Override
    public String id() {
        return "win32-tsgeneralsetting";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting -Filter \"TerminalName='RDP-Tcp'\"");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop);
        return !recs.isEmpty() && recs.get(0).has("TerminalName") && recs.get(0).has("SecurityLayer");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<ListForm.Rec> recs = ListForm.readWhole(c, "Win32_TSGeneralSetting's", "TerminalName : RDP-Tcp");
        List<Fact> facts = new ArrayList<>();
        for (ListForm.Rec r : recs) {
            String terminal = r.get("TerminalName");
            if (terminal == null || !terminal.matches("[A-Za-z0-9#._ -]{1,64}")) {
                throw Win.fail(c, r.firstIndex, "expected TerminalName (the listener, e.g. RDP-Tcp) in this instance");
            }
            String key = RegistryPaths.canonicalKey(RegistryPaths.TERMINAL_SERVER + "\\WinStations\\" + terminal);
            for (String[] p : new String[][] {{"UserAuthenticationRequired", "UserAuthentication"},
                    {"SecurityLayer", "SecurityLayer"}, {"MinEncryptionLevel", "MinEncryptionLevel"}}) {
                if (!r.has(p[0])) {
                    continue;
                }
                String v = r.get(p[0]);
                if (v == null) {
                    continue;
                }
                if (!v.matches("\\d{1,9}")) {
                    throw Win.fail(c, r.index(p[0]), "expected " + p[0] + " as a whole number; read '" + v + "'");
                }
                facts.add(new RegistryValue(key, p[1], RegistryType.REG_DWORD, String.valueOf(Long.parseLong(v)), c.source(r.index(p[0]))));
            }
        }
        return new Parsed(facts, Set.of(), Language.NEUTRAL);
    }
}
