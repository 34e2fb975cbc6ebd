package io.rdpdoctor.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.rdpdoctor.diagnosis.Certainty;
import java.util.List;

/**
 * One scenario of a rule author: facts in, expected diagnoses out (docs/writing-rules.md).
 *
 * @param facts     an inline fact file
 * @param file      or a fact file, capture folder or transcript (read as diagnose reads it), relative to the scenario file
 * @param expect    diagnoses that must be found, in this relative order (best first)
 * @param absent    diagnoses that must not be found: the near miss
 * @param ruledOut  diagnoses the report must list as ruled out by the facts
 * @param questions next steps that must be asked
 * @param absentQuestions next steps that must not be asked ("*" for none at all)
 * @param only      no cause or symptom other than those in expect may be found
 * @param todo      a known gap: the scenario is reported, not failed (say why)
 * @param asOf      the day (yyyy-MM-dd) the facts are judged as of (default: their collection time, else
 *                  {@link ScenarioRunner#DEFAULT_DAY}, never the day the scenarios run)
 */
public record Scenario(
        @JsonProperty(required = true) String name,
        JsonNode facts,
        String file,
        List<Expect> expect,
        List<String> absent,
        List<String> ruledOut,
        List<String> questions,
        List<String> absentQuestions,
        Boolean only,
        String todo,
        String asOf) {

    public Scenario {
        expect = expect == null ? List.of() : List.copyOf(expect);
        absent = absent == null ? List.of() : List.copyOf(absent);
        ruledOut = ruledOut == null ? List.of() : List.copyOf(ruledOut);
        questions = questions == null ? List.of() : List.copyOf(questions);
        absentQuestions = absentQuestions == null ? List.of() : List.copyOf(absentQuestions);
    }

    /**
     * @param certainty when given, the diagnosis must have it
     * @param under     when given, the diagnosis must be ranked under (explained by) this one
     * @param rank      when given, the diagnosis must be this root cause of the report (1: first)
     * @param says      when given, the diagnosis as rendered (title, explanation, a fix step or its
     *                  commands) must contain this text: the values a rule put in reach the reader
     */
    public record Expect(@JsonProperty(required = true) String id, Certainty certainty, String under, Integer rank, String says) {
        /** The shape most scenarios use: an id, a certainty, a parent. */
        public Expect(String id, Certainty certainty, String under) {
            this(id, certainty, under, null, null);
        }
    }
}
