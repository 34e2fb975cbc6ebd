package io.rdpdoctor.facts;

import java.util.Locale;

/**
 * Canonical names of the event providers the rules read. Logs and tools write them several ways
 * ({@code Schannel}, {@code Microsoft-Windows-Schannel}; wevtutil's "Source:", Get-WinEvent's
 * ProviderName, a hand-written fact file in lower case); an event carries one spelling so that rules
 * compare it with == (which Drools hashes), not with a regex run on every event of every host.
 */
public final class EventProviders {

    public static final String SECURITY_AUDITING = "Microsoft-Windows-Security-Auditing";
    public static final String SCHANNEL = "Schannel";
    public static final String RCM = "Microsoft-Windows-TerminalServices-RemoteConnectionManager";
    public static final String LSM = "Microsoft-Windows-TerminalServices-LocalSessionManager";
    public static final String RDPCORETS = "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS";
    public static final String SCM = "Service Control Manager";
    public static final String APPLICATION_ERROR = "Application Error";
    public static final String NETLOGON = "NETLOGON";
    public static final String WINLOGON = "Microsoft-Windows-Winlogon";
    public static final String TERMDD = "TermDD";
    /** TCP/IP's own events (4227 endpoint reuse, 4231 no ephemeral port left): "Tcpip" or "Microsoft-Windows-Tcpip". */
    public static final String TCPIP = "Tcpip";
    /** The kernel's power events (42 entering sleep, 506 entering Modern Standby): "Kernel-Power" or "Microsoft-Windows-Kernel-Power". */
    public static final String KERNEL_POWER = "Microsoft-Windows-Kernel-Power";

    private EventProviders() {
    }

    /** The canonical spelling of a provider the rules know; any other name as given. */
    public static String canonical(String provider) {
        if (provider == null) {
            return null;
        }
        String p = provider.strip().toLowerCase(Locale.ROOT);
        if (p.contains("security-auditing")) return SECURITY_AUDITING;
        if (p.contains("schannel")) return SCHANNEL;
        if (p.contains("remoteconnectionmanager")) return RCM;
        if (p.contains("localsessionmanager")) return LSM;
        if (p.contains("rdpcorets")) return RDPCORETS;
        if (p.contains("service control manager")) return SCM;
        if (p.equals("application error")) return APPLICATION_ERROR;
        if (p.equals("netlogon")) return NETLOGON;
        if (p.equals("winlogon") || p.equals("microsoft-windows-winlogon")) return WINLOGON;
        if (p.equals("termdd")) return TERMDD;
        if (p.equals("tcpip") || p.equals("microsoft-windows-tcpip")) return TCPIP;
        if (p.equals("kernel-power") || p.equals("microsoft-windows-kernel-power")) return KERNEL_POWER;
        return provider.strip();
    }

    /** A provider of the Remote Desktop stack or of the services and TLS it stands on. */
    public static boolean isRdpStack(String provider) {
        if (provider == null) {
            return false;
        }
        String p = provider.toLowerCase(Locale.ROOT);
        return provider.equals(SCM) || provider.equals(SCHANNEL) || provider.equals(TERMDD)
                || p.contains("terminalservices") || p.contains("remotedesktopservices");
    }
}
