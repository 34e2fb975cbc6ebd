package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * tree-sitter's PowerShell grammar (npm tree-sitter-powershell, run by web-tree-sitter under node),
 * installed in tools/powershell-grammar by the build. One call parses a whole batch in one node
 * process: JSON in on stdin, JSON out on stdout (tools/powershell-grammar/check.js).
 */
final class PowerShellGrammar {

    static final Path DIR = Path.of("tools", "powershell-grammar");

    private PowerShellGrammar() {
    }

    /** An ERROR or MISSING node of the tree, where it starts, its text (cut) and the character where it starts. */
    record SyntaxError(String type, int row, int column, String text, String next) {
        @Override
        public String toString() {
            return type + " at line " + (row + 1) + " column " + (column + 1) + (text.isEmpty() ? "" : " near \"" + text + "\"");
        }
    }

    /**
     * A leaf of the tree: its node type and text; a string literal is one leaf, its type that of the
     * string (verbatim_string_characters, expandable_string_literal, ...), and {@code expands} when
     * it holds a variable or a subexpression.
     */
    record Leaf(String type, String text, boolean expands) {
    }

    record Parsed(List<SyntaxError> errors, List<Leaf> leaves) {
    }

    record Request(String text, boolean tokens) {
    }

    /** Parses each request's text; the results in the same order. */
    static List<Parsed> parse(List<Request> requests) {
        Path script = DIR.resolve("check.js");
        if (!Files.isDirectory(DIR.resolve("node_modules").resolve("web-tree-sitter"))) {
            throw new AssertionError(DIR + "/node_modules is missing: the build installs it (mvn generate-test-resources runs npm ci there), or run npm ci in " + DIR);
        }
        ObjectMapper json = new ObjectMapper();
        Process node;
        try {
            // --liftoff-only: V8's optimizing compiler spends many CPU seconds on the grammar's 1 MB of
            // WebAssembly, far more than the whole batch takes with the baseline compiler alone.
            node = new ProcessBuilder("node", "--liftoff-only", script.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new AssertionError("node was not found: every PowerShell command of the catalogue is parsed with tree-sitter's PowerShell grammar under node. "
                    + "Install Node.js 20 or newer with npm (Debian/Ubuntu: apt-get install nodejs npm). (" + e.getMessage() + ")", e);
        }
        try {
            CompletableFuture<byte[]> out = read(node.getInputStream());
            CompletableFuture<byte[]> err = read(node.getErrorStream());
            try (OutputStream in = node.getOutputStream()) {
                json.writeValue(in, requests);
            }
            if (!node.waitFor(5, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new AssertionError("node " + script + " did not finish within 5 minutes");
            }
            if (node.exitValue() != 0) {
                throw new AssertionError("node " + script + " failed (exit " + node.exitValue() + "): " + new String(err.get(), StandardCharsets.UTF_8));
            }
            List<Map<String, Object>> raw = json.readValue(out.get(), new TypeReference<>() {});
            List<Parsed> results = new ArrayList<>(raw.size());
            for (Map<String, Object> r : raw) {
                List<SyntaxError> errors = new ArrayList<>();
                for (Object o : (List<?>) r.get("errors")) {
                    Map<?, ?> e = (Map<?, ?>) o;
                    errors.add(new SyntaxError((String) e.get("type"), (Integer) e.get("row"), (Integer) e.get("column"), (String) e.get("text"), (String) e.get("next")));
                }
                List<Leaf> leaves = new ArrayList<>();
                if (r.get("tokens") instanceof List<?> tokens) {
                    for (Object o : tokens) {
                        List<?> t = (List<?>) o;
                        leaves.add(new Leaf((String) t.get(0), (String) t.get(1), (Boolean) t.get(2)));
                    }
                }
                results.add(new Parsed(errors, leaves));
            }
            if (results.size() != requests.size()) {
                throw new AssertionError("node " + script + " answered " + results.size() + " results for " + requests.size() + " commands");
            }
            return results;
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("talking to node " + script + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            node.destroy();
        }
    }

    private static CompletableFuture<byte[]> read(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return s.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
