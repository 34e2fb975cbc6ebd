package io.rdpdoctor.batch;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

import org.drools.base.common.NetworkNode;
import org.drools.core.common.Memory;
import org.drools.core.common.MemoryFactory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.SegmentMemory;
import org.kie.api.runtime.KieSession;

/**
 * The node memories of a pooled session, with a cheaper reset. Drools 10's
 * {@code ConcurrentNodeMemories.resetAllMemories} resets every node memory the session ever made and
 * then, for every host, gathers their segment memories into a new {@code HashSet} (hashing each by
 * its root node) and looks each one's prototype up in the rule base's registry (a {@code HashMap} by
 * boxed node id): about half of the reset's time, and the reset was ~20 % of a batch worker's
 * (bench/RESULTS.md, session 25; 10.6 % with these memories). The segments of a session's memories do not change from host to
 * host once made (the rules do not change in a batch), so this keeps them and their prototypes, in
 * the order Drools' set gives them, and gathers them again only when a memory was added or moved to
 * another segment. Everything else is the original's.
 *
 * <p>{@link #install} swaps it into a session by reflection (Drools has no hook for it); where that
 * fails (another Drools), the session keeps its own memories.
 */
final class SegmentCachingMemories implements NodeMemories {

    private static final Object NO_MEMORY = new Object();
    private static final Field FIELD = field();

    private final NodeMemories memories;
    private final InternalRuleBase ruleBase;
    /** per node id: what its memory's segment was at the last reset (NO_MEMORY where it had none) */
    private Object[] seen = new Object[0];
    private SegmentMemory[] segments = new SegmentMemory[0];
    private SegmentMemory.SegmentPrototype[] prototypes = new SegmentMemory.SegmentPrototype[0];

    private SegmentCachingMemories(NodeMemories memories, InternalRuleBase ruleBase) {
        this.memories = memories;
        this.ruleBase = ruleBase;
    }

    private static Field field() {
        try {
            Field f = Class.forName("org.drools.kiesession.session.StatefulKnowledgeSessionImpl").getDeclaredField("nodeMemories");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Swaps these memories into the session if it has Drools' own (a session from the pool, once). */
    static KieSession install(KieSession session) {
        if (FIELD == null || !FIELD.getDeclaringClass().isInstance(session)) {
            return session;
        }
        try {
            Object current = FIELD.get(session);
            if (current instanceof SegmentCachingMemories || !(current instanceof NodeMemories nm)
                    || !(session.getKieBase() instanceof InternalRuleBase rb)) {
                return session;
            }
            FIELD.set(session, new SegmentCachingMemories(nm, rb));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep Drools' own
        }
        return session;
    }

    /** Whether the session has these memories (tests). */
    static boolean installed(KieSession session) {
        try {
            return FIELD != null && FIELD.get(session) instanceof SegmentCachingMemories;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void resetAllMemories() {
        int n = memories.length();
        boolean changed = seen.length != n;
        if (changed) {
            seen = new Object[n];
            java.util.Arrays.fill(seen, NO_MEMORY);
        }
        // Every slot: Drools makes memories through other references to its own NodeMemories too
        // (the segment support), so which ids have one is known only from the array.
        for (int i = 0; i < n; i++) {
            Memory memory = memories.peekNodeMemory(i);
            Object segment = NO_MEMORY;
            if (memory != null) {
                memory.reset();
                segment = memory.getSegmentMemory();
            }
            if (seen[i] != segment) {
                seen[i] = segment;
                changed = true;
            }
        }
        if (changed) {
            gather(n);
        }
        SegmentMemory[] s = segments;
        SegmentMemory.SegmentPrototype[] p = prototypes;
        for (int k = 0; k < s.length; k++) {
            s[k].reset(p[k]);
            if (s[k].isSegmentLinked()) {
                s[k].notifyRuleLinkSegment();
            }
        }
    }

    /** The segments in the order Drools' own reset visits them (a HashSet filled in node order). */
    private void gather(int n) {
        Set<SegmentMemory> set = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (seen[i] != NO_MEMORY) {
                set.add((SegmentMemory) seen[i]);
            }
        }
        set.remove(null);
        SegmentMemory[] s = set.toArray(new SegmentMemory[0]);
        SegmentMemory.SegmentPrototype[] p = new SegmentMemory.SegmentPrototype[s.length];
        for (int k = 0; k < s.length; k++) {
            p[k] = ruleBase.getSegmentPrototypeRegistry().getSegmentPrototype(s[k]);
        }
        segments = s;
        prototypes = p;
    }

    @Override
    public <T extends Memory> T getNodeMemory(MemoryFactory<T> node) {
        return memories.getNodeMemory(node);
    }

    @Override
    public void clearNodeMemory(MemoryFactory node) {
        memories.clearNodeMemory(node);
    }

    @Override
    public void clear() {
        memories.clear();
        seen = new Object[0];
    }

    @Override
    public Memory peekNodeMemory(int nodeId) {
        return memories.peekNodeMemory(nodeId);
    }

    @Override
    public Memory peekNodeMemory(NetworkNode node) {
        return memories.peekNodeMemory(node);
    }

    @Override
    public int length() {
        return memories.length();
    }
}
