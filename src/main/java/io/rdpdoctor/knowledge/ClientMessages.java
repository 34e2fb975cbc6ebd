package io.rdpdoctor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue's client messages, as one fact in every session: rules/client-errors/client-messages.drl
 * takes the messages a client's error matches ({@code MessageDef() from $messages.matching(...)}). One
 * fact rather than one per message: a session took the ~80 messages in, and reset them, for every
 * host, also for the many hosts without a client error (a sixth of a batch's inference,
 * bench/RESULTS.md).
 *
 * <p>{@link #matching} looks at a message only when the error holds a word the message needs
 * ({@link MessageDef#needs}): searching every error for every text and keyword of the ~150 messages
 * in five languages cost ~160 µs an error, and most of them share no such word with it.
 *
 * @param all   every message, in catalogue order
 * @param index the messages filed under the words they need in an error
 */
public record ClientMessages(List<MessageDef> all, Index index) implements java.io.Serializable {

    public ClientMessages {
        all = List.copyOf(all);
        Objects.requireNonNull(index);
    }

    public ClientMessages(List<MessageDef> all) {
        this(all, Index.of(all));
    }

    /**
     * The messages the client's error matches by a text, a keyword or a code ({@link MessageDef#matches}),
     * in catalogue order.
     */
    public List<MessageDef> matching(String errorText, String errorCode) {
        return index.memo().get(errorText, errorCode, k -> compute(k.a(), k.b()));
    }

    private List<MessageDef> compute(String errorText, String errorCode) {
        MessageDef.ClientError error = MessageDef.ClientError.of(errorText, errorCode);
        Set<MessageDef> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        String text = error.text();
        if (!text.isEmpty()) {
            index.words.fileInto(error.tokens(), candidates);
            index.identifierWords.fileInto(error.identifierTokens(), candidates);
            index.looseWords.fileInto(error.wordSet(), candidates);
            if (text.length() >= MessageDef.MIN_FRAGMENT) {
                index.fragmentWords.fileInto(Set.of(MessageDef.tokens(text).get(0)), candidates);
            }
        }
        if (!error.codes().main().isEmpty() || !error.codes().extended().isEmpty()) {
            candidates.addAll(index.withCodes);
        }
        if (candidates.isEmpty()) return List.of();
        List<MessageDef> out = new ArrayList<>();
        for (MessageDef m : all) {
            if (candidates.contains(m) && m.match(error) != MessageDef.Match.NONE) out.add(m);
        }
        return List.copyOf(out);
    }

    /** Equal when they hold the same messages (the index follows from them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClientMessages other && all.equals(other.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    /** The messages under each word they need ({@link MessageDef.Needs}), and those that list codes. */
    public static final class Index implements java.io.Serializable {
        private final WordIndex words = new WordIndex();
        private final WordIndex identifierWords = new WordIndex();
        private final WordIndex looseWords = new WordIndex();
        private final WordIndex fragmentWords = new WordIndex();
        private final List<MessageDef> withCodes = new ArrayList<>();
        /** {@link #matching}'s answers by error text and code (not serialized: made again when first asked). */
        private transient volatile BoundedMemo<List<MessageDef>> memo;

        BoundedMemo<List<MessageDef>> memo() {
            BoundedMemo<List<MessageDef>> m = memo;
            if (m == null) {
                synchronized (this) {
                    if (memo == null) memo = new BoundedMemo<>(4096);
                    m = memo;
                }
            }
            return m;
        }

        static Index of(List<MessageDef> messages) {
            Index index = new Index();
            for (MessageDef m : messages) {
                MessageDef.Needs needs = m.needs();
                index.words.file(needs.words(), m);
                index.identifierWords.file(needs.identifierWords(), m);
                index.looseWords.file(needs.looseWords(), m);
                index.fragmentWords.file(needs.fragmentWords(), m);
                if (needs.byCode()) index.withCodes.add(m);
            }
            return index;
        }
    }

    private static final class WordIndex implements java.io.Serializable {
        private final Map<String, List<MessageDef>> byWord = new HashMap<>();

        void file(Set<String> words, MessageDef m) {
            for (String w : words) byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(m);
        }

        void fileInto(Set<String> errorWords, Set<MessageDef> candidates) {
            for (String w : errorWords) {
                List<MessageDef> filed = byWord.get(w);
                if (filed != null) candidates.addAll(filed);
            }
        }
    }
}
