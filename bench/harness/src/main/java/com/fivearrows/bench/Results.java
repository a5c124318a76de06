package com.fivearrows.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, each beside the ceiling that bounds it and the ratio of the two, with the target the issue
 * set where there is one; written as a Markdown table and as JSON.
 */
final class Results {

    /** Whether more or less of a figure is better, which decides how a target reads. */
    enum Better { HIGHER, LOWER }

    /**
     * One figure. {@code ceiling} is what the same machine does without our code in the way (NaN where none applies);
     * {@code target} the bar (NaN where none).
     */
    record Figure(String id, String what, double ours, String unit, double ceiling, String ceilingWhat, Better better,
                  double target, String note) {

        double ratio() {
            return Double.isNaN(ceiling) || ceiling == 0 ? Double.NaN : ours / ceiling;
        }

        /** Whether the target is met; null when there is no target. */
        Boolean met() {
            if (Double.isNaN(target)) {
                return null;
            }
            return better == Better.HIGHER ? ours >= target : ours < target;
        }
    }

    private final Map<String, String> context = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void context(String key, String value) {
        context.put(key, value);
    }

    void add(Figure figure) {
        figures.add(figure);
    }

    /** A line printed under the table: what limited a figure, or what a reader must know to read it. */
    void note(String note) {
        notes.add(note);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Five Arrows benchmark\n\n");
        context.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\n| id | figure | ours | ceiling | ratio | target | met |\n|---|---|---:|---|---:|---:|:---:|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.id())
                    .append(" | ").append(figure.what()).append(figure.note().isEmpty() ? "" : " (" + figure.note() + ")")
                    .append(" | ").append(number(figure.ours())).append(' ').append(figure.unit())
                    .append(" | ").append(Double.isNaN(figure.ceiling()) ? "–"
                            : number(figure.ceiling()) + " " + figure.unit() + ": " + figure.ceilingWhat())
                    .append(" | ").append(Double.isNaN(figure.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", figure.ratio()))
                    .append(" | ").append(Double.isNaN(figure.target()) ? "–"
                            : (figure.better() == Better.HIGHER ? "≥ " : "< ") + number(figure.target()) + " " + figure.unit())
                    .append(" | ").append(figure.met() == null ? "" : figure.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    JsonObject json() {
        JsonObject json = new JsonObject();
        JsonObject about = new JsonObject();
        context.forEach(about::put);
        json.put("context", about);
        JsonArray rows = new JsonArray();
        for (Figure figure : figures) {
            rows.add(new JsonObject().put("id", figure.id()).put("what", figure.what()).put("ours", finite(figure.ours()))
                    .put("unit", figure.unit()).put("ceiling", finite(figure.ceiling())).put("ceilingWhat", figure.ceilingWhat())
                    .put("ratio", finite(figure.ratio())).put("better", figure.better().name())
                    .put("target", finite(figure.target())).put("met", figure.met()).put("note", figure.note()));
        }
        json.put("figures", rows);
        json.put("notes", new JsonArray(notes));
        return json;
    }

    /** Writes {@code <stamp>.md} and {@code <stamp>.json}, and the same as {@code latest.md} / {@code latest.json}. */
    List<Path> write(Path directory, String stamp) throws IOException {
        Files.createDirectories(directory);
        String md = markdown();
        String json = json().encodePrettily();
        List<Path> written = List.of(directory.resolve(stamp + ".md"), directory.resolve(stamp + ".json"),
                directory.resolve("latest.md"), directory.resolve("latest.json"));
        Files.writeString(written.get(0), md);
        Files.writeString(written.get(1), json);
        Files.writeString(written.get(2), md);
        Files.writeString(written.get(3), json);
        return written;
    }

    private static Double finite(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }

    /** Thousands separated, at most 2 decimals, fewer for large numbers. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
