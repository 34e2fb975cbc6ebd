package io.rdpdoctor.derived;

import java.util.Locale;
import java.util.Map;

/** How a client names a Microsoft Entra account and asks for Entra sign-in, as the rules ask it. */
public final class EntraNames {

    private EntraNames() {
    }

    /** "AzureAD\john@contoso.com": the form an Entra-registered client must type. */
    public static boolean hasAzureAdPrefix(String user) {
        return user != null && user.strip().toLowerCase(Locale.ROOT).startsWith("azuread\\");
    }

    /** The .rdp option enablerdsaadauth:i:1 ("Use a web account to sign in to the remote computer"). */
    public static boolean webAccountSignIn(Map<String, String> rdpOptions) {
        if (rdpOptions == null) return false;
        String v = rdpOptions.get("enablerdsaadauth");
        return v != null && (v.strip().equalsIgnoreCase("i:1") || v.strip().equals("1"));
    }

    /** FreeRDP 3's web-account (Microsoft Entra) sign-in, /sec:aad (alone or among the listed layers: /sec:aad,tls,nla). */
    public static boolean freeRdpWebAccount(Map<String, String> options) {
        if (options == null) return false;
        String v = options.get("/sec");
        return v != null && java.util.Arrays.stream(v.split(",")).anyMatch(s -> s.strip().equalsIgnoreCase("aad"));
    }

    /**
     * The sentence Microsoft's clients add to a refused sign-in when the host answers as an Entra-joined
     * one: "The remote machine is AADJ joined." (whatever the case, spacing or line breaks).
     */
    public static boolean saysRemoteIsEntraJoined(String clientMessage) {
        return clientMessage != null && AADJ_SENTENCE.matcher(clientMessage).find();
    }

    private static final java.util.regex.Pattern AADJ_SENTENCE =
            java.util.regex.Pattern.compile("(?i)remote\\s+machine\\s+is\\s+(?:aadj|azure\\s*ad|entra(?:\\s+id)?)[\\s-]+joined");
}
