package io.rdpdoctor.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "X explains Y", as the catalogue says it, in one place: what a diagnosis, once confirmed,
 * accounts for. Inserted into every session; the rule in rules/derive/explained.drl turns it into
 * an {@code Explained(id, by)} fact for each confirmed finding, and a rule that should stay silent
 * once its evidence is accounted for says {@code not Explained(id == ...)} instead of listing the
 * explaining ids by hand (docs/writing-rules.md, "X explains Y").
 *
 * <p>A confirmed diagnosis X accounts for
 * <ul>
 *   <li>each diagnosis its {@code explains} names;</li>
 *   <li>each client message that names X among its {@code hypotheses} or its {@code explainedBy}:
 *       the message has its cause, and what else it pointed to is no longer its evidence;</li>
 *   <li>each diagnosis T with {@code triggers} (a Windows update) when X is another cause that T
 *       does not trigger: X explains the failure, and its timing, without T.</li>
 * </ul>
 */
public final class Explanations implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** By explaining diagnosis: the ids (diagnoses, client messages) it accounts for once confirmed. */
    private final Map<String, List<String>> accountedFor;
    /** By diagnosis: the causes it triggers (its catalogue {@code triggers}). */
    private final Map<String, List<String>> triggers;

    private Explanations(Map<String, List<String>> accountedFor, Map<String, List<String>> triggers) {
        this.accountedFor = accountedFor;
        this.triggers = triggers;
    }

    static Explanations of(Collection<DiagnosisDef> diagnoses, Collection<MessageDef> messages) {
        Map<String, Set<String>> by = new LinkedHashMap<>();
        for (DiagnosisDef d : diagnoses) {
            d.explains().forEach(e -> by.computeIfAbsent(d.id(), k -> new LinkedHashSet<>()).add(e));
        }
        for (MessageDef m : messages) {
            List<String> explainers = new ArrayList<>(m.hypothesisIds());
            explainers.addAll(m.explainedBy());
            explainers.forEach(x -> by.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(m.id()));
        }
        Map<String, List<String>> triggers = new LinkedHashMap<>();
        for (DiagnosisDef t : diagnoses) {
            if (t.triggers().isEmpty()) continue;
            triggers.put(t.id(), t.triggers());
            for (DiagnosisDef x : diagnoses) {
                if (x.kind() == Kind.CAUSE && !x.id().equals(t.id()) && !t.triggers().contains(x.id())) {
                    by.computeIfAbsent(x.id(), k -> new LinkedHashSet<>()).add(t.id());
                }
            }
        }
        Map<String, List<String>> accountedFor = new LinkedHashMap<>();
        by.forEach((k, v) -> accountedFor.put(k, List.copyOf(v)));
        return new Explanations(Map.copyOf(accountedFor), Map.copyOf(triggers));
    }

    /** The ids (diagnoses, client messages) that diagnosis {@code by}, once confirmed, accounts for. */
    public List<String> accountedForBy(String by) {
        return accountedFor.getOrDefault(by, List.of());
    }

    /** The causes diagnosis {@code id} is known to trigger (its catalogue {@code triggers}). */
    public List<String> triggers(String id) {
        return triggers.getOrDefault(id, List.of());
    }
}
