package io.zonebrain.fashion.allocation.gap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The best-known values of {@code best_known_values.csv} (one row per problem and sense) in the benchmark folder.
 * Columns used: {@code instance, sense, best_known, best_bound, status}.
 */
public final class BestKnownValues {

    public record Entry(String instance, Sense sense, long bestKnown, long bestBound, String status) {
        public boolean optimal() {
            return "optimal".equals(status);
        }
    }

    private final Map<String, Entry> entries;

    private BestKnownValues(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static BestKnownValues none() {
        return new BestKnownValues(Map.of());
    }

    public static BestKnownValues read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<String> header = splitCsv(lines.get(0));
        int instance = column(header, "instance", csv);
        int sense = column(header, "sense", csv);
        int bestKnown = column(header, "best_known", csv);
        int bestBound = column(header, "best_bound", csv);
        int status = column(header, "status", csv);
        Map<String, Entry> entries = new HashMap<>();
        for (int row = 1; row < lines.size(); row++) {
            if (lines.get(row).isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(lines.get(row));
            Sense s = Sense.valueOf(cells.get(sense).trim().toUpperCase(java.util.Locale.ROOT));
            long bound = cells.get(bestBound).isBlank() ? Long.MIN_VALUE : Long.parseLong(cells.get(bestBound).trim());
            Entry entry = new Entry(cells.get(instance).trim(), s, Long.parseLong(cells.get(bestKnown).trim()), bound,
                    cells.get(status).trim());
            entries.put(key(entry.instance(), s), entry);
        }
        return new BestKnownValues(entries);
    }

    public Optional<Entry> find(String instance, Sense sense) {
        return Optional.ofNullable(entries.get(key(instance, sense)));
    }

    private static String key(String instance, Sense sense) {
        return instance + "/" + sense;
    }

    private static int column(List<String> header, String name, Path csv) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(csv + ": no column '" + name + "' in the header");
        }
        return index;
    }

    /** Splits one CSV line, honouring double quotes (the sources column holds commas inside quotes). */
    static List<String> splitCsv(String line) {
        var cells = new java.util.ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
