package io.rdpdoctor.diagnosis;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.facts.FactSet;

/** Facts in, ranked report out: inference by the rule base, then ranking by the catalogue. */
public final class Diagnoser {

    private final RuleBase rules;
    private final ReferenceDay day;
    private final Ranker ranker;
    private final RuleBudget budget;

    /** @param day how the day the facts are judged as of is chosen (expiry dates are compared with it) */
    public Diagnoser(RuleBase rules, ReferenceDay day) {
        this(rules, day, RuleBudget.DEFAULT);
    }

    /** @param budget the rule firings and time one host may take ({@link RuleBudget.Exceeded} beyond) */
    public Diagnoser(RuleBase rules, ReferenceDay day, RuleBudget budget) {
        this.rules = rules;
        this.day = day;
        this.ranker = new Ranker(rules.catalogue());
        this.budget = budget;
    }

    public Report diagnose(FactSet facts) {
        return ranker.rank(facts, rules.infer(facts, day.forFacts(facts), budget, Conclusions::of));
    }
}
