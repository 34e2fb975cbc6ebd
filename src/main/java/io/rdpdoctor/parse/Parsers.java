package io.rdpdoctor.parse;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every command parser, found through META-INF/services/io.rdpdoctor.parse.CommandParser (one line
 * per implementation), so that adding a parser is adding a class and a line.
 */
public final class Parsers {

    private static final List<CommandParser> ALL = ServiceLoader.load(CommandParser.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private Parsers() {
    }

    public static List<CommandParser> all() {
        return ALL;
    }

    public static Optional<CommandParser> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
