package io.briefing.weekly;

import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the previous week of a dataset: the manifest of the same series with the latest as-of date
 * before it, in the manifest's own folder or in the folders beside it ({@code weeks/2025-W01/},
 * {@code weeks/2025-W02/}, …). Manifests are told from other YAML files by their {@code facts:} key.
 */
public final class Series {
    /** What to compare this week with. */
    public sealed interface Since {
        /** The previous week of the series found beside the manifest, if there is one. */
        record Previous() implements Since {}
        /** No comparison. */
        record None() implements Since {}
        /** The week of the series with the latest as-of date on or before this date. */
        record OnOrBefore(LocalDate date) implements Since {}
        /** This manifest. */
        record Manifest(Path file) implements Since {}
    }

    private static final Pattern MANIFEST = Pattern.compile("(?m)^facts\\s*:");
    /** How deep batch looks into folders: a year of weeks in months in quarters is four levels. */
    public static final int DEPTH = 32;
    /** Files looked at beside a manifest: a folder of a year of weeks holds a few hundred. */
    private static final int MAX_CANDIDATES = 5_000;

    private record Key(Path path, long modified, long size) {}

    /** Manifests read before, by file and version: a batch of 52 weeks reads each once, not 52 times. */
    private static final Map<Key, Optional<Dataset>> HEADERS = new ConcurrentHashMap<>();

    private Series() {}

