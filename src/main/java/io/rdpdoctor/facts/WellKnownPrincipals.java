package io.rdpdoctor.facts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one table of well-known principals: the SID of BUILTIN\\Administrators,
 * VORDEFINIERT\\Administratoren, INGEBOUWD\\Administrators, Jeder, Iedereen, Todos, Tout le monde,
 * NT-AUTORITÄT\\SYSTEM, NETZWERKDIENST, Remotedesktopbenutzer, Gebruikers van Extern bureaublad,
 * Usuarios de escritorio remoto, Utilisateurs du Bureau à distance, ... (en, de, nl, es, fr, also
 * as cp850 mojibake), or of "*S-1-5-32-555" as written; null for anything else, such as a domain
 * group (CONTOSO\\Administrators). The parsers ({@code Win.sidOf}) and the facts
 * ({@link UserRight#namesABroadGroup}) read it.
 */
public final class WellKnownPrincipals {

    private WellKnownPrincipals() {
    }

    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            // Administrators
            Map.entry("administrators", "S-1-5-32-544"), Map.entry("administratoren", "S-1-5-32-544"),
            Map.entry("administradores", "S-1-5-32-544"), Map.entry("administrateurs", "S-1-5-32-544"),
            Map.entry("beheerders", "S-1-5-32-544"),
            // Users
            Map.entry("users", "S-1-5-32-545"), Map.entry("benutzer", "S-1-5-32-545"),
            Map.entry("gebruikers", "S-1-5-32-545"), Map.entry("usuarios", "S-1-5-32-545"),
            Map.entry("utilisateurs", "S-1-5-32-545"),
            // Remote Desktop Users
            Map.entry("remote desktop users", "S-1-5-32-555"), Map.entry("remotedesktopbenutzer", "S-1-5-32-555"),
            Map.entry("gebruikers van extern bureaublad", "S-1-5-32-555"),
            Map.entry("extern bureaublad-gebruikers", "S-1-5-32-555"),
            Map.entry("usuarios de escritorio remoto", "S-1-5-32-555"),
            Map.entry("utilisateurs du bureau a distance", "S-1-5-32-555"),
            // Everyone
            Map.entry("everyone", "S-1-1-0"), Map.entry("jeder", "S-1-1-0"), Map.entry("iedereen", "S-1-1-0"),
            Map.entry("todos", "S-1-1-0"), Map.entry("tout le monde", "S-1-1-0"),
            // SYSTEM, LOCAL SERVICE, NETWORK SERVICE
            Map.entry("system", "S-1-5-18"), Map.entry("local system", "S-1-5-18"),
            Map.entry("local service", "S-1-5-19"), Map.entry("lokaler dienst", "S-1-5-19"),
            Map.entry("network service", "S-1-5-20"), Map.entry("netzwerkdienst", "S-1-5-20"),
            Map.entry("networkservice", "S-1-5-20"),
            // Authenticated Users
            Map.entry("authenticated users", "S-1-5-11"), Map.entry("authentifizierte benutzer", "S-1-5-11"),
            Map.entry("geverifieerde gebruikers", "S-1-5-11"), Map.entry("usuarios autentificados", "S-1-5-11"),
            Map.entry("utilisateurs authentifies", "S-1-5-11"),
            // CREATOR OWNER
            Map.entry("creator owner", "S-1-3-0"), Map.entry("ersteller-besitzer", "S-1-3-0"),
            Map.entry("maker eigenaar", "S-1-3-0"), Map.entry("creador propietario", "S-1-3-0"),
            Map.entry("createur proprietaire", "S-1-3-0"),
            // Guests, Backup Operators
            Map.entry("guests", "S-1-5-32-546"), Map.entry("gaste", "S-1-5-32-546"), Map.entry("gasten", "S-1-5-32-546"),
            Map.entry("invitados", "S-1-5-32-546"), Map.entry("invites", "S-1-5-32-546"),
            Map.entry("backup operators", "S-1-5-32-551"), Map.entry("sicherungs-operatoren", "S-1-5-32-551"),
            Map.entry("all application packages", "S-1-15-2-1"), Map.entry("alle anwendungspakete", "S-1-15-2-1"),
            Map.entry("trustedinstaller", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"));

    /** The domains that prefix a well-known name: BUILTIN, NT AUTHORITY and their translations. */
    private static final Pattern WELL_KNOWN_DOMAIN = Pattern.compile(
            "(builtin|vordefiniert|ingebouwd|integrado|nt authority|nt-autoritat|nt-instantie|autorite nt|nt service"
                    + "|application package authority|zertifizierungsstelle fur anwendungspakete)");

    /**
     * The SID of a well-known principal written in any of the languages known here
     * ("VORDEFINIERT\Administratoren", "Jeder", "NT-AUTORITÄT\SYSTEM", "*S-1-5-32-555"), else null.
     * A name with a domain that is not a built-in one (CONTOSO\Administrators) is not mapped.
     */
    public static String sid(String principal) {
        if (principal == null) {
            return null;
        }
        String p = principal.trim();
        if (p.startsWith("*")) {
            p = p.substring(1);
        }
        if (p.toUpperCase(Locale.ROOT).matches("S-1-[0-9-]+")) {
            return p.toUpperCase(Locale.ROOT);
        }
        String f = WindowsText.fold(p);
        int slash = f.lastIndexOf('\\');
        if (slash >= 0) {
            String domain = f.substring(0, slash);
            if (!WELL_KNOWN_DOMAIN.matcher(domain).matches()) {
                return null;
            }
            f = f.substring(slash + 1);
        }
        return WELL_KNOWN.get(f);
    }

}
