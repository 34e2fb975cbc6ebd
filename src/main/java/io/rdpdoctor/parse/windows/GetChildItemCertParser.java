package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Certificate;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Get-ChildItem "Cert:\LocalMachine\Remote Desktop" | Format-List} (also
 * {@code Format-List *}, which adds HasPrivateKey), and the default table view
 * ({@code Thumbprint  Subject}). Property names are English on every Windows; NotAfter is in the
 * user's locale and is turned into ISO-8601.
 *
 * <pre>
 *    PSParentPath: Microsoft.PowerShell.Security\Certificate::LocalMachine\Remote Desktop
 *
 * Subject      : CN=SRV01.contoso.local
 * Issuer       : CN=SRV01.contoso.local
 * Thumbprint   : 3F2A9C41D07BE8115E6A0C2F94D1B7A6E05C3D88
 * FriendlyName :
 * NotBefore    : 3/1/2025 10:00:00 AM
 * NotAfter     : 9/1/2025 10:00:00 AM
 * Extensions   : {System.Security.Cryptography.Oid, System.Security.Cryptography.Oid}
 * </pre>
 *
 * The store is the one named by PSParentPath, else by the command line, else "Remote Desktop" (the
 * command this parser is for).
 */
public final class GetChildItemCertParser implements CommandParser {

    private static final Pattern PARENT = Pattern.compile("^\\s*PSParentPath\\s*:\\s*.*::(?:LocalMachine|CurrentUser)\\\\(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CERT_PATH = Pattern.compile("(?i)cert:[\\\\/]+(?:LocalMachine|CurrentUser)[\\\\/]+([^\"'|]+)");
    private static final Pattern ROW = Pattern.compile("^([0-9A-Fa-f]{40})\\s+(.*)$");

    @Override
    public String id() {
        return "get-childitem-cert";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-ChildItem \"Cert:\\LocalMachine\\Remote Desktop\" | Format-List",
                "Get-ChildItem \"Cert:\\LocalMachine\\Remote Desktop\" | Format-List *", "Get-ChildItem \"Cert:\\LocalMachine\\Remote Desktop\"");
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 30; i++) {
            String l = capture.lines().get(i);
            if (PARENT.matcher(Win.cut(l)).matches() || l.startsWith("Thumbprint ") && l.contains(":") && i + 1 < capture.lines().size()
                    || l.matches("^Thumbprint\\s+Subject.*")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String store = null;
        int i = ListForm.skipBlank(c, 0);
        if (i < lines.size()) {
            Matcher p = PARENT.matcher(Win.cut(lines.get(i)));
            if (p.matches()) {
                store = p.group(1).trim();
                i = ListForm.skipBlank(c, i + 1);
            }
        }
        if (store == null && c.command() != null) {
            Matcher m = CERT_PATH.matcher(c.command());
            if (m.find()) {
                store = m.group(1).trim();
            }
        }
        if (store == null) {
            store = "Remote Desktop";
        }
        List<Fact> facts = new ArrayList<>();
        if (i < lines.size() && lines.get(i).matches("^Thumbprint\\s+Subject.*")) {
            for (int j = i + 2; j < lines.size(); j++) {
                String l = Win.cut(lines.get(j)).trim();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher r = ROW.matcher(l);
                if (!r.matches()) {
                    throw Win.fail(c, j, "expected a row \"<40 hex thumbprint>  <subject>\"");
                }
                facts.add(new Certificate(store, r.group(1).toUpperCase(Locale.ROOT), r.group(2).trim(), null, null, null, null, c.source(j)));
            }
            return new Parsed(facts, EnumSet.of(Area.CERTIFICATES), Language.NEUTRAL);
        }
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(c, i, stop);
        int rest = ListForm.skipBlank(c, stop[0]);
        if (rest < lines.size()) {
            throw Win.fail(c, rest, "expected the certificates' list view (\"Thumbprint   : ...\")");
        }
        if (recs.isEmpty() && i < lines.size()) {
            throw Win.fail(c, i, "expected the certificates' list view (\"Subject      : CN=...\")");
        }
        for (ListForm.Rec r : recs) {
            String thumb = r.get("Thumbprint");
            if (thumb == null || !thumb.matches("[0-9A-Fa-f]{40}")) {
                throw Win.fail(c, r.index("Thumbprint"), "expected Thumbprint (40 hexadecimal digits) in this certificate");
            }
            String subject = r.get("Subject");
            String issuer = r.get("Issuer");
            String hasKey = r.get("HasPrivateKey");
            facts.add(new Certificate(store, thumb.toUpperCase(Locale.ROOT), subject, issuer, Win.isoDate(r.get("NotAfter")),
                    hasKey == null ? null : Win.yesNo(hasKey),
                    subject != null && issuer != null ? Boolean.valueOf(subject.equalsIgnoreCase(issuer)) : null, c.source(r.firstIndex)));
        }
        return new Parsed(facts, EnumSet.of(Area.CERTIFICATES), Language.NEUTRAL);
    }
}
