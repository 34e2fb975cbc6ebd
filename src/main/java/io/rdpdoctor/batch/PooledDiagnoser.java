package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.Finding;
import io.rdpdoctor.diagnosis.Question;
import io.rdpdoctor.diagnosis.Ranker;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.diagnosis.RuledOut;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.knowledge.MessageDef;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * {@link io.rdpdoctor.diagnosis.Diagnoser} for many hosts: the same inference as
 * {@link RuleBase#infer} and the same {@link Ranker}, but each session comes from a
 * {@link KieSessionsPool} (a disposed pooled session is reset and reused, about 1.5x faster than a
 * new session per host). Thread-safe: one pool is shared by every worker.
 *
 * <p>It lives here because RuleBase belongs to the engine; if RuleBase offered a pooled
 * {@code infer}, this class would shrink to a call to it.
 */
public final class PooledDiagnoser implements AutoCloseable {

    private final KieSessionsPool pool;
    private final List<MessageDef> messages;
    private final Ranker ranker;

    public PooledDiagnoser(RuleBase rules, int sessions) {
        this.pool = rules.kieBase().newKieSessionsPool(sessions);
        this.messages = List.copyOf(rules.catalogue().messages());
        this.ranker = new Ranker(rules.catalogue());
    }

    public Report diagnose(FactSet facts) {
        return ranker.rank(facts, infer(facts));
    }

    public RuleBase.Conclusions infer(FactSet facts) {
        KieSession session = pool.newKieSession();
        try {
            facts.facts().forEach(session::insert);
            // as RuleBase.infer: the client messages are knowledge the rules match against
            messages.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            List<Question> questions = new ArrayList<>();
            List<RuledOut> ruledOut = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) findings.add(f);
                else if (o instanceof Question q) questions.add(q);
                else if (o instanceof RuledOut r) ruledOut.add(r);
            }
            return new RuleBase.Conclusions(findings, questions, ruledOut);
        } finally {
            session.dispose(); // a pooled session goes back to the pool, reset
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
