package io.rdpdoctor.diagnosis;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.facts.FactSet;

/** Facts in, ranked report out: inference by the rule base, then ranking by the catalogue. */
public final class Diagnoser {

    private final RuleBase rules;
    private final Ranker ranker;

    public Diagnoser(RuleBase rules) {
        this.rules = rules;
        this.ranker = new Ranker(rules.catalogue());
    }

    public Report diagnose(FactSet facts) {
        return ranker.rank(facts, rules.infer(facts));
    }
}
