package io.rdpdoctor.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Compiles the MVEL constraints of a freshly built KieBase on a second core, while the first core
 * runs the first diagnosis.
 *
 * <p>Drools compiles each MVEL constraint at its first evaluation: in a new process that is about half
 * of the first inference (a few hundred constraints, ~0.15 s). The preloading thread, idle once it
 * has handed the KieBase over, walks the network from its far end and compiles the constraints the
 * diagnosis has not reached yet; the diagnosis, walking from the near end, finds them compiled. Both
 * compile through Drools' own method and store the result where Drools keeps it; a constraint
 * compiled by both is harmless (either result is the same evaluator). Anything unexpected (another
 * Drools version without these members) simply ends the warming: it is an optimisation only.
 */
final class ConstraintWarmer {

    private ConstraintWarmer() {
    }

    /** Compiles what is still uncompiled, last constraint first. Never throws. */
    static void warm(KieBase kieBase) {
        KieSession session = null;
        try {
            Method create = MVELConstraint.class.getDeclaredMethod("createMvelConditionEvaluator", ValueResolver.class);
            Field evaluator = MVELConstraint.class.getDeclaredField("conditionEvaluator");
            create.setAccessible(true);
            evaluator.setAccessible(true);
            List<MVELConstraint> constraints = constraints((InternalRuleBase) kieBase);
            Collections.reverse(constraints);
            session = kieBase.newKieSession(); // the ValueResolver Drools compiles against
            for (MVELConstraint c : constraints) {
                if (c.isDynamic() || evaluator.get(c) != null) {
                    continue;
                }
                Object compiled = create.invoke(c, session);
                synchronized (c) { // the lock Drools takes when it compiles one itself
                    if (evaluator.get(c) == null) {
                        evaluator.set(c, compiled);
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // an optimisation only: the diagnosis compiles what is left
        } finally {
            if (session != null) {
                session.dispose();
            }
        }
    }

    /** Every MVEL constraint in the network, in the order of a walk from the object type nodes. */
    static List<MVELConstraint> constraints(InternalRuleBase ruleBase) {
        List<MVELConstraint> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectTypeNode otn : ruleBase.getRete().getObjectTypeNodes()) {
            visit(otn, found, seen);
        }
        return found;
    }

    private static void visit(Object node, List<MVELConstraint> found, Set<Object> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof AlphaNode alpha) {
            add(alpha.getConstraint(), found);
        }
        if (node instanceof BetaNode beta) {
            for (Constraint c : beta.getConstraints()) {
                add(c, found);
            }
        }
        if (node instanceof ObjectSource source) {
            for (Object sink : source.getObjectSinkPropagator().getSinks()) {
                visit(sink, found, seen);
            }
        }
        if (node instanceof LeftTupleSource source) {
            for (Object sink : source.getSinkPropagator().getSinks()) {
                visit(sink, found, seen);
            }
        }
    }

    private static void add(Object constraint, List<MVELConstraint> found) {
        if (constraint instanceof MVELConstraint m) {
            found.add(m);
        }
    }
}
