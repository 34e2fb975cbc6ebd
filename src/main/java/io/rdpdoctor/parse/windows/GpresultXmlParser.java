package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * {@code gpresult /scope computer /x gpresult.xml} (run elevated; the file is UTF-16 or UTF-8 XML,
 * decoded by the core): the Resultant Set of Policy of the computer. Read: the Remote Desktop
 * administrative-template policies (any policy in a Remote Desktop Services category, and the
 * five the rules know under their English names whatever the display language: "Allow users to
 * connect remotely by using Remote Desktop Services", "Require user authentication for remote
 * connections by using Network Level Authentication", "Require use of specific security layer for
 * remote (RDP) connections", "Set client connection encryption level", "Limit number of
 * connections") with their state, first option value and winning GPO (precedence 1) and the
 * GPO's link (scope); and the user rights assignments set by policy (UserRight, members as SIDs
 * where given or well known).
 *
 * <pre>
 * &lt;Rsop xmlns="http://www.microsoft.com/GroupPolicy/Rsop"&gt;
 *   &lt;ComputerResults&gt; &lt;GPO&gt;&lt;Name&gt;RDP Lockdown&lt;/Name&gt;&lt;Path&gt;&lt;Identifier&gt;{GUID}&lt;/Identifier&gt;...
 *     &lt;ExtensionData&gt;&lt;Extension xsi:type="q1:RegistrySettings"&gt;
 *       &lt;q1:Policy&gt;&lt;GPO&gt;&lt;Identifier&gt;{GUID}&lt;/Identifier&gt;&lt;/GPO&gt;&lt;Precedence&gt;1&lt;/Precedence&gt;
 *         &lt;q1:Name&gt;Allow users to connect remotely by using Remote Desktop Services&lt;/q1:Name&gt;
 *         &lt;q1:State&gt;Disabled&lt;/q1:State&gt; ...
 * </pre>
 *
 * The group-policy area counts as collected when ComputerResults is present (a policy not listed
 * is then not configured); user rights from gpresult are only those set by policy, so the
 * user-rights area is not claimed. DTDs and external entities are refused.
 */
public final class GpresultXmlParser implements CommandParser {

    /** One configured builder per thread: looking up and configuring a factory costs more than parsing a small report. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser: " + e.getMessage(), e);
        }
    });


    @Override
    public String id() {
        return "gpresult-x";
    }

    @Override
    public List<String> commands() {
        return List.of("gpresult /scope computer /x gpresult.xml  (the file gpresult.xml)");
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 5; i++) {
            String l = capture.lines().get(i);
            if (l.contains("<Rsop") || l.contains("<rsop") && l.contains("GroupPolicy")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        String text = String.join("\n", c.lines());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // an XML declaration saying utf-16 is a lie once the core has decoded the text
        text = text.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        Document doc;
        try {
            DocumentBuilder b = BUILDER.get();
            b.reset();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ParseException(c.file(), c.lineNumber(Math.max(0, e.getLineNumber() - 1)), "expected gpresult /x XML: " + e.getMessage());
        } catch (Exception e) {
            throw Win.fail(c, 0, "expected gpresult /x XML: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (root == null || !root.getLocalName().equals("Rsop")) {
            throw Win.fail(c, 0, "expected gpresult /x XML with an <Rsop> root element");
        }
        Element computer = child(root, "ComputerResults");
        if (computer == null) {
            throw Win.fail(c, 0, "expected <ComputerResults> (run gpresult /scope computer /x from an elevated prompt)");
        }
        Map<String, String[]> gpos = new HashMap<>();
        for (Element g : children(computer, "GPO")) {
            String name = text(child(g, "Name"));
            Element path = child(g, "Path");
            String id = path == null ? null : text(child(path, "Identifier"));
            Element link = child(g, "Link");
            String som = link == null ? null : text(child(link, "SOMPath"));
            if (id != null) {
                gpos.put(id.toUpperCase(Locale.ROOT), new String[] {name, som});
            }
        }
        List<Fact> facts = new ArrayList<>();
        int cursor = 0;
        for (Element ext : descendants(computer, "Extension")) {
            for (Element p : children(ext, "Policy")) {
                if (!winner(p)) {
                    continue;
                }
                String shown = text(child(p, "Name"));
                String category = text(child(p, "Category"));
                String english = PolicyNames.policy(shown);
                if (english == null && (category == null || !PolicyNames.remoteDesktopCategory(category))) {
                    continue;
                }
                String stateText = text(child(p, "State"));
                PolicyState state = Win.policyState(stateText);
                if (shown == null || state == null) {
                    throw Win.fail(c, lineOf(c, shown, cursor), "expected <Name> and <State> Enabled/Disabled in policy '" + shown + "'; read state '" + stateText + "'");
                }
                String[] gpo = gpo(p, gpos);
                cursor = lineOf(c, shown, cursor);
                facts.add(new GpoSetting(english != null ? english : shown, state, optionValue(p), gpo[0], gpo[1], c.source(cursor)));
            }
            for (Element u : children(ext, "UserRightsAssignment")) {
                if (!winner(u)) {
                    continue;
                }
                String name = text(child(u, "Name"));
                if (name == null) {
                    continue;
                }
                List<String> members = new ArrayList<>();
                for (Element m : children(u, "Member")) {
                    String sid = text(child(m, "SID"));
                    String mname = text(child(m, "Name"));
                    String known = sid != null ? sid : Win.sidOf(mname);
                    if (known != null) {
                        members.add("*" + known);
                    } else if (mname != null) {
                        members.add(mname);
                    }
                }
                String right = PolicyNames.right(name);
                cursor = lineOf(c, name, cursor);
                facts.add(new UserRight(right != null ? right : name, members, c.source(cursor)));
            }
        }
        return new Parsed(facts, EnumSet.of(Area.GROUP_POLICY), Language.NEUTRAL);
    }

    /** Precedence 1 (or none given): the winning GPO's setting. */
    private static boolean winner(Element e) {
        String p = text(child(e, "Precedence"));
        return p == null || p.trim().equals("1");
    }

    private static String[] gpo(Element setting, Map<String, String[]> gpos) {
        Element g = child(setting, "GPO");
        if (g == null) {
            return new String[2];
        }
        String id = text(child(g, "Identifier"));
        String name = text(child(g, "Name"));
        String[] known = id == null ? null : gpos.get(id.toUpperCase(Locale.ROOT));
        if (known != null) {
            return new String[] {name != null ? name : known[0], known[1]};
        }
        return new String[] {name != null ? name : id, null};
    }

    /** The first option's value: a drop-down's chosen item, a number or a text. */
    private static String optionValue(Element policy) {
        for (Node n = policy.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "DropDownList" -> {
                    Element v = child(e, "Value");
                    String s = v == null ? null : text(child(v, "Name"));
                    if (s != null) {
                        return s;
                    }
                }
                case "Numeric", "EditText" -> {
                    String s = text(child(e, "Value"));
                    if (s != null) {
                        return s;
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList all = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }

    /** The index of the first line at or after {@code from} holding {@code >text<}, else {@code from}. */
    private static int lineOf(Capture c, String text, int from) {
        if (text == null) {
            return from;
        }
        String needle = ">" + text.replace("&", "&amp;").replace("<", "&lt;") + "<";
        for (int i = from; i < c.lines().size(); i++) {
            if (c.lines().get(i).contains(needle)) {
                return i;
            }
        }
        return from;
    }
}