    /**
     * The manifests of folders (searched to a depth of {@value #DEPTH}, symbolic links not followed) and files, a
     * series' weeks in as-of order: series by name, then as-of date, then path.
     */
    public static List<Path> manifestsIn(List<Path> inputs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, DEPTH)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .filter(Series::isManifest).sorted().forEach(found::add);
                }
            } else {
                found.add(p);
            }
        }
        record Keyed(Path path, String series, LocalDate asOf) {}
        List<Keyed> keyed = new ArrayList<>();
        for (Path p : found) {
            Optional<Dataset> d = header(p);
            keyed.add(new Keyed(p, d.map(Dataset::series).orElse(""), d.map(Dataset::asOf).orElse(LocalDate.MIN)));
        }
        keyed.sort(Comparator.comparing(Keyed::series).thenComparing(Keyed::asOf).thenComparing(Keyed::path));
        return keyed.stream().map(Keyed::path).distinct().toList();
    }

    /**
     * Refuses a set of manifests in which two weeks of one series have the same as-of date: a series
     * in order has one week a date, and which of the two comes first cannot be told.
     */
    public static void requireOneWeekADate(List<Path> manifests) throws InputException {
        Map<String, Path> seen = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path p : manifests) {
            Optional<Dataset> d = header(p);
            if (d.isEmpty()) {
                continue;
            }
            Path other = seen.putIfAbsent(d.get().series() + "\u0000" + d.get().asOf(), p);
            if (other != null) {
                problems.add(InputProblem.ofFile(p, "two datasets of the series '" + d.get().series() + "' are as of "
                        + d.get().asOf() + ": this one and " + other, "give each week its own as_of date, or a different series: name"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Whether a YAML file is a dataset manifest (it names a fact table), not a template or a unit catalogue. */
    public static boolean isManifest(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1 << 20) {
                return false;
            }
            // as bytes: a manifest with a bad byte on line 5 is still a manifest, and reading it says where the
            // byte is; read as UTF-8 here it failed, and batch said "no dataset manifest found"
            return MANIFEST.matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The previous week's manifest as {@code since} asks, or empty when there is none. */
    public static Optional<Path> previous(Dataset current, Since since, Warnings warnings) throws InputException {
        return since == null ? Optional.empty() : find(current, since, warnings);
    }

    private static Optional<Path> find(Dataset current, Since since, Warnings warnings) throws InputException {
        if (since instanceof Since.None) {
            return Optional.empty();
        }
        if (since instanceof Since.Manifest m) {
            Path file = DatasetReader.manifestFor(m.file());
            Dataset d = new DatasetReader(new Warnings()).readManifest(file);
            if (!d.series().equals(current.series())) {
                throw new InputException(InputProblem.ofFile(file, "the dataset given with --since is of the series '"
                        + d.series() + "', not this week's '" + current.series() + "': its facts are not earlier weeks of these",
                        "name a manifest of the same series (the same file name, or the same series: key)"));
            }
            if (!d.asOf().isBefore(current.asOf())) {
                throw new InputException(InputProblem.ofFile(file, "the dataset given with --since is as of " + d.asOf()
                        + ", not before this week's " + current.asOf(), "name an earlier week's manifest"));
            }
            return Optional.of(file);
        }
        LocalDate limit = since instanceof Since.OnOrBefore o ? o.date() : null;
        Path self = real(current.manifest());
        List<Dataset> same = new ArrayList<>();
        for (Path p : candidates(current.manifest())) {
            if (real(p).equals(self)) {
                continue;
            }
            Optional<Dataset> h = header(p);
            h.filter(d -> d.series().equals(current.series())).ifPresent(same::add);
            if (h.isEmpty() && p.getFileName().equals(current.manifest().getFileName()) && isManifest(p)) {
                // likely an earlier week of this series that cannot be read: it was passed over in silence, and
                // the briefing said "first of its series"
                String why;
                try {
                    new DatasetReader(new Warnings()).readManifest(p);
                    why = "it cannot be read";
                } catch (InputException e) {
                    why = e.problems().isEmpty() ? "it cannot be read" : e.problems().get(0).message();
                } catch (RuntimeException e) {
                    why = "it cannot be read";
                }
                warnings.add(current.manifest() + ": " + p + " looks like another week of this series but is not compared: "
                        + why);
            }
        }
        for (Dataset d : same) {
            // not an earlier week, so not compared; said, since it may be this week's copy under another folder
            if (d.asOf().equals(current.asOf())) {
                warnings.add(current.manifest() + ": " + d.manifest() + " is of the same series ('" + current.series()
                        + "') and as of the same day; it is not compared (give each week its own as_of, or another series: name)");
            }
        }
        Optional<Dataset> best = same.stream().filter(d -> d.asOf().isBefore(current.asOf()))
                .filter(d -> limit == null || !d.asOf().isAfter(limit)).max(Comparator.comparing(Dataset::asOf));
        if (best.isEmpty() && limit != null) {
            throw new InputException(InputProblem.ofFile(current.manifest(), "no dataset of the series '" + current.series()
                    + "' as of " + limit + " or earlier was found beside it", "name the manifest with --since FILE, or give another date"));
        }
        return best.map(Dataset::manifest);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The YAML files in the manifest's folder and in the folders beside that folder. */
    private static List<Path> candidates(Path manifest) {
        Path folder = manifest.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        yamlIn(folder, out);
        Path parent = folder.getParent();
        if (parent != null) {
            try (Stream<Path> s = Files.list(parent)) {
                for (Path sibling : s.filter(Files::isDirectory).sorted().toList()) {
                    if (!sibling.equals(folder) && out.size() < MAX_CANDIDATES) {
                        yamlIn(sibling, out);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a parent that cannot be listed has no weeks to offer
            }
        }
        return out;
    }

    private static void yamlIn(Path folder, List<Path> out) {
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .limit(Math.max(0, MAX_CANDIDATES - out.size())).forEach(out::add);
        } catch (IOException | RuntimeException e) {
            // nothing to offer
        }
    }

    /** The manifest's header, or empty when the file is no manifest or cannot be read (it is not this run's input). */
    public static Optional<Dataset> header(Path p) {
        Key key;
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            key = new Key(real(p), a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException e) {
            return Optional.empty();
        }
        return HEADERS.computeIfAbsent(key, k -> {
            if (!isManifest(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new DatasetReader(new Warnings()).readManifest(p));
            } catch (InputException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
