package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of the error the Remote Desktop client showed, as the user copied it: the file
 * {@code client-error.txt} that the collector writes from {@code -ClientError "..."}, or a dialog
 * copied with Ctrl+C. It gives the same fact as {@code rdp-doctor diagnose --client-error "..."}:
 * one failed {@link ConnectionAttempt} whose errorText is the message (the knowledge base matches
 * it against the known client messages in any language, and finds error codes such as 0x204 in it).
 *
 * <p>A message box copied with Ctrl+C arrives framed; the frame, the window title and the button
 * line are not part of the message:
 * <pre>
 * ---------------------------
 * Remote Desktop Connection
 * ---------------------------
 * An authentication error has occurred.
 * The function requested is not supported
 * ---------------------------
 * OK   Help
 * ---------------------------
 * </pre>
 * A task dialog copied with Ctrl+C arrives as {@code [Window Title]} / {@code [Content]} /
 * {@code [OK] [Help]} sections; only the message sections are kept. Plain text (what the user typed
 * or copied by hand) is the message as it is, its lines joined by single spaces.
 *
 * <p>{@link #recognises} accepts only a copied dialog whose window title is the Remote Desktop
 * client's (Remote Desktop Connection, Remotedesktopverbindung, Connexion Bureau à distance,
 * Conexión a Escritorio remoto, Verbinding met extern bureaublad): free text could be the output of
 * anything, and recognising it by content would take other captures. Plain text is read when the
 * file is named {@code client-error.txt} (the conventional name).
 */
public final class ClientErrorParser implements CommandParser {

    private static final Pattern FRAME = Pattern.compile("^-{10,}\\s*$");
    /** Skeletons (ASCII letters, lower case) of the client's window title in en, de, fr, es, nl. */
    private static final Set<String> TITLES = Set.of("remotedesktopconnection", "remotedesktopverbindung",
            "connexionbureauadistance", "connexionbureaudistance", "conexionaescritorioremoto", "conexinaescritorioremoto",
            "verbindingmetexternbureaublad");
    /** The client's window title by language: the language of a copied dialog (a message typed by hand has none: unknown). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Remote Desktop Connection"),
            "de", List.of("Remotedesktopverbindung"),
            "fr", List.of("Connexion Bureau à distance"),
            "es", List.of("Conexión a Escritorio remoto"),
            "nl", List.of("Verbinding met extern bureaublad"));
    /** A task dialog's section heading ("[Window Title]", "[Main Instruction]", "[Content]", "[Expanded Information]"). */
    private static final Pattern SECTION = Pattern.compile("^\\[(Window Title|Main Instruction|Content|Expanded Information|Footer)]\\s*$");
    /** A task dialog's button line: "[OK] [Help]", "[OK]". */
    private static final Pattern BUTTONS = Pattern.compile("^(\\[[^\\]]{1,30}]\\s*)+$");
    private static final int MAX_TEXT = 4000;

    @Override
    public String id() {
        return "client-error";
    }

    @Override
    public List<String> commands() {
        return List.of("(the client's error message as copied: the file client-error.txt)");
    }

    @Override
    public boolean recognises(Capture c) {
        List<String> l = c.lines();
        int i = nextNonBlank(l, 0);
        if (i < 0 || i + 1 >= l.size()) return false;
        if (FRAME.matcher(l.get(i)).matches() && i + 2 < l.size() && FRAME.matcher(l.get(i + 2)).matches()) {
            return TITLES.contains(skeleton(l.get(i + 1)));
        }
        if (clean(l.get(i)).equals("[Window Title]")) {
            return TITLES.contains(skeleton(l.get(i + 1)));
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> l = c.lines();
        int first = nextNonBlank(l, 0);
        if (first < 0) {
            throw fail(c, 0, "the text of the client's error message");
        }
        List<Integer> body = new ArrayList<>();
        if (FRAME.matcher(l.get(first)).matches()) {
            // ---- / title / ---- / message ... / ---- / buttons / ----
            if (first + 2 >= l.size() || !FRAME.matcher(l.get(first + 2)).matches()) {
                throw fail(c, first + 1, "a copied message box: a dashed line, the window title, a dashed line, the message");
            }
            for (int i = first + 3; i < l.size() && !FRAME.matcher(l.get(i)).matches(); i++) {
                body.add(i);
            }
        } else if (clean(l.get(first)).equals("[Window Title]")) {
            boolean keep = false;
            for (int i = first; i < l.size(); i++) {
                String s = clean(l.get(i));
                java.util.regex.Matcher m = SECTION.matcher(s);
                if (m.matches()) {
                    keep = !m.group(1).equals("Window Title");
                } else if (BUTTONS.matcher(s).matches()) {
                    keep = false;
                } else if (keep) {
                    body.add(i);
                }
            }
        } else {
            for (int i = first; i < l.size(); i++) {
                body.add(i);
            }
        }
        StringBuilder text = new StringBuilder();
        int at = -1;
        for (int i : body) {
            String s = clean(l.get(i));
            if (s.isEmpty()) continue;
            if (at < 0) at = i;
            if (text.length() > 0) text.append(' ');
            text.append(s);
        }
        if (at < 0) {
            throw fail(c, first, "the text of the client's error message (the copied dialog has no message)");
        }
        String message = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        ConnectionAttempt attempt = new ConnectionAttempt(null, null, null, null, null, null, false, message, null, null, null, c.source(at));
        return new Parsed(List.of(attempt), EnumSet.of(Area.CONNECTION_ATTEMPTS), LABELS.language(c));
    }
}
