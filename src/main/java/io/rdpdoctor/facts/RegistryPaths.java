package io.rdpdoctor.facts;

import java.util.List;
import java.util.Locale;

/**
 * Canonical registry paths and value names. Registry paths and names are case-insensitive and
 * written many ways ({@code HKEY_LOCAL_MACHINE\...}, {@code HKLM:\...}, {@code hklm\system\...});
 * facts carry one spelling so that rules compare them with ==.
 */
public final class RegistryPaths {

    public static final String TERMINAL_SERVER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";
    public static final String RDP_TCP = TERMINAL_SERVER + "\\WinStations\\RDP-Tcp";
    public static final String TS_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
    /** The security options' policy values ("Interactive logon: Require smart card" is scforceoption). */
    public static final String POLICIES_SYSTEM = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System";
    public static final String CREDSSP = POLICIES_SYSTEM + "\\CredSSP\\Parameters";
    public static final String LSA = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa";
    public static final String RCM = TERMINAL_SERVER + "\\RCM";
    public static final String LICENSING_CORE = RCM + "\\Licensing Core";
    /** Windows Server 2003's licensing mode key (PolicyAcOn: 2 Per Device, 4 Per User; KB834651). */
    public static final String LICENSING_CORE_2003 = TERMINAL_SERVER + "\\Licensing Core";
    public static final String SCHANNEL_PROTOCOLS = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
    public static final String TERMSERVICE_SERVICE = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService";
    public static final String TERMSERVICE_PARAMETERS = TERMSERVICE_SERVICE + "\\Parameters";
    /** The indirect display driver Remote Desktop sessions render into (Windows 10 1903 and later). */
    public static final String INDIRECTKMD_SERVICE = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\IndirectKmd";
    /** Where a cipher (Triple DES 168, RC4 128/128, ...) is switched off: a subkey per cipher, value Enabled. */
    public static final String SCHANNEL_CIPHERS = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers";
    public static final String TLS10_SERVER = SCHANNEL_PROTOCOLS + "\\TLS 1.0\\Server";
    public static final String TLS12_SERVER = SCHANNEL_PROTOCOLS + "\\TLS 1.2\\Server";
    public static final String TLS12_CLIENT = SCHANNEL_PROTOCOLS + "\\TLS 1.2\\Client";
    public static final String FIPS_POLICY = LSA + "\\FIPSAlgorithmPolicy";
    public static final String MSV1_0 = LSA + "\\MSV1_0";
    /** "Network security: Allow PKU2U authentication requests to this computer to use online identities" (AllowOnlineID). */
    public static final String PKU2U = LSA + "\\pku2u";
    /** Where Group Policy puts the TLS cipher-suite order ("SSL Cipher Suite Order", value Functions). */
    public static final String CIPHER_SUITE_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002";
    public static final String GRACE_PERIOD = RCM + "\\GracePeriod";
    public static final String SETUP = "HKLM\\SYSTEM\\Setup";
    /** An RD Session Host's membership of an RD Connection Broker farm (Win32_TSSessionDirectory). */
    public static final String CLUSTER_SETTINGS = TERMINAL_SERVER + "\\ClusterSettings";
    /** Windows Firewall settings set by Group Policy, per profile, and the rules a GPO delivers. */
    public static final String FIREWALL_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall";
    public static final String FIREWALL_POLICY_DOMAIN = FIREWALL_POLICY + "\\DomainProfile";
    public static final String FIREWALL_POLICY_PRIVATE = FIREWALL_POLICY + "\\PrivateProfile";
    public static final String FIREWALL_POLICY_PUBLIC = FIREWALL_POLICY + "\\PublicProfile";
    public static final String FIREWALL_POLICY_RULES = FIREWALL_POLICY + "\\FirewallRules";

