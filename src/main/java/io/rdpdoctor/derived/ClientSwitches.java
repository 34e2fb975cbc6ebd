package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a client was told to connect for one attempt: its options, or the switches of the command line
 * a ticket gives as the attempt's app ("xfreerdp /sec:rdp").
 */
public final class ClientSwitches {

    /** A FreeRDP certificate switch that accepts whatever certificate the host shows now: /cert:tofu, /cert:ignore, /cert-ignore. */
    private static final Pattern CERT_ACCEPT_SWITCH = Pattern.compile("(?:^|\\s)[/-]cert[:-](tofu|ignore)\\b", Pattern.CASE_INSENSITIVE);
    /** mstsc's switch for the administrative session in a command line: /admin, or /console before RDC 6.1. */
    private static final Pattern ADMIN_SWITCH = Pattern.compile("(?:^|\\s)[/-](admin|console)\\b", Pattern.CASE_INSENSITIVE);
    /** A FreeRDP security switch in a command line: /sec:rdp, -sec:tls, /sec:nla. */
    private static final Pattern SEC_SWITCH = Pattern.compile("(?:^|\\s)[/-]sec:(rdp|tls|nla|ext|aad)\\b", Pattern.CASE_INSENSITIVE);
    /** Clients built on FreeRDP, whose TLS is OpenSSL's (its security level and minimum protocol apply). */
    private static final Pattern FREERDP = Pattern.compile("freerdp|remmina|wlfreerdp|sdl-freerdp", Pattern.CASE_INSENSITIVE);
    /**
     * Clients with an RDP stack of their own (their own CredSSP and TLS code), as opposed to
     * Microsoft's clients and the managers that embed Microsoft's RDP control (mRemoteNG, RDCMan,
     * Royal TS and Devolutions on Windows), which follow the client's Windows updates. A host update
     * that changes the protocol (CredSSP in 2018) refuses such a client until the client is updated.
     */
    private static final Pattern OWN_STACK = Pattern.compile(
            "freerdp|neutrinordp|remmina|guacamole|guacd|thinstation|rdesktop|ironrdp|meshcentral|teleport|mstsc\\.js|node-rdpjs"
                    + "|jumpserver|next ?terminal|kasm|myrtille"
                    // clients built on FreeRDP or IronRDP (aRDP, RustConn, OxideTerm, r-shell, electerm), the security
                    // tools that speak RDP themselves (hydra, crowbar, patator, NetExec, Metasploit, ncrack) and the
                    // RDP proxies that end the client's connection and open their own (PyRDP, Seth, WALLIX Redemption)
                    + "|\\baRDP\\b|rustconn|oxideterm|\\br-shell\\b|electerm|\\bhydra\\b|crowbar|patator|netexec|\\bnxc\\b|metasploit"
                    + "|ncrack|pyrdp|\\bseth\\b|redemption|rdpproxy|warpgate",
            Pattern.CASE_INSENSITIVE);

    private ClientSwitches() {
    }

