package io.rdpdoctor.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * How much work the rules may do for one host: at most {@code maxFirings} rule firings and
 * {@code maxTime} of wall time in {@code fireAllRules}. A host that needs more (a runaway input, or a
 * rule from {@code --rules} that triggers itself, adversarial review F6, F9) stops with a
 * {@link Exceeded} that names the budget and the last rule fired; batch makes it that host's error
 * record and goes on, diagnose reports it as an input error (exit 3).
 *
 * <p>The time limit is enforced by a watchdog thread that halts the session; {@code halt()} takes
 * effect between two firings, so a single condition or consequence that never returns is not
 * stopped by it (the bundled rules have none; a rule directory is code, docs/writing-rules.md).
 *
 * @param maxFirings rule firings per host, at least 1
 * @param maxTime    wall time per host in fireAllRules, positive
 */
public record RuleBudget(int maxFirings, Duration maxTime) {

    /**
     * The default: far above what the bundled rules need (a host of 10,000 failed logons, or 10,000
     * accounts, fires about 20,000 to 40,000 rules in 1 to 3 s; bench/RESULTS.md), and low enough that
     * a runaway host ends within a minute.
     */
    public static final RuleBudget DEFAULT = new RuleBudget(2_000_000, Duration.ofSeconds(60));

    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /**
     * One daemon thread. A cancelled watch leaves its queue at once: a batch sets and cancels one per host,
     * thousands a second, and each would otherwise stay queued (with its session) until its time was up.
     */
    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rdp-doctor-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        w.setRemoveOnCancelPolicy(true);
        return w;
    }

    public RuleBudget {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1");
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    /** A budget from the command line's --max-firings and --max-seconds. */
    public static RuleBudget of(int maxFirings, double maxSeconds) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("--max-firings must be at least 1");
        }
        if (!(maxSeconds > 0) || maxSeconds > 1e9) {
            throw new IllegalArgumentException("--max-seconds must be a positive number of seconds");
        }
        return new RuleBudget(maxFirings, Duration.ofNanos((long) (maxSeconds * 1e9)));
    }

    /** Fires the session's rules, those matches the filter admits, within this budget; returns the number of firings. */
    int fire(KieSession session, AgendaFilter admits) {
        Rule[] last = new Rule[1]; // its name is built only when the budget is exceeded
        AgendaFilter track = match -> {
            if (!admits.accept(match)) {
                return false;
            }
            last[0] = match.getRule();
            return true;
        };
        AtomicBoolean halted = new AtomicBoolean();
        long t0 = System.nanoTime();
        ScheduledFuture<?> watch = WATCHDOG.schedule(() -> {
            halted.set(true);
            session.halt();
        }, maxTime.toNanos(), TimeUnit.NANOSECONDS);
        int fired;
        boolean more;
        try {
            fired = session.fireAllRules(track, maxFirings);
            // at the limit: is there more to do? (one more firing; the host fails anyway then)
            more = !halted.get() && fired >= maxFirings && session.fireAllRules(track, 1) > 0;
        } finally {
            watch.cancel(false);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (halted.get() || more) {
            String lastRule = last[0] == null ? null : last[0].getPackageName() + "." + last[0].getName();
            throw new Exceeded(fired, seconds, lastRule, halted.get() ? "time" : "firings", this);
        }
        return fired;
    }

    /** A host's rules needed more than the budget. */
    public static final class Exceeded extends RuntimeException {

        private final transient RuleBudget budget;

        Exceeded(int fired, double seconds, String lastRule, String limit, RuleBudget budget) {
            super(limit.equals("time")
                    ? String.format(java.util.Locale.ROOT, "rule budget exceeded: %d firings / %.1f s, over the limit of %.1f s; last rule \"%s\"",
                            fired, seconds, budget.maxTime().toMillis() / 1000.0, lastRule)
                    : String.format(java.util.Locale.ROOT, "rule budget exceeded: more than %d firings / %.1f s; last rule \"%s\"",
                            budget.maxFirings(), seconds, lastRule));
            this.budget = budget;
        }

        public RuleBudget budget() {
            return budget;
        }
    }
}
