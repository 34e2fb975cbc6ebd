package io.rdpdoctor.diagnosis;

import io.rdpdoctor.derived.FailureReported;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ClassObjectFilter;

/**
 * What the rules concluded for one host, before ranking. Here, not in the engine, so that the
 * engine runs rules without knowing what they conclude (the engine → diagnosis → engine cycle).
 *
 * @param failures the failures reported (with their stage), the ground of the hypotheses from
 *                 practice when nothing else points to a cause
 * @param against  evidence against causes that the facts do not rule out
 */
public record Conclusions(List<Finding> findings, List<Question> questions, List<RuledOut> ruledOut,
                          List<FailureReported> failures, List<Against> against) {

    /** The conclusions in a session whose rules have fired (pass as {@code RuleBase.infer}'s last argument). */
    public static Conclusions of(KieSession session) {
        // By class: the session's object store keeps each class apart, so this does not walk
        // every fact and every derived fact.
        return new Conclusions(objects(session, Finding.class), objects(session, Question.class),
                objects(session, RuledOut.class), objects(session, FailureReported.class), objects(session, Against.class));
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }
}
