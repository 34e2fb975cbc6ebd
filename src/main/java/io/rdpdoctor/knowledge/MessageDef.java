package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message an RDP client shows, in the languages it is shown in, with the causes it points to
 * and how likely each is. The rules match a client's error text or code against these and
 * conclude the hypotheses as "possible" (a message alone never confirms a cause).
 *
 * <p>How a client's error matches (strongest first, {@link #match}):
 * <ul>
 * <li>{@link Match#TEXT}: one of its {@code texts} appears in the error, or the error is a
 * fragment of one of them of at least {@value #MIN_FRAGMENT} characters; both at word boundaries.
 * A text may hold {@code %s} where the client puts a server or user name: the parts around it
 * must appear in that order.</li>
 * <li>{@link Match#KEYWORD}: one of its {@code keywords} appears at word boundaries: a short
 * distinctive phrase ("encryption oracle", "CredSSP"), an error name ("ERRCONNECT_LOGON_FAILURE"),
 * or several that must all appear, joined by {@code " + "} ("CredSSP + オラクル").</li>
 * <li>{@link Match#CODE}: one of its {@code codes} appears as a main (disconnect-reason) code, or
 * one of its {@code extendedCodes} as an extended code ("Extended error code: 0x7", a FreeRDP
 * ERRINFO code). The two are kept apart: 0x104 is a DNS failure as a main code and a licence
 * error as an extended one.</li>
 * </ul>
 * Letter case is folded with {@link Locale#ROOT}; Chinese, Japanese and Korean characters are words
 * of their own, so a keyword in them matches inside a sentence without spaces, and a space between two
 * of them is dropped (Japanese dialogs space katakana words that quotes run together).
 *
 * @param texts         language code → the message's texts (or distinctive parts of them)
 * @param keywords      short distinctive phrases or error names that identify it in any language
 * @param codes         main (disconnect-reason) codes that identify it ("0x204")
 * @param extendedCodes extended disconnect-reason codes that identify it ("0x7"), or a range of
 *                      them ("0x1000-0x7fff": Microsoft's range of protocol errors)
 * @param hypotheses    the causes it points to, with a prior (0..1) that orders them; empty when the
 *                      message names no cause the catalogue has (then its stage says where it failed)
 * @param asks          questions (next steps) that decide between the hypotheses
 * @param stage         where in the connection the message shows it failed, when it shows that
 *                      (a DNS failure, a TCP connect failure, an NLA refusal); null: it does not say
 * @param explainedBy   causes besides its hypotheses that, once confirmed, account for the message
 *                      (causes a rule raises from it only in some settings, e.g. on an Entra-joined
 *                      host); a confirmed hypothesis accounts for it too ({@link Explanations})
 * @param generic       not one client's message but words any client uses for a failure at one
 *                      stage ("password", "certificate", "timed out"): it tells the stage and at most
 *                      the causes its words name, and counts only when no other message matches
 *                      (rules/client-errors/stage-words.yaml)
 */
public record MessageDef(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        Map<String, List<String>> texts,
        List<String> keywords,
        List<String> codes,
        List<String> extendedCodes,
        @JsonProperty(required = true) List<Hypothesis> hypotheses,
        List<String> asks,
        @JsonProperty(required = true) List<String> sources,
        io.rdpdoctor.facts.FailureStage stage,
        List<String> explainedBy,
        boolean generic) implements java.io.Serializable {

    public record Hypothesis(@JsonProperty(required = true) String id, @JsonProperty(required = true) Double prior)
            implements java.io.Serializable {
    }

    /** The message names its cause: one of its hypotheses is more likely than not (p >= 0.5). */
    public boolean namesItsCause() {
        return hypotheses.stream().anyMatch(h -> h.prior() >= 0.5);
    }

    /**
     * By the id alone (the catalogue's key: equal messages have equal ids; equals stays the record's).
     * The rules take the messages with {@code from}, and Drools hashes each of them for every host:
     * the record's own hash went through every text, code and hypothesis each time.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    /** How strongly a client's error matches a message; the order is the strength. */
    public enum Match { NONE, CODE, KEYWORD, TEXT }

    /** A partial paste must have at least this many characters (normalised) to count. */
    static final int MIN_FRAGMENT = 24;

    /** A hex code not glued to a longer word or number: "0x204", "[0x0002000D]", not "10x2" or "0x204a1z". */
    private static final Pattern CODE = Pattern.compile("(?<![0-9a-z_])0x([0-9a-f]{1,8})(?![0-9a-z])");
    /** A decimal code where clients print one: mRemoteNG's "RDP disconnected! 516 ...", "Error code 3334", the client's event 1026 "(Reason= 2308)". */
    private static final Pattern DECIMAL_CODE = Pattern.compile(
            "(?:rdp disconnected(?: from server \\S+)?!?\\s*|error code[:\\s]\\s*|\\(reason\\s*=\\s*)(\\d{1,5})(?![0-9a-z]|[.,]\\d)");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_WORD_OR_UNDERSCORE = Pattern.compile("[^\\p{L}\\p{N}_]+");
    /**
     * A space between two Chinese, Japanese or Korean characters. Japanese dialogs put spaces between
     * katakana words ("リモート デスクトップ") that quotes leave out, and Korean spacing varies between
     * quotes; the characters are words of their own ({@link #indexOfWord}), so the space carries nothing.
     */
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u30FC]) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u30FC])");

    /**
     * Misspellings and British spellings tickets retype messages with ("An internal error has
     * occured", "licence"), each read as the catalogue's spelling; applied to both sides alike.
     */
    private static final java.util.Map<String, String> SPELLING = java.util.Map.ofEntries(
            java.util.Map.entry("occured", "occurred"), java.util.Map.entry("occurrred", "occurred"),
            java.util.Map.entry("recieved", "received"), java.util.Map.entry("recieve", "receive"),
            java.util.Map.entry("authentification", "authentication"), java.util.Map.entry("authenication", "authentication"),
            java.util.Map.entry("autentication", "authentication"), java.util.Map.entry("credentails", "credentials"),
            java.util.Map.entry("crendentials", "credentials"), java.util.Map.entry("conection", "connection"),
            java.util.Map.entry("connet", "connect"), java.util.Map.entry("conect", "connect"),
            java.util.Map.entry("licence", "license"), java.util.Map.entry("licences", "licenses"),
            java.util.Map.entry("authorised", "authorized"), java.util.Map.entry("unauthorised", "unauthorized"));
    private static final Pattern MISSPELLED = Pattern.compile("\\b(?:" + String.join("|", SPELLING.keySet()) + ")\\b");
    /** Words that mark the code after them as an extended disconnect reason, in the client's languages. */
    private static final Pattern EXTENDED_LABEL = Pattern.compile(
            "extended|erweitert|uitgebreid|extendido|étendu|etendu|拡張|扩展|errinfo");
    /**
     * The catalogue's texts, normalised once: a batch matches every connection attempt against every
     * message, and normalising the same texts again each time was most of the rules' regex work.
     * Only catalogue texts are kept, so the map is as small as the catalogue.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> NORMALISED_VARIANTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public MessageDef {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        codes = codes == null ? List.of() : codes.stream().map(MessageDef::canonicalCode).toList();
        extendedCodes = extendedCodes == null ? List.of() : extendedCodes.stream().map(MessageDef::canonicalCode).toList();
        hypotheses = List.copyOf(hypotheses);
        asks = asks == null ? List.of() : List.copyOf(asks);
        sources = List.copyOf(sources);
        explainedBy = explainedBy == null ? List.of() : List.copyOf(explainedBy);
    }

    /** The ids of the causes this message points to. */
    public List<String> hypothesisIds() {
        return hypotheses.stream().map(Hypothesis::id).toList();
    }

    /**
     * Whether generic words (stage-words.yaml) are this message's own: found in one of its texts or
     * keywords. Words the message itself says ("password" in "...check your password") add nothing
     * to it; words the ticket says beside it ("...an account in Protected Users") do.
     */
    public boolean says(MessageDef words) {
        for (List<String> variants : texts.values()) {
            for (String v : variants) {
                if (words.matches(v, null)) return true;
            }
        }
        return keywords.stream().anyMatch(k -> words.matches(k.replace(" + ", " "), null));
    }

    /**
     * The causes of this message that generic words name beside it: the words' hypotheses among this
     * message's, with the words' priors; none when the words are the message's own ({@link #says}).
     */
    public List<Hypothesis> causesNamedBy(MessageDef words) {
        if (says(words)) return List.of();
        List<String> mine = hypothesisIds();
        return words.hypotheses().stream().filter(h -> mine.contains(h.id())).toList();
    }

    /** Whether a client's error matches this message at all (see {@link #match}). */
    public boolean matches(String errorText, String errorCode) {
        return match(errorText, errorCode) != Match.NONE;
    }

    /** How strongly a client's error matches this message: by its text, a keyword, a code, or not. */
    public Match match(String errorText, String errorCode) {
        return match(ClientError.of(errorText, errorCode));
    }

    Match match(ClientError error) {
        if (!error.text().isEmpty()) {
            Match byWords = matchByWords(error);
            if (byWords != Match.NONE) return byWords;
        }
        Codes found = error.codes();
        if (found.extended.stream().anyMatch(c -> listed(extendedCodes, c))) return Match.CODE;
        if (found.main.stream().anyMatch(c -> listed(codes, c)) && !anotherExtendedReason(found)) return Match.CODE;
        return Match.NONE;
    }

    /**
     * Whether the error gives an extended reason this message is not about: a message known by a
     * main code and its extended reason ("0x3, extended 0x7": disconnected by the server, which
     * denied the connection) is not the error "0x3, extended 0x11" (disconnected by the server,
     * whose display driver failed). The main code says who ended the connection, the extended one
     * why. Extended 0x0 gives no reason.
     */
    private boolean anotherExtendedReason(Codes found) {
        return !extendedCodes.isEmpty() && found.extended.stream().anyMatch(c -> !c.equals("0x0") && !listed(extendedCodes, c));
    }

    /** The error's text searched for each text and keyword of the message: TEXT, KEYWORD or NONE. */
    private Match matchByWords(ClientError error) {
        String text = error.text();
        for (List<String> variants : texts.values()) {
            for (String v : variants) {
                List<String> parts = NORMALISED_VARIANTS.computeIfAbsent(v, MessageDef::normalisedParts);
                if (parts.isEmpty()) continue;
                if (containsInOrder(text, parts) || parts.size() == 1 && isFragmentOf(text, parts.get(0))) {
                    return Match.TEXT;
                }
            }
        }
        if (quotedLoosely(error.meaningWords(), error.wordSet())) {
            return Match.TEXT;
        }
        for (String k : keywords) {
            // the text with "_" kept inside words, for names such as SSL_REQUIRED_BY_SERVER
            if (keywordIn(k, k.indexOf('_') >= 0 ? error.identifiers() : text)) {
                return Match.KEYWORD;
            }
        }
        return Match.NONE;
    }

    /** Whether the client's text is a part of one of the message's texts, long enough to count. */
    private static boolean isFragmentOf(String text, String whole) {
        return text.length() >= MIN_FRAGMENT && indexOfWord(whole, text, 0) >= 0;
    }

    /**
     * The words a client's error must hold for this message to match it by a text or keyword, as
     * {@link ClientMessages#matching} files the message under them: for each text and keyword its
     * longest word (every word of a text or keyword must be in the error; the longest is the least
     * common, where "the" or "remote" would be in nearly every error), for each text quoted loosely its
     * longest meaning word, or its two longest when a retyped quote may have lost one, and every word of
     * a text the error may be a part of (whose first word is then one of them). A message with codes
     * may match any error that has a code.
     *
     * @param words           words of its texts and keywords, looked for among the error's {@link #tokens}
     * @param identifierWords words of its keywords with "_" (error names), among the tokens of the error's identifiers
     * @param looseWords      meaning words of its texts quoted loosely, among the error's meaning words
     * @param fragmentWords   the words of its texts without {@code %s}: the error's first word, when it is long enough to be a part
     * @param byCode          whether it lists codes or extended codes
     */
    record Needs(java.util.Set<String> words, java.util.Set<String> identifierWords, java.util.Set<String> looseWords,
                 java.util.Set<String> fragmentWords, boolean byCode) {
    }

    /** The words this message needs in an error (see {@link Needs}); worked out when the catalogue is read. */
    Needs needs() {
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.Set<String> identifierWords = new java.util.HashSet<>();
        java.util.Set<String> loose = new java.util.HashSet<>();
        java.util.Set<String> fragment = new java.util.HashSet<>();
        for (List<String> variants : texts.values()) {
            for (String v : variants) {
                List<String> parts = NORMALISED_VARIANTS.computeIfAbsent(v, MessageDef::normalisedParts);
                if (parts.isEmpty()) continue;
                List<String> tokens = tokens(String.join(" ", parts));
                words.addAll(longest(tokens, 1));
                if (parts.size() == 1) fragment.addAll(tokens);
                List<String> meaning = MEANING_WORDS.computeIfAbsent(v, x -> meaningWords(normalise(x.replace("%s", " "))));
                if (meaning.size() >= MIN_LOOSE_WORDS) loose.addAll(longest(meaning, meaning.size() >= MIN_RETYPED_WORDS ? 2 : 1));
            }
        }
        for (String k : keywords) {
            List<String> parts = KEYWORD_PARTS.computeIfAbsent(k, MessageDef::keywordParts);
            if (parts.isEmpty()) continue;
            (k.indexOf('_') >= 0 ? identifierWords : words).addAll(longest(tokens(String.join(" ", parts)), 1));
        }
        return new Needs(java.util.Set.copyOf(words), java.util.Set.copyOf(identifierWords), java.util.Set.copyOf(loose),
                java.util.Set.copyOf(fragment), !codes.isEmpty() || !extendedCodes.isEmpty());
    }

    /** The n longest words (the first of equally long ones). */
    private static List<String> longest(List<String> words, int n) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    /**
     * A normalised text's words as {@link #indexOfWord} finds them: the runs between spaces, and each
     * Chinese, Japanese or Korean character a word of its own (so is a run of other letters beside one).
     */
    static List<String> tokens(String normalised) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ' || isCjk(c)) {
                if (start >= 0) out.add(normalised.substring(start, i));
                start = -1;
                if (c != ' ') out.add(String.valueOf(c));
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) out.add(normalised.substring(start));
        return out;
    }

    /**
     * Whether free text (a ticket pasted with or instead of command output) quotes this message: one
     * of its texts or keywords ("CredSSP", "ERRCONNECT_TLS_CONNECT_FAILED"), or a code that prose does
     * not hold by chance (0x204, 0x112f; not "0x3"). The generic words of a stage ("password",
     * "timed out") are not enough: any text about a failure uses them. Measured on the words of the
     * corpus's 604 real tickets pasted as they are (docs/parsers.md): keywords put 13 more right
     * causes first for 6 more wrong lists; the generic words 35 more right for 98 more wrong.
     */
    public boolean quotedIn(String prose) {
        if (generic || prose == null) return false;
        Match m = match(prose, null);
        if (m == Match.TEXT || m == Match.KEYWORD) return true;
        if (m == Match.CODE) {
            Codes found = codesIn(prose);
            java.util.Set<String> labelled = labelledCodesIn(prose);
            return found.main.stream().anyMatch(c -> listed(codes, c) && (distinctiveCode(c) || labelled.contains(c)))
                    || found.extended.stream().anyMatch(c -> listed(extendedCodes, c) && (distinctiveCode(c) || labelled.contains(c)));
        }
        return false;
    }

    /**
     * A hex code written after the dialog's own label ("Error code: 0x3", "Extended error code: 0x7",
     * "Fehlercode: 0x3", "Code d'erreur : 0x3", "エラーコード: 0x904", "拡張コード 0x11", "扩展错误代码： 0x7"): labelled, even a short code is the
     * client's, not a number prose holds by chance.
     */
    private static final Pattern LABELLED_CODE = Pattern.compile(
            "(?:error code|fehlercode|code d['’]erreur|エラー ?コード(?:は)?|拡張(?:エラー ?)?コード|错误代码)\\s*[:：]?\\s*(0x[0-9a-f]{1,8})(?![0-9a-z])");

    /** The codes a text writes after an error-code label, canonical ("0x3"). */
    static java.util.Set<String> labelledCodesIn(String prose) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = LABELLED_CODE.matcher(prose.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(canonicalCode(m.group(1)));
        return out;
    }

    /** A code of three hex digits or more (0x204, 0x112f): "0x3" or "0x7" could be any number in prose. */
    private static boolean distinctiveCode(String code) {
        return code.startsWith("0x") && code.length() >= 5;
    }

    /**
     * A client's error as {@link #match} reads it: normalised, its codes, its words that carry
     * meaning. The rules match one error against every message of the catalogue in a row, so it is
     * worked out once for the first message and kept for the next ones (the last error seen, one per
     * thread: sessions run on one thread, and it also serves a long ticket text the memo does not
     * keep); a batch meets the same errors on many hosts, so they are kept by text and code too.
     */
    record ClientError(String errorText, String errorCode, String text, String identifiers, Codes codes,
                               List<String> meaningWords, java.util.Set<String> wordSet,
                               java.util.Set<String> tokens, java.util.Set<String> identifierTokens) {

        private static final ThreadLocal<ClientError> LAST = new ThreadLocal<>();

        /** An error code that is a name, not a number: letters first, then letters, digits and "_". */
        private static final java.util.regex.Pattern NAMED_CODE = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

        static ClientError of(String errorText, String errorCode) {
            ClientError last = LAST.get();
            if (last != null && java.util.Objects.equals(last.errorText, errorText) && java.util.Objects.equals(last.errorCode, errorCode)) {
                return last;
            }
            ClientError e = MEMO.get(errorText, errorCode, k -> read(k.a(), k.b()));
            LAST.set(e);
            return e;
        }

        /** Errors read before, by text and code: a batch meets the same client errors on many hosts. */
        private static final BoundedMemo<ClientError> MEMO = new BoundedMemo<>(4096);

        private static ClientError read(String errorText, String errorCode) {
            Codes found = codesIn(errorText);
            found.addAll(codesIn(errorCode));
            // an error code that is a name (Power Automate's AadLogonFailure, FreeRDP's ERRCONNECT_...)
            // is read as words too, so that a keyword finds it
            String readAs = errorCode != null && NAMED_CODE.matcher(errorCode.strip()).matches()
                    ? (errorText == null ? errorCode.strip() : errorText + "\n" + errorCode.strip()) : errorText;
            String text = normalise(readAs);
            List<String> words = MessageDef.meaningWords(text);
            String identifiers = normalise(readAs, true);
            ClientError e = new ClientError(errorText, errorCode, text, identifiers,
                    new Codes(List.copyOf(found.main), List.copyOf(found.extended)), words, java.util.Set.copyOf(words),
                    new java.util.HashSet<>(MessageDef.tokens(text)), new java.util.HashSet<>(MessageDef.tokens(identifiers)));
            return e;
        }
    }

    /** The codes written in a text: main disconnect-reason codes and extended ones, apart. */
    public record Codes(List<String> main, List<String> extended) {
        void addAll(Codes other) {
            main.addAll(other.main);
            extended.addAll(other.extended);
        }
    }

    /**
     * Error codes written in a text ("0x204", "Error code: 0x112f", "[0x0002000D]"), lower case,
     * leading zeros dropped; a code after a word such as "extended" (or a FreeRDP ERRINFO name) is an
     * extended code. Decimal codes where clients print them (mRemoteNG's "RDP disconnected! 516",
     * "Error code 3334") are given in hex.
     */
    static Codes codesIn(String s) {
        Codes out = new Codes(new ArrayList<>(), new ArrayList<>());
        if (s == null) return out;
        String t = s.toLowerCase(Locale.ROOT);
        Matcher m = CODE.matcher(t);
        int from = 0;
        while (m.find()) {
            String code = canonicalCode(m.group());
            // FreeRDP's own numbers carry their class (0x1xxxx ERRINFO, 0x2xxxx ERRCONNECT): never extended
            boolean extended = Long.parseLong(m.group(1), 16) < 0x10000
                    && EXTENDED_LABEL.matcher(t.substring(from, m.start())).find();
            (extended ? out.extended : out.main).add(code);
            from = m.end();
        }
        Matcher d = DECIMAL_CODE.matcher(t);
        while (d.find()) {
            String code = "0x" + Integer.toHexString(Integer.parseInt(d.group(1)));
            boolean extended = EXTENDED_LABEL.matcher(t.substring(Math.max(0, d.start() - 12), d.start())).find();
            (extended ? out.extended : out.main).add(code);
        }
        return out;
    }

    /** Whether a code is one of the listed codes or inside one of the listed ranges ("0x1000-0x7fff"). */
    static boolean listed(List<String> listed, String code) {
        if (listed.contains(code)) return true;
        for (String l : listed) {
            int dash = l.indexOf('-');
            if (dash > 0 && code.startsWith("0x")) {
                long c = Long.parseLong(code.substring(2), 16);
                if (c >= Long.decode(l.substring(0, dash).strip()) && c <= Long.decode(l.substring(dash + 1).strip())) return true;
            }
        }
        return false;
    }

    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

    /** "0x0002000D" → "0x2000d". */
    static String canonicalCode(String c) {
        String l = c.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        if (dash > 0) return canonicalCode(l.substring(0, dash)) + "-" + canonicalCode(l.substring(dash + 1));
        return l.startsWith("0x") ? "0x" + LEADING_ZEROS.matcher(l.substring(2)).replaceFirst("") : l;
    }

    /**
     * Lower case, typographic quotes and dashes made plain, punctuation dropped, white space folded, no
     * space between two Chinese, Japanese or Korean characters.
     */
    static String normalise(String s) {
        return normalise(s, false);
    }

    /** As {@link #normalise(String)}; with {@code keepUnderscore}, "_" stays a part of a word (an error name). */
    static String normalise(String s, boolean keepUnderscore) {
        if (s == null) return "";
        // ´ first: NFKC would make it a space and a combining accent, so "can´t" would read "can t"
        String t = Normalizer.normalize(s.replace('\u00B4', '\''), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = withoutLatinAccents(t);
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll("-")
                .replace("'", ""); // "can't", "can’t" and "cant" are the same word
        t = (keepUnderscore ? NOT_WORD_OR_UNDERSCORE : NOT_WORD).matcher(t).replaceAll(" ").strip();
        t = SPACE_BETWEEN_CJK.matcher(t).replaceAll("");
        return MISSPELLED.matcher(t).replaceAll(m -> SPELLING.get(m.group()));
    }


    /** Accents on Latin letters (tickets typed on a keyboard without them drop them: "mise a jour", "geandert" stays apart). */
    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    /**
     * The text with the accents of its Latin letters taken off ("mise à jour" reads as "mise a jour",
     * "conexión" as "conexion"), so that a ticket typed without them matches the catalogue's words;
     * the marks of other scripts (the dakuten of Japanese kana) are kept.
     */
    static String withoutLatinAccents(String t) {
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) ascii = t.charAt(i) < 0x80;
        if (ascii) return t;
        return Normalizer.normalize(LATIN_ACCENTS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
    }

    /**
     * A message quoted from memory: tickets drop articles and plurals ("Terminal server has exceeded
     * maximum number of allowed connection"). A text of the catalogue with at least
     * {@value #MIN_LOOSE_WORDS} words that carry meaning matches when the client's text holds all of
     * them one after the other, whatever small words come between or are left out.
     */
    static final int MIN_LOOSE_WORDS = 6;

    /** The meaning words of each catalogue text, worked out once (keyed by the text: no key built per match). */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> MEANING_WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Words a quote drops or changes without changing the message, in the catalogue's five languages. */
    private static final java.util.Set<String> FILLER = java.util.Set.of(
            "the", "a", "an", "this", "that", "to", "of", "is", "are", "be", "please",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "le", "la", "les", "l", "un", "une", "de", "du", "d",
            "el", "los", "las", "una", "del",
            "het", "een", "van");

    /**
     * A long message retyped from a screenshot loses or changes a word ("...no remote desktop client
     * access licenses for this computer", without "available"): a text of the catalogue with at least
     * {@value #MIN_RETYPED_WORDS} meaning words also matches when the client's text holds them one
     * after the other but for one word left out, added or changed. Shorter texts must match whole:
     * one word is too large a share of them.
     */
    static final int MIN_RETYPED_WORDS = 10;

    private boolean quotedLoosely(List<String> words, java.util.Set<String> wordSet) {
        for (List<String> variants : texts.values()) {
            for (String v : variants) {
                List<String> meaning = MEANING_WORDS.computeIfAbsent(v, x -> meaningWords(normalise(x.replace("%s", " "))));
                if (meaning.size() >= MIN_LOOSE_WORDS && quotedLoosely(meaning, words, wordSet)) return true;
            }
        }
        return false;
    }

    /** Whether the error's meaning words hold a text's, one after the other, or but for one word when the text is long. */
    private static boolean quotedLoosely(List<String> meaning, List<String> words, java.util.Set<String> wordSet) {
        return inOrder(words, meaning)
                || meaning.size() >= MIN_RETYPED_WORDS && allButOneIn(meaning, wordSet) && withinOneWord(words, meaning);
    }

    /** Whether all of the wanted words but at most one are among the words (a cheap test before {@link #withinOneWord}). */
    private static boolean allButOneIn(List<String> wanted, java.util.Set<String> words) {
        int missing = 0;
        for (String w : wanted) {
            if (!words.contains(w) && ++missing > 1) return false;
        }
        return true;
    }

    /**
     * Whether the wanted words appear one after the other somewhere in the words with at most one
     * word left out, added or changed (an edit distance over words of at most one, the words before
     * and after the match free).
     */
    static boolean withinOneWord(List<String> words, List<String> wanted) {
        int n = wanted.size();
        // prev[j]: the fewest edits that match wanted[0..j) ending at the current word; a match may start anywhere
        int[] prev = new int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        if (prev[n] <= 1) return true;
        for (String w : words) {
            int[] cur = new int[n + 1];
            cur[0] = 0;
            for (int j = 1; j <= n; j++) {
                int same = prev[j - 1] + (w.equals(wanted.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(same, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            if (cur[n] <= 1) return true;
            prev = cur;
        }
        return false;
    }

    /** The words that carry meaning, a plural "s" dropped ("connections" and "connection" alike). */
    static List<String> meaningWords(String normalised) {
        List<String> out = new ArrayList<>();
        for (String w : normalised.split(" ")) {
            if (w.isEmpty() || FILLER.contains(w)) continue;
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return List.copyOf(out);
    }

    /** The wanted words one after the other, only small words between (another word is another sentence). */
    private static boolean inOrder(List<String> words, List<String> wanted) {
        return java.util.Collections.indexOfSubList(words, wanted) >= 0;
    }

    private static List<String> normalisedParts(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : text.split("%s", -1)) {
            String n = normalise(p);
            if (!n.isEmpty()) parts.add(n);
        }
        return List.copyOf(parts);
    }

    /**
     * Whether a keyword (a word or phrase, or several joined by {@code " + "} that must all appear)
     * is in a text at word boundaries, as {@link Match#KEYWORD} matches a client's error.
     */
    static boolean keywordIn(String keyword, String normalisedText) {
        return allIn(KEYWORD_PARTS.computeIfAbsent(keyword, MessageDef::keywordParts), normalisedText);
    }

    /**
     * Whether any of the keywords is in a text, matched as {@link Match#KEYWORD} matches them; the
     * text is normalised once for all its readers (the last one is kept per thread), so free text
     * read for complaints and then for messages is normalised once.
     */
    static boolean anyKeywordIn(List<String> keywords, String text) {
        ClientError error = ClientError.of(text, null);
        return keywords.stream().anyMatch(k -> keywordIn(k, k.indexOf('_') >= 0 ? error.identifiers() : error.text()));
    }

    /** Whether every part is in the text at word boundaries (none: false). */
    private static boolean allIn(List<String> parts, String normalisedText) {
        if (parts.isEmpty()) return false;
        for (String p : parts) {
            if (indexOfWord(normalisedText, p, 0) < 0) return false;
        }
        return true;
    }

    /** Each keyword's normalised parts, worked out once (keyed by the keyword itself: no key built per match). */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> KEYWORD_PARTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> keywordParts(String keyword) {
        List<String> parts = new ArrayList<>();
        for (String p : keyword.split("\\s\\+\\s")) {
            String n = normalise(p, p.indexOf('_') >= 0);
            if (!n.isEmpty()) parts.add(n);
        }
        return List.copyOf(parts);
    }

    /** Whether the parts appear in the text in this order, each at word boundaries. */
    private static boolean containsInOrder(String text, List<String> parts) {
        int from = 0;
        for (String p : parts) {
            int i = indexOfWord(text, p, from);
            if (i < 0) return false;
            from = i + p.length();
        }
        return true;
    }

    /**
     * Where {@code needle} first occurs in {@code hay} from {@code from} on, starting and ending at a
     * word boundary (both normalised: words are separated by single spaces); -1 when it does not.
     * A Chinese or Japanese character is a word of its own: those scripts put no space between words.
     */
    static int indexOfWord(String hay, String needle, int from) {
        if (needle.isEmpty()) return -1;
        int i = hay.indexOf(needle, from);
        while (i >= 0) {
            int end = i + needle.length();
            boolean startOk = i == 0 || hay.charAt(i - 1) == ' ' || isCjk(hay.charAt(i - 1)) || isCjk(needle.charAt(0));
            boolean endOk = end == hay.length() || hay.charAt(end) == ' ' || isCjk(hay.charAt(end))
                    || isCjk(needle.charAt(needle.length() - 1));
            if (startOk && endOk) return i;
            i = hay.indexOf(needle, i + 1);
        }
        return -1;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        // ー (the katakana length mark) is of no script of its own, yet a part of katakana words
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL || c == '\u30FC';
    }
}