    /**
     * The security layer the attempt asked for, in lower case ("rdp", "tls", "nla"): the option
     * "/sec" (or "sec") when given, else a "/sec:X" switch in its app's command line; null when
     * neither says.
     */
    public static String securityLayer(ConnectionAttempt a) {
        if (a == null) return null;
        for (Map.Entry<String, String> o : a.options().entrySet()) {
            String k = o.getKey().strip().toLowerCase(Locale.ROOT);
            if ((k.equals("/sec") || k.equals("sec")) && o.getValue() != null) {
                return o.getValue().strip().toLowerCase(Locale.ROOT);
            }
        }
        if (a.app() == null) return null;
        Matcher m = SEC_SWITCH.matcher(a.app());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** A client built on FreeRDP (xfreerdp, wlfreerdp, sdl-freerdp, Remmina), named by an attempt's app or the client's name. */
    public static boolean freeRdpBased(String client) {
        return client != null && FREERDP.matcher(client).find();
    }

    /**
     * Web RDP gateways and bastions: the browser talks to them, they talk RDP to the host with a
     * stack of their own and a security mode set per connection or per platform preset.
     */
    private static final Pattern WEB_GATEWAY = Pattern.compile(
            // node-rdpjs is the library, not a gateway: electerm runs it on the user's desktop; the gateway
            // built on it (mstsc.js, MeshCentral's Web-RDP) is named by its own name
            "guacamole|guacd|jumpserver|next ?terminal|kasm|myrtille|mstsc\\.js|meshcentral|tp4a|teleport"
                    // built on guacd (Termix, Nexterm); Windows Admin Center's Remote Desktop tool runs in the browser through its gateway
                    + "|termix|nexterm|windows admin center"
                    // bastions that end the client's RDP connection and open their own to the host (Warpgate)
                    + "|warpgate"
                    // HTML5 RDP gateways: FreeRDP-WebConnect (wsgate), Spark View, ThinRDP
                    + "|freerdp-webconnect|\\bwsgate\\b|spark ?view|thinrdp"
                    // a browser cannot speak RDP itself: a "browser-based RDP client" (a cloud console's,
                    // Lightsail's) is a gateway on the provider's side
                    + "|browser[- ]based rdp|browser[- ]based remote desktop|lightsail browser"
                    // bastion hosts of Chinese clouds and vendors (堡垒机, 跳板机: Alibaba Cloud's Bastionhost,
                    // Tencent's, JumpServer's class): an RDP proxy that opens its own session to the host
                    + "|堡垒机|跳板机|bastionhost",
            Pattern.CASE_INSENSITIVE);

    /** The gateways whose RDP side is guacd: Guacamole, and JumpServer's Lion, Next Terminal, Termix and Nexterm built on it. */
    private static final Pattern GUACD = Pattern.compile("guacamole|guacd|jumpserver|next ?terminal|termix|nexterm", Pattern.CASE_INSENSITIVE);

    /**
     * A gateway whose RDP side is guacd. guacd ends most failed RDP connections with the same status,
     * "upstream not found" (Guacamole: "The remote desktop server does not appear to exist, or cannot be
     * reached over the network"; JumpServer: "网络不可达 | 安全策略错误", network unreachable or security
     * policy error), so its words of an unreachable network do not say the failure was at TCP.
     */
    public static boolean guacdBased(String client) {
        return client != null && GUACD.matcher(client).find();
    }

    /** A web RDP gateway or bastion (Guacamole and the products built on it, JumpServer, Myrtille, MeshCentral, Windows Admin Center, ...), by name. */
    public static boolean webGateway(String client) {
        return client != null && WEB_GATEWAY.matcher(client).find();
    }

    /** Microsoft's Remote Desktop web client (Azure Virtual Desktop, Windows 365, RD Web): a browser, never joined to a tenant. */
    private static final Pattern MICROSOFT_WEB_CLIENT = Pattern.compile(
            "remote desktop web client|\\b(avd|wvd|windows 365|windows app|rd) web client\\b|client\\.wvd\\.microsoft\\.com|windows365\\.microsoft\\.com|/rdweb/webclient",
            Pattern.CASE_INSENSITIVE);

    /** Microsoft's Remote Desktop web client, by name or address. */
    public static boolean microsoftWebClient(String client) {
        return client != null && MICROSOFT_WEB_CLIENT.matcher(client).find();
    }

    private static final Pattern WINDOWS_ADMIN_CENTER = Pattern.compile("windows admin center", Pattern.CASE_INSENSITIVE);

    /** Windows Admin Center (its Remote Desktop tool runs in the browser through its gateway), by name. */
    public static boolean windowsAdminCenter(String client) {
        return client != null && WINDOWS_ADMIN_CENTER.matcher(client).find();
    }

    /** A version token in a client's name: "v1.3.3", "2.0.0-dev2", "4.30.2", "1.4.0-alpha". */
    private static final Pattern VERSION = Pattern.compile("\\bv?\\d+(\\.\\d+)+([-+.][0-9a-z]+)*\\b", Pattern.CASE_INSENSITIVE);

    /** A build named in brackets rather than by a number: "(git master of 2015-02)", "(nightly)", "(commit 1b2b1c4, 2016-02)". */
    private static final Pattern BUILD = Pattern.compile(
            "\\([^()]*(?:\\b(?:git|master|nightly|build|commit|snapshot)\\b|\\b\\d{4}-\\d{2}\\b)[^()]*\\)", Pattern.CASE_INSENSITIVE);

    /** A client's name without its version: lower case, version tokens and bracketed builds removed, spaces folded; "" for null. */
    public static String clientName(String client) {
        if (client == null) return "";
        String name = BUILD.matcher(client.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return VERSION.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * Two named clients that are one program in two versions ("Myrtille 1.9.0" and "Myrtille 1.9.1";
     * "xfreerdp" and "xfreerdp (git master of 2015-02)"): the same name once versions and builds are
     * taken out, and at least one of them says its version or build.
     */
    public static boolean sameClientOtherVersion(String a, String b) {
        if (a == null || b == null || a.strip().equalsIgnoreCase(b.strip())) return false;
        String n = clientName(a);
        return !n.isEmpty() && n.equals(clientName(b)) && (versioned(a) || versioned(b));
    }

    private static boolean versioned(String client) {
        return VERSION.matcher(client).find() || BUILD.matcher(client).find();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    /**
     * A text (a change's name and detail) names the client: the first word of its name, two letters or
     * more, as a word ("az" of "az network bastion tunnel" in "I updated my az cli").
     */
    public static boolean namedIn(String text, String client) {
        if (text == null) return false;
        java.util.regex.Matcher w = WORD.matcher(clientName(client));
        if (!w.find()) return false;
        // a word of the text equal to the client's first word (no pattern compiled per call: rules ask it per host)
        java.util.regex.Matcher words = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (words.group().equals(w.group())) return true;
        }
        return false;
    }

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Two named clients that are different programs ("mRemoteNG" and "mstsc"), whatever their versions. */
    public static boolean otherClient(String a, String b) {
        String x = clientName(a), y = clientName(b);
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
    }

    private static final Pattern WINDOWS = Pattern.compile("\\bwindows\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A client that is Windows' own Remote Desktop Connection on Windows: its operating system says
     * Windows and no client with an RDP stack of its own is named, or it is named mstsc. Windows
     * updates change its CredSSP, TLS and NTLM behaviour (the CredSSP update of May 2018).
     */
    public static boolean windowsOwnClient(io.rdpdoctor.facts.ClientInfo c) {
        if (c == null) return false;
        if (c.rdpClient() != null) {
            return windowsRdpStack(c.rdpClient());
        }
        return c.os() != null && WINDOWS.matcher(c.os()).find();
    }

    /**
     * Windows' own RDP client (mstsc, "Remote Desktop Connection") or a connection manager that embeds
     * its RDP control (mstscax.dll): mRemoteNG, RDCMan, Royal TS, Devolutions' Remote Desktop Manager,
     * Terminals, MultiDesk. All of them use the Windows machine's CredSSP, TLS and its policies, so
     * they connect or fail alike at those stages; what tells them apart is the embedding program's
     * own switches (mRemoteNG's "Use CredSSP", Terminals' "Enable TLS / NLA Authentication").
     */
    public static boolean windowsRdpStack(String client) {
        return client != null && WINDOWS_RDP_STACK.matcher(client.strip()).matches();
    }

    private static final Pattern WINDOWS_RDP_STACK = Pattern.compile(
            "(?:mstsc(?:\\.exe)?|remote desktop connection|mremoteng|rdcman|remote desktop connection manager|royal ?ts"
                    + "|terminals|multidesk|(?:devolutions )?remote desktop manager)(?:\\s+v?\\d[\\w.+-]*)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Clients that cannot do NLA with a password: rdesktop does CredSSP only with a Kerberos ticket
     * (rdesktop/rdesktop#71, #72, #279: "Failed to connect, CredSSP required by server"), and the
     * RDP proxies PyRDP and Seth do none (GoSecure/pyrdp#168). Against a host that requires NLA they
     * fail, outside a domain always.
     */
    private static final Pattern NO_PASSWORD_NLA = Pattern.compile("rdesktop|pyrdp|\\bseth\\b", Pattern.CASE_INSENSITIVE);

    /** A client that cannot do NLA with a password (rdesktop, PyRDP, Seth), named by an attempt's app or the client's name. */
    public static boolean noPasswordNla(String client) {
        return client != null && NO_PASSWORD_NLA.matcher(client).find();
    }

    /** FreeRDP's own clients (xfreerdp, wlfreerdp, sdl-freerdp, the library), not the programs built on it with versions of their own. */
    private static final Pattern FREERDP_ITSELF = Pattern.compile("freerdp", Pattern.CASE_INSENSITIVE);
    /** A FreeRDP version of before 2.0: "1.0.2", "1.2.4-dev", a distribution's "freerdp-1.2.0-0.2.beta.1.fc21". */
    private static final Pattern VERSION_BEFORE_2 = Pattern.compile("^(?:freerdp(?:-libs)?-)?[01]\\.\\d", Pattern.CASE_INSENSITIVE);

    /**
     * FreeRDP itself at a release of before 2.0 (1.x: 2012-2016, unmaintained since 2.0 came in 2020):
     * its NLA, TLS, licensing and gateway code predate what today's Windows asks (CredSSP 6, TLS 1.2).
     * Remmina and the other programs built on FreeRDP number their own releases and are not counted.
     */
    public static boolean freeRdpBefore2(io.rdpdoctor.facts.ClientInfo c) {
        return c != null && c.rdpClient() != null && c.clientVersion() != null
                && FREERDP_ITSELF.matcher(c.rdpClient()).find() && !c.rdpClient().toLowerCase(Locale.ROOT).contains("remmina")
                && VERSION_BEFORE_2.matcher(c.clientVersion().strip()).find();
    }

    /** A client with its own RDP stack (FreeRDP and the clients built on it, rdesktop, IronRDP, ...), named by an attempt's app or the client's name. */
    public static boolean ownRdpStack(String client) {
        return client != null && OWN_STACK.matcher(client).find();
    }

    /**
     * The attempt told a FreeRDP client to accept the host's certificate as it is now (trust on first
     * use, or ignore): the option "/cert" (or "cert") with tofu or ignore, or such a switch in its app's
     * command line.
     */
    public static boolean acceptsAnyCertificate(ConnectionAttempt a) {
        if (a == null) return false;
        for (Map.Entry<String, String> o : a.options().entrySet()) {
            String k = o.getKey().strip().toLowerCase(Locale.ROOT);
            String v = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(Locale.ROOT);
            if ((k.equals("/cert") || k.equals("cert")) && (v.equals("tofu") || v.equals("ignore"))) return true;
            if (k.equals("/cert-ignore") || k.equals("/cert:ignore") || k.equals("/cert:tofu")) return true;
        }
        return a.app() != null && CERT_ACCEPT_SWITCH.matcher(a.app()).find();
    }

    private static final Pattern LOAD_BALANCE_INFO = Pattern.compile("load-?balance-?info", Pattern.CASE_INSENSITIVE);

    /** The attempt gave the collection's load-balance info: FreeRDP's /load-balance-info in its command line or options, or an .rdp option. */
    public static boolean givesLoadBalanceInfo(ConnectionAttempt a) {
        if (a == null) return false;
        if (a.app() != null && LOAD_BALANCE_INFO.matcher(a.app()).find()) return true;
        return a.options().keySet().stream().anyMatch(k -> LOAD_BALANCE_INFO.matcher(k).find());
    }

    /** A RemoteApp launch named in an attempt's app: "RemoteApp", or FreeRDP's /app switch in a command line. */
    private static final Pattern REMOTEAPP_APP = Pattern.compile("\\bremote ?apps?\\b|(?:^|\\s)[/-]app[:\\s]", Pattern.CASE_INSENSITIVE);

    /**
     * The attempt asked the host for a RemoteApp program, not a full desktop: an .rdp file's
     * "remoteapplicationmode:i:1" or "remoteapplicationprogram" (as option name to value, with or
     * without the type), FreeRDP's /app, or an app that names RemoteApp ("mstsc (RemoteApp .rdp
     * file)", "xfreerdp /app:...").
     */
    public static boolean remoteApp(ConnectionAttempt a) {
        if (a == null) return false;
        return remoteAppOptions(a.options()) || a.app() != null && REMOTEAPP_APP.matcher(a.app()).find();
    }

    /** The client's .rdp file asks for a RemoteApp program (remoteapplicationmode:i:1, remoteapplicationprogram). */
    public static boolean remoteApp(io.rdpdoctor.facts.ClientInfo c) {
        return c != null && remoteAppOptions(c.rdpOptions());
    }

    private static boolean remoteAppOptions(Map<String, String> options) {
        for (Map.Entry<String, String> o : options.entrySet()) {
            String k = o.getKey().strip().toLowerCase(Locale.ROOT);
            String v = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(Locale.ROOT);
            if (k.startsWith("remoteapplicationmode")) return v.endsWith("1");
            if (k.startsWith("remoteapplicationprogram") && !v.isEmpty() && !v.equals("s:")) return true;
            if (k.equals("/app") || k.startsWith("/app:") || k.equals("app")) return true;
        }
        return false;
    }

    /**
     * The attempt lowered OpenSSL's security level for a FreeRDP client (FreeRDP 2 "/tls-seclevel:0",
     * FreeRDP 3 "/tls:seclevel:0"; 0 or 1, below OpenSSL 3's default 2), so that it accepts the weak
     * keys, SHA-1 signatures and old TLS an old host offers: the option, or the switch in its app's
     * command line. Remmina's "TLS security level" is the same setting.
     */
    public static boolean lowersTlsSecurityLevel(ConnectionAttempt a) {
        if (a == null) return false;
        for (Map.Entry<String, String> o : a.options().entrySet()) {
            String k = o.getKey().strip().toLowerCase(Locale.ROOT);
            String v = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(Locale.ROOT);
            if (TLS_SECLEVEL_KEY.matcher(k).matches() && (v.equals("0") || v.equals("1"))) return true;
            if (TLS_SECLEVEL_SWITCH.matcher(k).find()) return true;
        }
        return a.app() != null && TLS_SECLEVEL_SWITCH.matcher(a.app()).find();
    }

    private static final Pattern TLS_SECLEVEL_KEY = Pattern.compile("/?tls[-:]seclevel|tls security level");
    private static final Pattern TLS_SECLEVEL_SWITCH = Pattern.compile("(?:^|\\s)/tls[-:]seclevel:[01]\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The attempt asked for the administrative session: mstsc /admin (/console before RDC 6.1), an
     * .rdp file's "administrative session:i:1", or FreeRDP's /admin, in its options or its command line.
     */
    public static boolean adminSession(ConnectionAttempt a) {
        if (a == null) return false;
        for (Map.Entry<String, String> o : a.options().entrySet()) {
            String k = o.getKey().strip().toLowerCase(Locale.ROOT);
            String v = o.getValue() == null ? "" : o.getValue().strip().toLowerCase(Locale.ROOT);
            if (k.equals("/admin") || k.equals("/console") || k.equals("admin") || k.equals("console")) return !v.equals("0") && !v.equals("false");
            if (k.startsWith("administrative session")) return v.endsWith("1");
        }
        return a.app() != null && ADMIN_SWITCH.matcher(a.app()).find();
    }
}
