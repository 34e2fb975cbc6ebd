package io.rdpdoctor.derived;

import io.rdpdoctor.facts.Complaint;
import io.rdpdoctor.knowledge.MessageDef;
import java.util.List;

/**
 * The user's report says in its own words where the connection failed ("I could not login with the
 * ID and password I set": a refused password), by the generic words of one stage
 * (rules/client-errors/stage-words.yaml), when no attempt gives the client's words and the report
 * quotes no message of the catalogue.
 *
 * @param complaint the report
 * @param words     the generic message whose words it uses
 */
public record ComplaintWords(Complaint complaint, MessageDef words) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(complaint);
    }

    @Override
    public String describe() {
        return "the user's report words it: " + words.title().replace("The message's words say ", "");
    }
}
