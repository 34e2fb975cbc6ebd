package io.rdpdoctor.parse.windows;

/**
 * The one table of well-known principals for every parser: the SID of BUILTIN\Administrators,
 * VORDEFINIERT\Administratoren, INGEBOUWD\Administrators, Jeder, Iedereen, Todos, Tout le monde,
 * NT-AUTORITÄT\SYSTEM, NETZWERKDIENST, Remotedesktopbenutzer, Gebruikers van Extern bureaublad,
 * Usuarios de escritorio remoto, Utilisateurs du Bureau à distance, ... (en, de, nl, es, fr, also
 * as cp850 mojibake), or of "*S-1-5-32-555" as written; null for anything else, such as a domain
 * group (CONTOSO\Administrators). The table itself is {@code Win.sidOf}.
 */
public final class WellKnownPrincipals {

    private WellKnownPrincipals() {
    }

    public static String sid(String principal) {
        return Win.sidOf(principal);
    }
}
