package io.rdpdoctor.factfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.facts.Sourced;
import java.io.IOException;

/**
 * Gives every fact read from a file the file and line it was read at, unless the file states a
 * {@code source:} of its own (a fact file written by {@code parse} keeps the capture's).
 */
final class SourcingModule extends SimpleModule {

    SourcingModule() {
        super("rdp-doctor-sourcing");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return Sourced.class.isAssignableFrom(bean.getBeanClass()) ? new Sourcing(deserializer) : deserializer;
            }
        });
    }

    private static final class Sourcing extends DelegatingDeserializer {

        Sourcing(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Sourcing(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            Object value = _delegatee.deserialize(p, ctxt);
            if (value instanceof Sourced<?> sourced && sourced.source() == null) {
                Fact withSource = sourced.withSource(Source.of(String.valueOf(ctxt.getAttribute(FactFileReader.FILE_ATTRIBUTE)), at.getLineNr()));
                return withSource;
            }
            return value;
        }
    }
}
