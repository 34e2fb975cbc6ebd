package io.rdpdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How probable one cause is, given everything the rules concluded about it: a differential
 * diagnosis in log-odds (docs/ranking.md). It starts from the cause's prior (how often it is the
 * answer in real tickets, the catalogue's {@code prior}) and adds the weight of each kind of
 * evidence the findings carry:
 * <ul>
 *   <li>the facts show the cause itself (a confirmed finding): decisive, {@value #CONFIRMED};</li>
 *   <li>indirect evidence that rules out the usual alternatives (a likely finding): strong, {@value #LIKELY};</li>
 *   <li>a client message that points to the cause with probability p (its hypothesis prior): it
 *       moves the odds to p's, i.e. logit(p) - logit(prior), up for a message that names its
 *       cause, down for one where the cause is a long shot;</li>
 *   <li>a pattern from practice that a rule names (a custom port and a failure from elsewhere; a
 *       Windows update on a host that runs RDP Wrapper) and that points to the cause with
 *       probability p: the same move to p's odds, counted apart from the message (they are
 *       independent clues);</li>
 *   <li>a symptom alone (a possible finding without a message): weak, {@value #WEAK};</li>
 *   <li>what the facts show against it ({@link Against}: another explanation, or a stage the connection got past): strong against, -{@value #AGAINST}.</li>
 * </ul>
 * Each kind counts once (its strongest item): five rules that read the same registry value are
 * one piece of evidence, not five. A fact that rules the cause out is decisive against it: the
 * rules then conclude nothing for it, and the report lists it as ruled out.
 *
 * @param probability the posterior, 0..1
 * @param raisedBy    what raised it, in words, strongest first
 * @param loweredBy   what lowered it
 */
public record Score(double probability, List<String> raisedBy, List<String> loweredBy) {

    static final double CONFIRMED = 10.0;
    static final double LIKELY = 5.5;
    static final double WEAK = 1.5;
    static final double AGAINST = 3.0;
    /** The prior of a cause the corpus has not seen yet: rare until shown otherwise. */
    public static final double DEFAULT_PRIOR = 0.02;

    public Score {
        raisedBy = List.copyOf(raisedBy);
        loweredBy = List.copyOf(loweredBy);
    }

    /** The score of one diagnosis from its prior and every finding concluded for it (before merging). */
    public static Score of(Double catalogPrior, List<Finding> findings) {
        return of(catalogPrior, findings, List.of());
    }

    /** The same, lowered by the evidence against it. */
    public static Score of(Double catalogPrior, List<Finding> findings, List<Against> against) {
        // never below the default: a cause the corpus saw once is not rarer than one it never saw
        double prior = catalogPrior == null ? DEFAULT_PRIOR : clamp(Math.max(catalogPrior, DEFAULT_PRIOR));
        double logit = logit(prior);
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        boolean confirmed = false, likely = false, weak = false;
        double message = Double.NaN;
        double pattern = Double.NaN;
        for (Finding f : findings) {
            switch (f.certainty()) {
                case CONFIRMED -> confirmed = true;
                case LIKELY -> likely = true;
                case POSSIBLE -> {
                    if (f.prior() == null) {
                        weak = true;
                    } else if (fromMessage(f)) {
                        message = Double.isNaN(message) ? f.prior() : Math.max(message, f.prior());
                    } else {
                        pattern = Double.isNaN(pattern) ? f.prior() : Math.max(pattern, f.prior());
                    }
                }
            }
        }
        if (confirmed) {
            logit += CONFIRMED;
            up.add("the facts show it (decisive)");
        }
        if (likely) {
            logit += LIKELY;
            up.add("indirect evidence that excludes the usual alternatives (strong)");
        }
        if (!Double.isNaN(message)) {
            double w = logit(clamp(message)) - logit(prior);
            logit += w;
            String text = String.format(Locale.ROOT, "the client's message points to it with p = %.2f", message);
            (w >= 0 ? up : down).add(text + (w >= 0 ? "" : String.format(Locale.ROOT, ", below its prior %.2f", prior)));
        }
        if (!Double.isNaN(pattern)) {
            double w = logit(clamp(pattern)) - logit(prior);
            logit += w;
            String text = String.format(Locale.ROOT, "what the ticket tells points to it in practice with p = %.2f", pattern);
            (w >= 0 ? up : down).add(text + (w >= 0 ? "" : String.format(Locale.ROOT, ", below its prior %.2f", prior)));
        }
        if (weak) {
            logit += WEAK;
            up.add("a symptom fits it (weak)");
        }
        if (!against.isEmpty()) {
            logit -= AGAINST;
            down.add(againstText(against));
        }
        return new Score(1 / (1 + Math.exp(-logit)), up, down);
    }

    /**
     * The score of a hypothesis from practice: its prior alone (not raised to the default), lowered
     * by the evidence against it as a finding's would be (another client connects from the same
     * place: the way is open).
     */
    public static Score practice(double prior, String raisedBy, List<Against> against) {
        if (against.isEmpty()) return new Score(prior, List.of(raisedBy), List.of());
        double lowered = 1 / (1 + Math.exp(-(logit(clamp(prior)) - AGAINST)));
        return new Score(lowered, List.of(raisedBy), List.of(againstText(against)));
    }

    private static String againstText(List<Against> against) {
        // sorted: the pieces of evidence against come in the order the session met them, which its history sets
        java.util.Set<String> what = new java.util.TreeSet<>();
        for (Against a : against) {
            // described as the report's evidence is: a fact or a derived fact by its own words, never
            // by a record's toString (which prints the catalogue's maps, in an order that varies by run)
            for (Object o : a.evidence()) {
                what.add(o instanceof io.rdpdoctor.facts.Fact f ? f.describe()
                        : o instanceof io.rdpdoctor.derived.Derived d ? d.describe() : String.valueOf(o));
            }
        }
        return "what the facts show against it: " + String.join("; ", what) + " (strong)";
    }

    /** A hypothesis a client's message raised (its evidence is the message seen), not a pattern a rule names. */
    private static boolean fromMessage(Finding f) {
        return f.evidence().stream().anyMatch(e -> e instanceof io.rdpdoctor.derived.ClientMessageSeen);
    }

    /** The words of a certainty: confirmed only when the facts show the cause; likely when a rule said so or the odds favour it. */
    public static Certainty certainty(List<Finding> findings, Score s) {
        Certainty best = Certainty.POSSIBLE;
        for (Finding f : findings) {
            if (f.certainty().compareTo(best) < 0) best = f.certainty();
        }
        if (best == Certainty.POSSIBLE && s.probability >= 0.5) return Certainty.LIKELY;
        return best;
    }

    public String percent() {
        return String.format(Locale.ROOT, "%.0f %%", 100 * probability);
    }

    private static double clamp(double p) {
        return Math.min(0.999, Math.max(0.001, p));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
