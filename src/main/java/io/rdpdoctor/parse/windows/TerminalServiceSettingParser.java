package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Licensing;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TerminalServiceSetting}
 * (list view, English property names), optionally followed by the results of its methods
 * {@code | Invoke-CimMethod -MethodName GetGracePeriodDays} (DaysLeft) and
 * {@code GetSpecifiedLicenseServerList} (SpecifiedLSList), as the collector writes them.
 *
 * <pre>
 * AllowTSConnections                     : 1
 * ...
 * LicensingDescription                   : Per user licensing mode ...
 * LicensingName                          : Per User
 * LicensingType                          : 4
 * ...
 * DaysLeft       : 87
 * ReturnValue    : 0
 * </pre>
 *
 * LicensingType 2 is PerDevice, 4 PerUser, 5 NotConfigured (Microsoft's class documentation); 0 and 1
 * (personal / remote administration, no session-host licensing) give an unknown mode. The fact
 * license servers are known only when the output holds GetSpecifiedLicenseServerList's result
 * (SpecifiedLSList); without it they are unknown (null), never "none".
 */
public final class TerminalServiceSettingParser implements CommandParser {

    @Override
    public String id() {
        return "win32-terminalservicesetting";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TerminalServiceSetting",
                "... | Invoke-CimMethod -MethodName GetGracePeriodDays", "... | Invoke-CimMethod -MethodName GetSpecifiedLicenseServerList");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop);
        return !recs.isEmpty() && recs.get(0).has("LicensingType");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(c, ListForm.skipBlank(c, 0), stop);
        int rest = ListForm.skipBlank(c, stop[0]);
        if (rest < c.lines().size()) {
            throw Win.fail(c, rest, "expected Win32_TerminalServiceSetting's list view (\"Name : value\" lines)");
        }
        ListForm.Rec setting = null;
        Integer days = null;
        List<String> servers = new ArrayList<>();
        boolean serversRead = false;
        for (ListForm.Rec r : recs) {
            if (r.has("LicensingType")) {
                if (setting != null) {
                    throw Win.fail(c, r.firstIndex, "expected one Win32_TerminalServiceSetting instance; a second one starts here");
                }
                setting = r;
            } else if (r.has("DaysLeft")) {
                String d = r.get("DaysLeft");
                if (d == null || !d.matches("\\d{1,6}")) {
                    throw Win.fail(c, r.index("DaysLeft"), "expected DaysLeft as a whole number; read '" + d + "'");
                }
                days = Integer.parseInt(d);
            } else if (r.has("SpecifiedLSList")) {
                servers.addAll(ListForm.items(r.get("SpecifiedLSList")));
                serversRead = true;
            } else if (!r.has("ReturnValue")) {
                throw Win.fail(c, r.firstIndex, "expected Win32_TerminalServiceSetting properties (LicensingType) or a method result (DaysLeft, SpecifiedLSList)");
            }
        }
        if (setting == null) {
            throw Win.fail(c, 0, "expected Win32_TerminalServiceSetting's list view with LicensingType");
        }
        String type = setting.get("LicensingType");
        String mode;
        switch (type == null ? "" : type) {
            case "2" -> mode = "PerDevice";
            case "4" -> mode = "PerUser";
            case "5" -> mode = "NotConfigured";
            case "0", "1" -> mode = null;
            default -> throw Win.fail(c, setting.index("LicensingType"), "expected LicensingType 0, 1, 2, 4 or 5; read '" + type + "'");
        }
        return new Parsed(List.of(new Licensing(mode, days, serversRead ? servers : null, null, null, null, null, c.source(setting.index("LicensingType")))), EnumSet.of(Area.LICENSING), Language.NEUTRAL);
    }
}
