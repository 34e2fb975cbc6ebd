package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compact result of one input: what the JSON Lines and CSV outputs hold, and all that the batch
 * keeps of a host once its line is written.
 *
 * @param input     the input as found (path)
 * @param host      host.name of the facts, or null
 * @param status    {@link Status}
 * @param diagnoses every diagnosis, flattened in rank order: causes and what they explain
 *                  ("1", "1.1", "2"), then security findings ("S1")
 * @param error     for {@link Status#ERROR}: why the input could not be used
 * @param skipped   parts of a capture folder that could not be read (the host was diagnosed from the rest)
 */
public record HostResult(String input, String host, Status status, List<Flat> diagnoses, String error, List<String> skipped) {

    public HostResult {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    public enum Status {
        /** Read and diagnosed; at least one cause or symptom was found. */
        OK,
        /** Read and diagnosed; no cause or symptom (security findings may still be listed). */
        HEALTHY,
        /** Not read (missing, vanished, unreadable, malformed) or not diagnosed; see error. */
        ERROR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One diagnosis of the flat list. */
    public record Flat(String rank, String id, String kind, String certainty) {
    }

    public static HostResult of(Report report) {
        List<Flat> flat = new ArrayList<>();
        flatten(report.causes(), flat);
        flatten(report.security(), flat);
        return new HostResult(report.input(), report.host(), report.hasDiagnoses() ? Status.OK : Status.HEALTHY, List.copyOf(flat), null,
                report.skipped());
    }

    /**
     * The same result from the ranking alone ({@link io.rdpdoctor.diagnosis.Ranker#places}), for a
     * batch that prints only this: as {@link #of(Report)} of the full report.
     */
    public static HostResult of(io.rdpdoctor.facts.FactSet facts, List<io.rdpdoctor.diagnosis.Ranker.Place> places, List<String> skipped) {
        List<Flat> flat = new ArrayList<>();
        boolean diagnoses = false;
        for (io.rdpdoctor.diagnosis.Ranker.Place p : places) {
            flat.add(new Flat(p.rank(), p.id(), p.kind().name().toLowerCase(Locale.ROOT), p.certainty().name().toLowerCase(Locale.ROOT)));
            diagnoses |= p.kind() != io.rdpdoctor.knowledge.Kind.SECURITY; // a cause or symptom, as Report.hasDiagnoses
        }
        return new HostResult(facts.origin(), facts.host().map(h -> h.name()).orElse(null), diagnoses ? Status.OK : Status.HEALTHY,
                List.copyOf(flat), null, skipped);
    }

    public static HostResult error(String input, String host, String error) {
        return new HostResult(input, host, Status.ERROR, List.of(), error, List.of());
    }

    private static void flatten(List<Report.Diagnosis> ds, List<Flat> out) {
        for (Report.Diagnosis d : ds) {
            out.add(new Flat(d.rank(), d.id(), d.kind().name().toLowerCase(Locale.ROOT), d.certainty().name().toLowerCase(Locale.ROOT)));
            flatten(d.explains(), out);
        }
    }
}