    private static final List<String> KNOWN_PATHS = List.of(TERMINAL_SERVER, RDP_TCP, TS_POLICY, CREDSSP, LSA, RCM,
            LICENSING_CORE, LICENSING_CORE_2003, SCHANNEL_PROTOCOLS, TERMSERVICE_SERVICE, TERMSERVICE_PARAMETERS, TLS10_SERVER, TLS12_SERVER, TLS12_CLIENT,
            FIPS_POLICY, MSV1_0, PKU2U, CIPHER_SUITE_POLICY, GRACE_PERIOD, SETUP, CLUSTER_SETTINGS,
            FIREWALL_POLICY, FIREWALL_POLICY_DOMAIN, FIREWALL_POLICY_PRIVATE, FIREWALL_POLICY_PUBLIC, FIREWALL_POLICY_RULES,
            INDIRECTKMD_SERVICE);

    private static final List<String> KNOWN_NAMES = List.of("fDenyTSConnections", "PortNumber", "UserAuthentication",
            "SecurityLayer", "MinEncryptionLevel", "AllowEncryptionOracle", "fSingleSessionPerUser", "MaxInstanceCount",
            "fEnableWinStation", "fLogonDisabled", "TSEnabled", "LanAdapter", "SSLCertificateSHA1Hash", "LicensingMode",
            "LicenseServers", "TSServerDrainMode", "WdName", "LoadableProtocol_Object", "fPromptForPassword",
            "LmCompatibilityLevel", "LimitBlankPasswordUse", "Enabled", "DisabledByDefault", "ObjectName", "Start",
            "fAllowToGetHelp", "MaxConnectionTime", "MaxIdleTime", "MaxDisconnectionTime", "fInheritMaxSessionTime",
            "DeleteTempDirsOnExit", "SelectTransport", "fDisableAutoReconnect",
            "ServiceDll", "Functions", "RestrictReceivingNTLMTraffic", "OOBEInProgress", "SystemSetupInProgress",
            "CitrixBackupRdpTcpLoadableProtocolObject", "DependOnService", "SessionDirectoryActive",
            "SessionDirectoryLocation", "SessionDirectoryClusterName", "AllowLocalPolicyMerge",
            // credentials, connection flood, session time limits (issue 13 part 4)
            "DisableRestrictedAdmin", "TSUserEnabled", "MaxOutstandingConnections", "fResetBroken",
            "AllowOnlineID",
            // the remote display driver, outgoing NTLM of a client (issue 12)
            "fEnableWddmDriver", "RestrictSendingNTLMTraffic", "ClientAllowedNTLMServers",
            // H.264/AVC through the host's GPU (session 11)
            "AVC444ModePreferred", "AVCHardwareEncodePreferred");

    private RegistryPaths() {
    }

    private static final java.util.regex.Pattern BACKSLASHES = java.util.regex.Pattern.compile("\\\\+");

    /** The canonical spelling of a key path, whichever way it was written. */
    public static String canonicalKey(String path) {
        String p = BACKSLASHES.matcher(path.trim().replace('/', '\\')).replaceAll("\\\\");
        if (p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        String upper = p.toUpperCase(Locale.ROOT);
        for (String[] hive : new String[][] {{"HKEY_LOCAL_MACHINE", "HKLM"}, {"HKLM:", "HKLM"},
                {"HKEY_CURRENT_USER", "HKCU"}, {"HKCU:", "HKCU"}, {"HKEY_USERS", "HKU"}}) {
            if (upper.startsWith(hive[0] + "\\") || upper.equals(hive[0])) {
                p = hive[1] + p.substring(hive[0].length());
                break;
            }
        }
        for (String known : KNOWN_PATHS) {
            if (known.equalsIgnoreCase(p)) {
                return known;
            }
        }
        return p.length() >= 4 ? p.substring(0, 4).toUpperCase(Locale.ROOT) + p.substring(4) : p;
    }

    /** The canonical spelling of a value name when it is one rules know. */
    public static String canonicalName(String name) {
        for (String known : KNOWN_NAMES) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return name;
    }
}
