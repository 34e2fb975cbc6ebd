package io.rdpdoctor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The client machine and its RDP client.
 *
 * @param rdpClient   "mstsc", "msrdc", "Microsoft Remote Desktop (macOS)", "FreeRDP", "Remmina", ...
 * @param lastUpdate  the newest update installed, a KB or date, when known
 * @param rdpOptions  options of the .rdp file, e.g. enablecredsspsupport:i:0, authentication level:i:2
 * @param allowEncryptionOracle the client's CredSSP policy (Encryption Oracle Remediation: 0 force updated
 *                    servers, 1 mitigated, 2 vulnerable), HKLM\...\CredSSP\Parameters on the client
 * @param domainJoined     the client is a member of an Active Directory domain (it changes the
 *                    default of "Allow delegating saved credentials with NTLM-only server authentication")
 * @param credentialGuard  Windows Defender Credential Guard runs on the client (Win32_DeviceGuard
 *                    SecurityServicesRunning holds 1): saved credentials are not delegated
 * @param delegationPolicies the client's Credentials Delegation policies
 *                    (HKLM\SOFTWARE\Policies\Microsoft\Windows\CredentialsDelegation), by value name
 *                    ({@link #DELEGATION_POLICIES}); a policy left out is unknown
 * @param restrictedMode   how the client connects: normally, in Restricted Admin mode or with Remote
 *                    Credential Guard (mstsc /restrictedAdmin, /remoteGuard, or the policy that requires it)
 */
public record ClientInfo(
        String name,
        String os,
        Integer build,
        String lastUpdate,
        String rdpClient,
        String clientVersion,
        Boolean savedCredentials,
        Map<String, String> rdpOptions,
        Boolean vpn,
        Integer allowEncryptionOracle,
        Boolean domainJoined,
        Boolean credentialGuard,
        Map<String, PolicyState> delegationPolicies,
        RestrictedMode restrictedMode,
        Source source) implements Sourced<ClientInfo> {

    /** The value names under CredentialsDelegation (CredSsp.admx) that {@code delegationPolicies} may name. */
    public static final List<String> DELEGATION_POLICIES = List.of("AllowSavedCredentials", "AllowSavedCredentialsWhenNTLMOnly",
            "AllowDefaultCredentials", "AllowDefCredentialsWhenNTLMOnly", "AllowFreshCredentials", "AllowFreshCredentialsWhenNTLMOnly",
            "DenySavedCredentials", "DenyDefaultCredentials", "DenyFreshCredentials", "RestrictedRemoteAdministration");

    public ClientInfo {
        rdpOptions = rdpOptions == null ? Map.of() : Map.copyOf(rdpOptions);
        delegationPolicies = canonicalPolicies(delegationPolicies);
    }

    /** Each name in its canonical spelling (compared ignoring case); an unknown name is refused. */
    private static Map<String, PolicyState> canonicalPolicies(Map<String, PolicyState> in) {
        if (in == null) return Map.of();
        Map<String, PolicyState> out = new TreeMap<>();
        for (Map.Entry<String, PolicyState> e : in.entrySet()) {
            String name = DELEGATION_POLICIES.stream().filter(k -> k.equalsIgnoreCase(e.getKey().trim())).findFirst()
                    .orElseThrow(() -> new InvalidField(e.getKey(), "unknown Credentials Delegation policy '" + e.getKey()
                            + "' in delegationPolicies; expected one of " + String.join(", ", DELEGATION_POLICIES)));
            if (e.getValue() == null) {
                throw new InvalidField(e.getKey(), "delegationPolicies." + e.getKey() + " has no state; expected Enabled, Disabled or NotConfigured");
            }
            out.put(name, e.getValue());
        }
        return Map.copyOf(out);
    }

    /** The state of one Credentials Delegation policy, or null when it was not read. */
    public PolicyState delegation(String policy) {
        return delegationPolicies.get(policy);
    }

    /**
     * The client connects in Restricted Admin mode or with Remote Credential Guard, by its switch or
     * because its policy "Restrict delegation of credentials to remote servers" requires one: either
     * needs the host to allow Restricted Admin connections.
     */
    public boolean requiresRestrictedAdmin() {
        return restrictedMode == RestrictedMode.RESTRICTED_ADMIN || restrictedMode == RestrictedMode.REMOTE_GUARD
                || delegation("RestrictedRemoteAdministration") == PolicyState.ENABLED;
    }

    /** The mode's name as the reports give it: "Remote Credential Guard", else "Restricted Admin". */
    public String restrictedModeName() {
        return restrictedMode == RestrictedMode.REMOTE_GUARD ? "Remote Credential Guard" : "Restricted Admin";
    }

    private static final java.util.regex.Pattern NOT_WINDOWS = java.util.regex.Pattern.compile(
            "(?i)\\b(linux|ubuntu|debian|fedora|red ?hat|rhel|centos|opensuse|nixos|mac ?os|os ?x|android|ios|ipados|iphone|ipad|chrome ?os|chromebook)\\b");

    /**
     * The client's operating system is known and is not Windows (Linux, macOS, Android, iOS, ChromeOS):
     * such a client cannot be joined or registered to a Microsoft Entra tenant the way Windows' own
     * PKU2U sign-in needs.
     */
    public boolean notWindows() {
        return os != null && !os.toLowerCase(Locale.ROOT).contains("windows") && NOT_WINDOWS.matcher(os).find();
    }

    @Override
    public ClientInfo withSource(Source s) {
        return new ClientInfo(name, os, build, lastUpdate, rdpClient, clientVersion, savedCredentials, rdpOptions, vpn, allowEncryptionOracle,
                domainJoined, credentialGuard, delegationPolicies, restrictedMode, s);
    }

    @Override
    public String describe() {
        return "client " + (name == null ? "" : name + " ") + (os == null ? "" : "(" + os + ") ")
                + (rdpClient == null ? "" : "using " + rdpClient + (clientVersion == null ? "" : " " + clientVersion))
                + (Boolean.TRUE.equals(vpn) ? ", on a VPN" : "")
                + (Boolean.TRUE.equals(savedCredentials) ? ", saved credentials" : "")
                + (Boolean.TRUE.equals(credentialGuard) ? ", Credential Guard running" : "")
                + (restrictedMode == null || restrictedMode == RestrictedMode.NONE ? ""
                        : ", " + restrictedMode.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " mode")
                + (delegationPolicies.isEmpty() ? "" : ", delegation policies " + delegationPolicies);
    }
}
