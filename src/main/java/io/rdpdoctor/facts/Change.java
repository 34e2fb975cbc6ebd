package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A change the ticket names, typed: software installed, an update, a hardening baseline, a tool
 * run (a debloat or privacy script, a configuration tool), a setting changed by hand. "It broke
 * after X" is one of the strongest clues a ticket gives; which kind of change it was says which
 * causes to suspect.
 *
 * @param name   what was installed, applied or run, as the ticket names it (a KB, a product, a script)
 * @param time   when, ISO-8601 date or date-time, as far as the ticket says
 * @param on     which machine changed; left out: the host
 * @param detail the ticket's words
 */
public record Change(
        @JsonProperty(required = true) Kind kind,
        String name,
        String time,
        Machine on,
        String detail,
        Source source) implements Sourced<Change> {

    public enum Kind {
        @JsonAlias({"software-installed", "softwareInstalled", "installed"}) SOFTWARE_INSTALLED,
        /** A Windows update or a feature update. */
        @JsonAlias("update") UPDATE,
        /** A security baseline, CIS / STIG hardening, a GPO of hardening settings. */
        @JsonAlias({"hardening-baseline", "hardeningBaseline", "hardening", "baseline"}) HARDENING_BASELINE,
        /** A debloat, privacy or tuning tool, a configuration script. */
        @JsonAlias({"tool-run", "toolRun", "script"}) TOOL_RUN,
        /** A setting changed by hand. */
        @JsonAlias({"configuration", "setting"}) CONFIGURATION,
        @JsonAlias("other") OTHER
    }

    /** The machine a change was made on. */
    public enum Machine {
        @JsonAlias("host") HOST,
        @JsonAlias("client") CLIENT
    }

    /** Made on the host (where it was made is not said, or the host). */
    /** Its name and detail in one text (either may be absent), for the few rules that read what a change did. */
    public String text() {
        return ((name == null ? "" : name) + " " + (detail == null ? "" : detail)).strip();
    }

    /**
     * The change names the network settings of an adapter: its IP address or DNS servers, a static
     * address (in the five languages of the tickets, and Japanese and Chinese).
     */
    public boolean namesAddressSettings() {
        return ADDRESS_SETTINGS.matcher(text()).find();
    }

    private static final java.util.regex.Pattern ADDRESS_SETTINGS = java.util.regex.Pattern.compile(
            "\\b(ip ?(address|adres|adresse)|ipv4|static ip|statische ip|ip statique|adresse ip|direcci[oó]n ip|ip-?adres(se)?|dns[- ]?(server|servers|serveur|servidor|settings)|tcp/ipv?4)\\b"
                    + "|IP\\s*アドレス|DNS\\s*サーバー|IP\\s*地址|DNS\\s*服务器",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The change is about a filter's rule rather than an adapter: an inbound rule, a security group or
     * network security group, a firewall rule, the source address a rule admits ("restricted the RDP
     * inbound rule to my IP address").
     */
    public boolean namesFilterRule() {
        return FILTER_RULE.matcher(text()).find();
    }

    private static final java.util.regex.Pattern FILTER_RULE = java.util.regex.Pattern.compile(
            "\\b(inbound (security )?rules?|security groups?|network security groups?|nsg|firewall rules?|source (ip|address(es)?)|my ip( address)?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The words say a machine's (public) IP address changed ("my public IP had changed", "got a new IP"). */
    public boolean saysAddressChanged() {
        return ADDRESS_CHANGED.matcher(text()).find();
    }

    private static final java.util.regex.Pattern ADDRESS_CHANGED = java.util.regex.Pattern.compile(
            "\\bip( address)?\\b[^.;]{0,30}\\b(changed|has changed|had changed|changes)\\b|\\bnew (public )?ip( address)?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An update: typed so, or a change whose words say something was updated or upgraded ("I updated from 1.17 to 1.18"). */
    public boolean isAnUpdate() {
        return kind == Kind.UPDATE || UPDATED.matcher(text()).find();
    }

    private static final java.util.regex.Pattern UPDATED = java.util.regex.Pattern.compile(
            "\\b(updated?|updating|upgraded?|upgrading|aktualisiert|mise à jour|actualizad[oa]|bijgewerkt)\\b|升级|更新|アップデート|アップグレード",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * A feature update of Windows (a version upgrade: 1809 to 1903, 22H2 to 23H2, an in-place
     * upgrade), not a monthly update: it sets up Windows anew and carries the configuration over.
     */
    public boolean isAFeatureUpgrade() {
        return isAnUpdate() && FEATURE_UPGRADE.matcher(text()).find();
    }

    private static final java.util.regex.Pattern FEATURE_UPGRADE = java.util.regex.Pattern.compile(
            "\\b(feature updates?|version upgrade|in-?place upgrade|upgrade to (version )?\\d{2}H\\d|\\d{2}H\\d upgrade|funktionsupdate|funktionsupgrade"
                    + "|mise à jour de fonctionnalités|actualización de características|onderdelenupdate)\\b|バージョン\\s*アップ|機能更新|功能更新|版本升级",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The change switched the host's firewall on ("the firewall was turned on", "enabled Windows
     * Firewall", "Firewall aktiviert", "activé le pare-feu", "开启...防火墙", a network set to Public).
     */
    public boolean switchesFirewallOn() {
        return FIREWALL_ON.matcher(text()).find();
    }

    private static final java.util.regex.Pattern FIREWALL_ON = java.util.regex.Pattern.compile(
            // "firewall" itself, not one of its rules or exceptions: enabling a rule lets RDP in
            "\\b(turn(ed|s)? on|switch(ed|es)? on|enabl(e|ed|es)|activat(e|ed|es))\\b[^.]{0,30}\\b(windows (defender )?)?firewall\\b(?!\\s*(-\\s*)?(rules?|exceptions?|regeln?|ausnahmen?|règles?|reglas?))"
                    + "|\\bfirewall\\b[^.]{0,30}\\b(turned|switched) on\\b|firewall\\s+(aktiviert|eingeschaltet)|(aktiviert|eingeschaltet)[^.]{0,20}firewall\\b(?!-?(regel|ausnahme))"
                    + "|activ[ée] le pare-feu|pare-feu (activé|réactivé)|activ[óo] el firewall|firewall (activado|ingeschakeld)"
                    + "|(开启|启用|打开)[^。]{0,10}防火墙|ファイアウォール[^。]{0,10}(有効|オン)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The change speaks of a password (set, changed, reset, stored), in the five languages of the tickets and Chinese and Japanese. */
    public boolean namesPassword() {
        return PASSWORD.matcher(text()).find();
    }

    private static final java.util.regex.Pattern PASSWORD = java.util.regex.Pattern.compile(
            "\\b(passwords?|passwort|kennwort|mot de passe|contraseña|wachtwoord)\\b|密码|パスワード",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The change names a certificate (its renewal or replacement, SSL or TLS), in the five languages of the tickets. */
    public boolean namesCertificate() {
        return CERTIFICATE.matcher(text()).find();
    }

    private static final java.util.regex.Pattern CERTIFICATE = java.util.regex.Pattern.compile(
            "\\b(certificates?|cert|ssl|tls|zertifikat|certificat|certificado|certificaat)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    public boolean onHost() {
        return on == null || on == Machine.HOST;
    }

    @Override
    public Change withSource(Source s) {
        return new Change(kind, name, time, on, detail, s);
    }

    @Override
    public String describe() {
        return "change: " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (name == null ? "" : " " + name)
                + (on == Machine.CLIENT ? " on the client" : "") + (time == null ? "" : " at " + time)
                + (detail == null ? "" : " (\"" + detail + "\")");
    }
}
