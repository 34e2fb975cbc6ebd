package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An administrative-template policy as gpresult reports it, under its English name (parsers map
 * localized names to it).
 *
 * @param gpo   the winning GPO ("Local Group Policy" when set locally)
 * @param scope where the winning GPO is linked: "site", "domain" or an OU path
 */
public record GpoSetting(
        @JsonProperty(required = true) String policy,
        @JsonProperty(required = true) PolicyState state,
        String value,
        String gpo,
        String scope,
        Source source) implements Sourced<GpoSetting> {

    public static final String ALLOW_REMOTE_CONNECTIONS = "Allow users to connect remotely by using Remote Desktop Services";
    /** Remote Session Environment, Windows 10 1903 and later: Disabled makes sessions use the XDDM driver. */
    public static final String WDDM_DISPLAY_DRIVER = "Use WDDM graphics display driver for Remote Desktop Connections";
    /** The policy behind fPromptForPassword: the host asks for the password even when the client brings one. */
    public static final String ALWAYS_PROMPT = "Always prompt for password upon connection";
    /** Remote Session Environment: AVC444ModePreferred = 1 - H.264/AVC in 4:4:4 mode, through the GPU's encoder when there is one. */
    public static final String AVC444_MODE = "Prioritize H.264/AVC 444 Graphics mode for Remote Desktop Connections";
    /** Remote Session Environment: AVCHardwareEncodePreferred = 1 - RDP's H.264/AVC frames encoded by the GPU. */
    public static final String AVC_HARDWARE_ENCODE = "Configure H.264/AVC hardware encoding for Remote Desktop Connections";
    /** Remote Desktop Session Host > Security: the layer (RDP, Negotiate, SSL) every connection must use. */
    public static final String SECURITY_LAYER = "Require use of specific security layer for remote (RDP) connections";
    /** Remote Desktop Session Host > Security (TemplateCertificate): the RDP certificate is enrolled from this template instead of self-signed. */
    public static final String CERT_TEMPLATE = "Server authentication certificate template";

    /** System > Credentials Delegation: the CredSSP policy of CVE-2018-0886 (AllowEncryptionOracle). */
    public static final String ENCRYPTION_ORACLE_REMEDIATION = "Encryption Oracle Remediation";

    /** This is Encryption Oracle Remediation, enabled at "Force Updated Clients" (AllowEncryptionOracle 0). */
    public boolean forcesUpdatedClients() {
        return policy.equalsIgnoreCase(ENCRYPTION_ORACLE_REMEDIATION) && state == PolicyState.ENABLED
                && value != null && FORCE_UPDATED_CLIENTS.matcher(value).lookingAt();
    }

    /** The policy's value as gpresult or a ticket writes it, in any case and spacing. */
    private static final java.util.regex.Pattern FORCE_UPDATED_CLIENTS =
            java.util.regex.Pattern.compile("\\s*force\\s+updated\\s+clients", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * One of the two H.264/AVC policies of Remote Session Environment (AVC444_MODE, AVC_HARDWARE_ENCODE),
     * whatever the case of its name: tickets and gpresult versions write "graphics mode" and "Remote
     * Desktop connections" both ways.
     */
    public boolean avcPolicy() {
        return AVC444_MODE.equalsIgnoreCase(policy) || AVC_HARDWARE_ENCODE.equalsIgnoreCase(policy);
    }

    @Override
    public GpoSetting withSource(Source s) {
        return new GpoSetting(policy, state, value, gpo, scope, s);
    }

    @Override
    public String describe() {
        return "policy \"" + policy + "\" = " + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (value == null ? "" : " (" + value + ")")
                + (gpo == null ? "" : ", winning GPO \"" + gpo + "\"") + (scope == null ? "" : " linked at " + scope);
    }
}
