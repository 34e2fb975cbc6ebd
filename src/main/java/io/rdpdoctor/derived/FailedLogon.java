package io.rdpdoctor.derived;

import io.rdpdoctor.facts.EventProviders;
import io.rdpdoctor.facts.EventRecord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed logon read once from its event: Security 4625 ("An account failed to log on") or
 * RdpCoreTS 140 ("... the user name or password is not correct"), with the fields of its message
 * the rules ask about. Derived by rules/events/security-4625.drl, one per event, so that no rule
 * runs a regex over a message more than once (adversarial review F5).
 *
 * <p>The fields are read by their labels (English and German; the codes, numbers and addresses
 * are the same in every language), never by a substring anywhere in the text: the account name is
 * part of the message, and anyone at a logon prompt chooses it (F17). {@code status} and
 * {@code subStatus} are the first "Status:" and "Sub Status:" / "Unterstatus:" fields <em>after</em>
 * the failed account's name, where Windows writes its "Failure Information".
 *
 * @param event      the event
 * @param eventId    4625 or 140
 * @param logonType  the "Logon Type" / "Anmeldetyp" number, null when the message names none
 * @param account    the account the logon failed for: the last "Account Name" / "Kontoname" that
 *                   is not "-" (up to the first white space), "" when none
 * @param status     the "Status" code in lower case ("0xc000006d"), null when none
 * @param subStatus  the "Sub Status" code in lower case, null when none
 * @param source     the client's address (Source Network Address / Quellnetzwerkadresse, or the
 *                   first IPv4 address of a 140), null for none, "-", or the host itself
 */
public record FailedLogon(EventRecord event, int eventId, Integer logonType, String account, String status,
        String subStatus, String source) implements Derived {

    private static final Pattern LOGON_TYPE = Pattern.compile("(?i)(logon type|anmeldetyp)\\s*:?\\s*(\\d+)");
    private static final Pattern ACCOUNT = Pattern.compile("(?i)(account name|kontoname)\\s*:?\\s*([^\\s]+)");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)(source network address|quellnetzwerkadresse)\\s*:?\\s*([0-9A-Fa-f:.]+)");
    private static final Pattern IPV4 = Pattern.compile("\\b(\\d{1,3}(?:\\.\\d{1,3}){3})\\b");
    /** "Sub Status:" before "Status:" in the alternation: at the same place, the longer label wins. */
    private static final Pattern STATUS = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}_-])(sub\\s*status|unterstatus|status)\\s*:\\s*(0x[0-9a-f]{1,8})(?![0-9a-z])");

    /** A failed logon of this event, or null when it is not one (another id or provider). */
    public static FailedLogon of(EventRecord e) {
        if (e == null || e.id() == null) {
            return null;
        }
        boolean security = e.id() == 4625 && e.provider() == EventProviders.SECURITY_AUDITING;
        boolean rdpCore = e.id() == 140 && e.provider() == EventProviders.RDPCORETS;
        if (!security && !rdpCore) {
            return null;
        }
        String m = e.message() == null ? "" : e.message();
        Integer type = null;
        Matcher t = LOGON_TYPE.matcher(m);
        if (t.find()) {
            try {
                type = Integer.valueOf(t.group(2));
            } catch (NumberFormatException tooLong) {
                type = -1;
            }
        }
        String account = "";
        int accountEnd = 0;
        Matcher a = ACCOUNT.matcher(m);
        while (a.find()) {
            if (!a.group(2).equals("-")) {
                account = a.group(2);
                accountEnd = a.end();
            }
        }
        String status = null;
        String subStatus = null;
        Matcher s = STATUS.matcher(m);
        s.region(accountEnd, m.length());
        while (s.find() && (status == null || subStatus == null)) {
            String label = s.group(1).toLowerCase(Locale.ROOT);
            String code = s.group(2).toLowerCase(Locale.ROOT);
            if (label.startsWith("status")) {
                if (status == null) {
                    status = code;
                }
            } else if (subStatus == null) {
                subStatus = code;
            }
        }
        return new FailedLogon(e, e.id(), type, account, status, subStatus, source(m));
    }

    private static String source(String m) {
        Matcher x = SOURCE.matcher(m);
        if (x.find()) {
            String a = x.group(2);
            return a.equals("-") || a.isEmpty() || a.equals("::1") || a.equals("127.0.0.1") ? null : a;
        }
        Matcher y = IPV4.matcher(m);
        return y.find() ? y.group(1) : null;
    }

    /** A remote logon: logon type 3 (network, NLA) or 10 (RemoteInteractive), or none named. */
    public boolean remote() {
        return logonType == null || logonType == 3 || logonType == 10;
    }

    /** Whether the Status or the Sub Status field is this code ("0xC0000234", any case). */
    public boolean hasCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return c.equals(status) || c.equals(subStatus);
    }

    /** Whether the account it failed for is this user ("CORP\jdoe", "jdoe@corp", "jdoe" alike). */
    public boolean isUser(String user) {
        return !account.isEmpty() && user != null && Users.bare(account).equalsIgnoreCase(Users.bare(user));
    }

    @Override
    public List<Object> grounds() {
        return List.of(event);
    }

    @Override
    public String describe() {
        return event.describe();
    }
}
