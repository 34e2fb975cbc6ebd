package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.Conclusions;
import io.rdpdoctor.diagnosis.Ranker;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.facts.FactSet;
import org.kie.api.runtime.KieSessionsPool;

/**
 * {@link io.rdpdoctor.diagnosis.Diagnoser} for many hosts: the same inference
 * ({@link RuleBase#infer(FactSet, io.rdpdoctor.facts.AsOf, org.kie.api.runtime.KieSession, io.rdpdoctor.engine.RuleBudget, java.util.function.Function)}) and the same {@link Ranker},
 * but each session comes from a {@link KieSessionsPool} (a disposed pooled session is reset and
 * reused: a new session per host, or dropping a pooled one's node memories instead of resetting
 * them, costs 1.1-1.4x the CPU of a whole batch, bench/RESULTS.md session 25), its reset made cheaper by
 * {@link SegmentCachingMemories}. Thread-safe: one pool is shared by every worker.
 */
public final class PooledDiagnoser implements AutoCloseable {

    private final RuleBase rules;
    private final KieSessionsPool pool;
    private final Ranker ranker;
    private final ReferenceDay day;
    private final RuleBudget budget;

    public PooledDiagnoser(RuleBase rules, int sessions, ReferenceDay day) {
        this(rules, sessions, day, RuleBudget.DEFAULT);
    }

    /** @param budget the rule firings and time one host may take ({@link RuleBudget.Exceeded} beyond) */
    public PooledDiagnoser(RuleBase rules, int sessions, ReferenceDay day, RuleBudget budget) {
        this.rules = rules;
        this.day = day;
        this.budget = budget;
        this.pool = rules.kieBase().newKieSessionsPool(sessions);
        this.ranker = new Ranker(rules.catalogue());
    }

    /** The rules' catalogue (what free text in a capture may quote, {@link io.rdpdoctor.knowledge.FreeTextQuotes}). */
    public io.rdpdoctor.knowledge.Catalogue catalogue() {
        return rules.catalogue();
    }

    public Report diagnose(FactSet facts) {
        return ranker.rank(facts, infer(facts));
    }

    /** The ranking alone ({@link Ranker#places}): what JSON Lines and CSV print, without rendering the report's texts. */
    public java.util.List<Ranker.Place> places(FactSet facts) {
        return ranker.places(infer(facts));
    }

    public Conclusions infer(FactSet facts) {
        // The pooled session with node memories whose reset keeps the segments it resets (SegmentCachingMemories).
        return rules.infer(facts, day.forFacts(facts), SegmentCachingMemories.install(pool.newKieSession()), budget,
                Conclusions::of);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
