package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.GroupMember;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code net localgroup "Remote Desktop Users"} (or any one group): the group's name on the first
 * line after a localized label ("Alias name", "Aliasname", "Nombre de alias", "Nom alias",
 * "Aliasnaam"), a comment, a "Members" heading, a line of dashes, one member per line and a
 * localized completion line ("The command completed successfully.", "Der Befehl wurde erfolgreich
 * ausgeführt." ...). The group is named by its SID when its (localized) name is a well-known one
 * (Remote Desktop Users / Remotedesktopbenutzer / Gebruikers van Extern bureaublad / Usuarios de
 * escritorio remoto / Utilisateurs du Bureau à distance: S-1-5-32-555; Administrators /
 * Administratoren / Administradores / Administrateurs: S-1-5-32-544).
 *
 * <pre>
 * Alias name     Remote Desktop Users
 * Comment        Members in this group are granted the right to logon remotely
 *
 * Members
 *
 * -------------------------------------------------------------------------------
 * CONTOSO&#92;user1
 * The command completed successfully.
 * </pre>
 *
 * The group-members area counts as collected only for Remote Desktop Users (an empty list then
 * says "nobody is in it"); another group gives its members without that claim.
 */
public final class NetLocalgroupParser implements CommandParser {

    /** The labels and the closing sentence by language. */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Alias name", "Comment", "Members", "The command completed successfully"),
            "de", List.of("Aliasname", "Beschreibung", "Mitglieder", "Der Befehl wurde erfolgreich ausgeführt"),
            "es", List.of("Nombre de alias", "Comentario", "Miembros", "Se ha completado el comando correctamente"),
            "fr", List.of("Nom alias", "Nom de l'alias", "Commentaire", "Membres", "La commande s'est terminée correctement"),
            "nl", List.of("Aliasnaam", "Opmerking", "Leden", "De opdracht is voltooid"));

    private static final List<String> ALIAS_LABELS = List.of("alias name", "aliasname", "nombre de alias", "nom alias",
            "nom de l'alias", "aliasnaam");

    @Override
    public String id() {
        return "net-localgroup";
    }

    @Override
    public List<String> commands() {
        return List.of("net localgroup \"Remote Desktop Users\"", "net localgroup Administrators");
    }

    @Override
    public boolean recognises(Capture capture) {
        int first = ListForm.skipBlank(capture, 0);
        return first < capture.lines().size() && aliasLabel(capture.lines().get(first)) != null && dashes(capture) >= 0;
    }

    private static String aliasLabel(String line) {
        String f = Win.fold(line);
        for (String l : ALIAS_LABELS) {
            if (f.startsWith(l + " ")) {
                return l;
            }
        }
        return null;
    }

    private static int dashes(Capture c) {
        List<String> lines = c.lines();
        for (int i = 0; i < lines.size() && i < 50; i++) {
            String t = lines.get(i).trim();
            if (t.length() >= 20 && t.chars().allMatch(ch -> ch == '-')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCompletion(String line) {
        String f = Win.fold(line);
        return f.startsWith("the command completed") || f.startsWith("der befehl wurde") || f.startsWith("se ha completado el comando")
                || f.startsWith("la commande s'est terminee") || f.startsWith("de opdracht is") || f.startsWith("el comando se ha completado");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        int first = ListForm.skipBlank(c, 0);
        if (first >= lines.size()) {
            throw Win.fail(c, 0, "expected net localgroup output (\"Alias name     Remote Desktop Users\")");
        }
        String label = aliasLabel(lines.get(first));
        if (label == null) {
            throw Win.fail(c, first, "expected \"Alias name\" (\"Aliasname\", \"Nombre de alias\", \"Nom alias\") and the group's name");
        }
        String head = Win.cut(lines.get(first)).trim();
        String[] parts = head.split("\\s{2,}|\\t", 2);
        // padded with two or more spaces; a paste that collapsed them: cut the label off
        String groupName = parts.length == 2 ? parts[1].trim() : head.length() > label.length() ? head.substring(label.length()).trim() : null;
        if (groupName == null || groupName.isEmpty()) {
            throw Win.fail(c, first, "expected the group's name after \"" + label + "\"");
        }
        int d = dashes(c);
        if (d < first) {
            throw Win.fail(c, first, "expected a line of dashes before the members");
        }
        String sid = Win.sidOf(groupName);
        String group = sid != null ? sid : groupName;
        List<Fact> facts = new ArrayList<>();
        for (int i = d + 1; i < lines.size(); i++) {
            String line = Win.cut(lines.get(i)).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (isCompletion(line)) {
                break;
            }
            facts.add(new GroupMember(group, groupName, line, Win.sidOf(line), c.source(i)));
        }
        return new Parsed(facts, GroupMember.REMOTE_DESKTOP_USERS.equals(sid) ? EnumSet.of(Area.GROUP_MEMBERS) : EnumSet.noneOf(Area.class), LABELS.language(c));
    }
}
