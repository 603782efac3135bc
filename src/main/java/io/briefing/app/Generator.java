package io.briefing.app;

import io.briefing.build.BriefingBuilder;
import io.briefing.draft.ArticleDraft;
import io.briefing.draft.Coverage;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTable;
import io.briefing.facts.UnitCatalogue;
import io.briefing.figures.FigureReader;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import io.briefing.model.Briefing;
import io.briefing.model.PageSize;
import io.briefing.output.OutputFolder;
import io.briefing.output.Staging;
import io.briefing.provenance.FactCheck;
import io.briefing.provenance.Provenance;
import io.briefing.provenance.VerificationReport;
import io.briefing.render.Rendered;
import io.briefing.render.Renderer;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import io.briefing.weekly.Series;
import io.briefing.weekly.Week;
import io.briefing.weekly.WeekChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;


/**
 * One briefing, end to end: load the fact table and template, check every figure against the
 * source, build the model, render it with every renderer it is given (in parallel), and write the
 * files into the output folder only when all are complete. It names no output format.
 */
public final class Generator {
    /**
     * What to generate: a dataset, a template and an output folder, and options that default to what
     * the inputs say (the template's language and page, the manifest's as-of date, the template's file
     * name pattern) unless set with the {@code with…} methods.
     */
    public record Request(Path data, Path template, Path outputDir, Optional<Language> language,
                          Optional<LocalDate> asOf, boolean allowUnverified, Optional<String> baseName,
                          Optional<PageSize> pageSize, Series.Since since) {

        public static Request of(Path data, Path template, Path outputDir) {
            return new Request(data, template, outputDir, Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), new Series.Since.Previous());
        }

        public Request withLanguage(Language l) {
            return new Request(data, template, outputDir, Optional.ofNullable(l), asOf, allowUnverified, baseName, pageSize, since);
        }

        public Request withAsOf(LocalDate d) {
            return new Request(data, template, outputDir, language, Optional.ofNullable(d), allowUnverified, baseName, pageSize,
                    since);
        }

        /** Unverified figures are flagged in the briefing instead of refusing it. */
        public Request withAllowUnverified(boolean allow) {
            return new Request(data, template, outputDir, language, asOf, allow, baseName, pageSize, since);
        }

        public Request withBaseName(String name) {
            return new Request(data, template, outputDir, language, asOf, allowUnverified, Optional.ofNullable(name), pageSize,
                    since);
        }

        public Request withPageSize(PageSize p) {
            return new Request(data, template, outputDir, language, asOf, allowUnverified, baseName, Optional.ofNullable(p), since);
        }

        public Request withOutputDir(Path dir) {
            return new Request(data, template, dir, language, asOf, allowUnverified, baseName, pageSize, since);
        }

        /** Which earlier week to compare with (default: the previous week of the series found beside the manifest). */
        public Request withSince(Series.Since s) {
            return new Request(data, template, outputDir, language, asOf, allowUnverified, baseName, pageSize, s);
        }
    }

    /** A file written, with its size and its page count (0 for a format without pages). */
    public record Written(Path path, long bytes, int pages) {}

    /**
     * What a run wrote and said.
     *
     * @param facts    the facts of the table
     * @param verified how many of them the article states (0 when there is no article to check against)
     */
    public record Result(List<Written> files, List<String> warnings, int facts, int verified) {}

    /**
     * Times of the stages of the last run, in milliseconds, for the benchmark.
     *
     * @param render per format (its extension), from the end of the build to the end of that renderer
     */
    public record Timings(long load, long check, long build, Map<String, Long> render, long write) {}

    private static final AtomicBoolean WARM_UP = new AtomicBoolean();
    private final List<Renderer> renderers;
    private volatile Timings lastTimings;

    /**
     * Background steps (font loading, the workbook) run on their own daemon threads: the common
     * fork-join pool has one thread on a two-core machine, and a batch would queue every workbook there.
     */
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "briefing-background");
        t.setDaemon(true);
        return t;
    });
    private final Executor background;

    /** @param renderers the formats to write; the first is rendered on the calling thread, the others beside it */
    public Generator(List<Renderer> renderers) {
        this(renderers, BACKGROUND);
    }

    /** @param background where renderers prepare (fonts) and all but the first render */
    public Generator(List<Renderer> renderers, Executor background) {
        if (renderers.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one output format");
        }
        this.background = background;
        this.renderers = List.copyOf(renderers);
    }

    /**
     * Starts, once per process, the parsing of the unit catalogue and the figure vocabulary in the
     * background, while the manifest is read.
     */
    public static void warmUp() {
        if (WARM_UP.compareAndSet(false, true)) {
            Thread words = new Thread(() -> FigureReader.of(UnitCatalogue.shipped()),
                    "briefing-warmup-words");
            words.setDaemon(true);
            words.start();
        }
    }

    public Timings lastTimings() {
        return lastTimings;
    }

    public Result run(Request req) throws InputException, IOException {
        Warnings warnings = new Warnings();
        OutputFolder out = new OutputFolder(req.outputDir());
        out.prepare();
        long t0 = System.nanoTime();
        // slow set-up (the PDF's font) starts while the inputs are read, and a cold process loads the
        // workbook classes at the same time
        renderers.forEach(r -> r.prepare(background));
        warmUp();
        FactTable table = new DatasetReader(warnings).load(req.data());
        Template template = template(req);
        long t1 = System.nanoTime();
        // the article's own figures, for the coverage said in the Sources: drafted on the other core
        // while the facts are checked (it needs the article and the units, not the check's result)
        CompletableFuture<ArticleDraft.Result> drafted = draftInBackground(table);
        VerificationReport report = checked(table, req.allowUnverified(), warnings);
        // which figures of the article the table covers, said in the Sources and on the About sheet
        Coverage coverage = report.checked() && report.anyQuoteFound() ? Coverage.of(table, join(drafted)) : null;
        // "first of its series" only where the manifest names a series; a dataset of its own has no series
        String noComparison = req.since() instanceof Series.Since.None ? "changes.off"
                : table.dataset().series().equals(table.dataset().slug()) ? "changes.none" : "changes.first";
        Optional<Path> previous = Series.previous(table.dataset(), req.since(), warnings);
        WeekChanges changes = previous.isPresent() ? WeekChanges.between(previousWeek(previous.get()), new Week(table, report)) : null;
        long t2 = System.nanoTime();
        Language language = req.language().orElse(template.language());
        LocalDate asOf = req.asOf().orElse(table.dataset().asOf());
        Briefing briefing = new BriefingBuilder(warnings).build(table, template, report,
                new BriefingBuilder.Options(language, created(asOf), Version.get(), inputsAsRecorded(table, req.template()), changes,
                        noComparison, coverage));
        long t3 = System.nanoTime();
        String base = req.baseName().orElseGet(() -> baseName(table, template, language, asOf));
        refuseToReplaceInputs(req, table, previous, renderers.stream().map(r -> req.outputDir().resolve(base + "." + r.extension())).toList());
        Committed committed = renderAndCommit(req, out, base, briefing, t3, warnings);
        long t6 = System.nanoTime();
        Map<String, Long> inOrder = new LinkedHashMap<>();
        renderers.forEach(r -> inOrder.put(r.extension(), committed.renderMillis().getOrDefault(r.extension(), 0L)));
        lastTimings = new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), Collections.unmodifiableMap(inOrder), ms(t6 - committed.commitStart()));
        int verified = report.checked() ? table.size() - report.failures().size() : 0;
        return new Result(committed.written(), warnings.all(), table.size(), verified);
    }

    /** The template the run uses: the named one, on the page size the request asks for if it asks. */
    private static Template template(Request req) throws InputException {
        Template read = new TemplateReader().read(req.template());
        return req.pageSize().isEmpty() ? read : new Template(read.name(), read.description(), read.file(),
                req.pageSize().get(), read.language(), read.title(), read.subtitle(), read.onePage(), read.sections(), read.output());
    }

    /**
     * Every fact checked against the article. A failed fact refuses the run unless unverified facts are
     * allowed (then each is warned of and flagged); a row still marked draft always refuses it.
     */
    private static VerificationReport checked(FactTable table, boolean allowUnverified, Warnings warnings) throws InputException {
        VerificationReport report = Provenance.verify(table, warnings);
        List<FactCheck> failures = report.failures();
        if (!failures.isEmpty() && !allowUnverified) {
            List<InputProblem> problems = new ArrayList<>();
            for (FactCheck c : failures) {
                problems.add(InputProblem.of(table.dataset().factsFile(), c.line(), c.factId(),
                        c.status().words() + ": " + c.detail(),
                        "correct the row against the article, or pass --allow-unverified to flag it in the briefing"));
            }
            throw new InputException(problems);
        }
        for (FactCheck c : failures) {
            warnings.add(table.dataset().factsFile() + ":" + c.line() + ": " + c.factId() + ": UNVERIFIED (" + c.status().words()
                    + "), flagged in the briefing");
        }
        if (!table.drafts().isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (io.briefing.facts.DraftMark d : table.drafts()) {
                problems.add(InputProblem.of(table.dataset().factsFile(), d.line(), d.id(), "the row is still marked draft ("
                        + d.note() + ")", "fill what its draft cell names, check the guessed entity and metric, then clear the cell"));
            }
            throw new InputException(problems);
        }
        return report;
    }

    /** The files of a run once in place, each renderer's time from the model built, and when the commit began. */
    private record Committed(List<Written> written, Map<String, Long> renderMillis, long commitStart) {
    }

    /**
     * Renders the briefing in every format, the first on this thread and the others on the background
     * one, into staged files, and moves them into place together once all are complete.
     */
    private Committed renderAndCommit(Request req, OutputFolder out, String base, Briefing briefing, long built, Warnings warnings)
            throws InputException, IOException {
        List<Written> written = new ArrayList<>();
        Map<String, Long> renderTimes = new ConcurrentHashMap<>();
        try (Staging staging = out.stage()) {
            List<Path> files = new ArrayList<>();
            for (Renderer r : renderers) {
                files.add(staging.file(base + "." + r.extension()));
            }
            List<CompletableFuture<Rendered>> others = new ArrayList<>();
            for (int i = 1; i < renderers.size(); i++) {
                Renderer r = renderers.get(i);
                Path file = files.get(i);
                Path named = req.outputDir().resolve(base + "." + r.extension());
                others.add(CompletableFuture.supplyAsync(() -> {
                    Rendered done = renderOrThrow(r, briefing, file, named);
                    renderTimes.put(r.extension(), ms(System.nanoTime() - built));
                    return done;
                }, background));
            }
            List<Rendered> rendered = new ArrayList<>();
            try {
                Renderer first = renderers.get(0);
                try {
                    rendered.add(first.render(briefing, files.get(0)));
                } catch (IOException e) {
                    throw naming(e, req.outputDir().resolve(base + "." + first.extension()));
                }
                renderTimes.put(first.extension(), ms(System.nanoTime() - built));
                for (CompletableFuture<Rendered> f : others) {
                    rendered.add(join(f));
                }
            } finally {
                // never leave a renderer running into a file that is about to be removed
                others.forEach(f -> f.exceptionally(x -> null).join());
            }
            long commitStart = System.nanoTime();
            List<Path> paths = staging.commit();
            for (int i = 0; i < renderers.size(); i++) {
                rendered.get(i).warnings().forEach(warnings::add);
                written.add(new Written(paths.get(i), rendered.get(i).bytes(), rendered.get(i).pages()));
            }
            return new Committed(List.copyOf(written), renderTimes, commitStart);
        }
    }

    /**
     * Refuses a run whose output file is one of its inputs: `generate -d book.xlsx -o` the workbook's
     * folder would replace the workbook the analyst edited (and a preview would rebuild on its own output).
     */
    private static void refuseToReplaceInputs(Request req, FactTable table, Optional<Path> previous, List<Path> targets)
            throws InputException {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("manifest", table.dataset().manifest());
        inputs.put("fact table", table.dataset().factsFile());
        if (table.dataset().source().file() != null) {
            inputs.put("article", table.dataset().source().file());
        }
        inputs.put("template", req.template());
        previous.ifPresent(p -> inputs.put("previous week's manifest", p));
        for (Path target : targets) {
            for (Map.Entry<String, Path> in : inputs.entrySet()) {
                if (sameFile(target, in.getValue())) {
                    throw new InputException(InputProblem.ofFile(target, "is this run's " + in.getKey()
                            + ": writing the briefing there would replace it", "write the briefing into another folder "
                            + "with -o DIR, or under another name with --name NAME"));
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b)) {
                return java.nio.file.Files.isSameFile(a, b);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Drafts the article of a table on a background thread; an article that cannot be read fails the join, as reading it here would. */
    private CompletableFuture<ArticleDraft.Result> draftInBackground(FactTable table) {
        Path article = table.dataset().source().file();
        if (article == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ArticleDraft.forCoverage(table.dataset().units()).read(TextFiles.readUtf8(article, "source article", 5_000_000));
            } catch (InputException e) {
                throw new RenderRefused(e);
            }
        }, background);
    }

    /**
     * The input files as the workbook records them: relative to the manifest's folder, so the bytes do
     * not depend on how -d was spelled (seeds/x.yaml, ./seeds/../seeds/x.yaml, /abs/seeds/x.yaml);
     * the template by its file name (its name is recorded beside it).
     */
    static List<String> inputsAsRecorded(FactTable table, Path template) {
        Path manifest = table.dataset().manifest().toAbsolutePath().normalize();
        Path folder = manifest.getParent();
        List<String> out = new ArrayList<>();
        out.add(manifest.getFileName().toString());
        out.add(relative(folder, table.dataset().factsFile()));
        if (table.dataset().source().file() != null) {
            out.add(relative(folder, table.dataset().source().file()));
        }
        out.add(template.getFileName().toString());
        return out;
    }

    private static String relative(Path folder, Path file) {
        Path f = file.toAbsolutePath().normalize();
        try {
            return folder == null ? f.toString() : folder.relativize(f).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return f.toString();
        }
    }

    /** A previous week as loaded, with the versions of its manifest, fact table and article then. */
    private record CachedWeek(Week week, List<Long> versions) {}

    /** Previous weeks loaded and verified, by manifest: in a batch each week is the previous of the next. */
    private static final Map<Path, CachedWeek> WEEKS = new ConcurrentHashMap<>();

    /**
     * The previous week, loaded and checked against its own article. It must verify in full: a change
     * is only shown between two verified figures, and a week that does not verify is refused, not
     * compared in part. A week whose files changed since it was cached (a preview session) is read again.
     */
    private static Week previousWeek(Path manifest) throws InputException {
        Path real;
        try {
            real = manifest.toRealPath();
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(manifest, "the previous week's manifest cannot be read: " + e.getMessage(),
                    "check the file, or pass --since none"));
        }
        CachedWeek cached = WEEKS.get(real);
        if (cached != null && cached.versions().equals(versions(real, cached.week().table()))) {
            return cached.week();
        }
        FactTable table;
        VerificationReport report;
        try {
            table = new DatasetReader(new Warnings()).load(real);
            report = Provenance.verify(table, new Warnings());
        } catch (InputException e) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(InputProblem.ofFile(manifest, "the previous week's dataset, compared with this one, cannot be read",
                    "correct it (its problems follow), or compare with another week: --since FILE|DATE, or --since none"));
            problems.addAll(e.problems());
            throw new InputException(problems);
        }
        if (!report.failures().isEmpty() || !report.checked()) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(InputProblem.ofFile(manifest, report.checked()
                    ? "the previous week's dataset, compared with this one, does not verify: " + report.failures().size()
                            + " figure(s) fail against its article, and a change is only shown between verified figures"
                    : "the previous week's dataset names no article (source.file), so its figures cannot be verified",
                    "correct that week, or compare with another week: --since FILE|DATE, or --since none"));
            for (FactCheck c : report.failures().subList(0, Math.min(5, report.failures().size()))) {
                problems.add(InputProblem.of(table.dataset().factsFile(), c.line(), c.factId(), c.status().words() + ": " + c.detail(),
                        "correct the row against that week's article"));
            }
            throw new InputException(problems);
        }
        Week week = new Week(table, report);
        WEEKS.put(real, new CachedWeek(week, versions(real, table)));
        return week;
    }

    /** The modification times of a week's manifest, fact table and article (-1 for one that cannot be read). */
    private static List<Long> versions(Path manifest, FactTable t) {
        List<Long> v = new ArrayList<>();
        for (Path p : new Path[] {manifest, t.dataset().factsFile(), t.dataset().source().file()}) {
            try {
                v.add(p == null ? 0L : java.nio.file.Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                v.add(-1L);
            }
        }
        return v;
    }

    /** A renderer's input error, carried across the thread it ran on. */
    private static final class RenderRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputException problem;

        RenderRefused(InputException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }
    }

    private static Rendered renderOrThrow(Renderer r, Briefing b, Path file, Path named) {
        try {
            return r.render(b, file);
        } catch (IOException e) {
            throw new UncheckedIOException(naming(e, named));
        } catch (InputException e) {
            throw new RenderRefused(e);
        }
    }

    /** An I/O error that names the file it was writing (the one the user asked for, not the hidden staged one). */
    private static IOException naming(IOException e, Path file) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }

    /** Waits for a background step, rethrowing its I/O or input error as the error it was. */
    private static <T> T join(CompletableFuture<T> f) throws IOException, InputException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof RenderRefused r) {
                throw r.problem;
            }
            // the spreadsheet library wraps a failed write of its own temporary files ("Failed to save:
            // content types part", a full temporary folder) in a runtime exception: the machine's failure,
            // exit 4, not an internal error (it was exit 3)
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * The instant stamped into the files: SOURCE_DATE_EPOCH when set (the reproducible-builds
     * convention), else midnight UTC of the as-of date. Never the wall clock.
     */
    static Instant created(LocalDate asOf) throws InputException {
        return created(asOf, System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** The latest instant a briefing is stamped with (the start of 3000); a later one is a typo, not a date. */
    private static final long LATEST_EPOCH = 32_503_680_000L;

    static Instant created(LocalDate asOf, String epoch) throws InputException {
        if (epoch == null || epoch.isEmpty()) {
            return asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        // set but wrong: said, not ignored (an ignored value would silently break reproducible builds)
        if (!epoch.matches("\\d{1,12}") || Long.parseLong(epoch) > LATEST_EPOCH) {
            throw new InputException(InputProblem.ofFile(Path.of("SOURCE_DATE_EPOCH"), "'" + epoch.substring(0,
                    Math.min(epoch.length(), 40)) + "' is not a number of seconds since 1970 before the year 3000",
                    "set SOURCE_DATE_EPOCH to a Unix time such as 1734652800, or unset it"));
        }
        return Instant.ofEpochSecond(Long.parseLong(epoch));
    }

    /** The template's output pattern filled in: china-llm-2024-2024-W51-en by default. */
    public static String baseName(FactTable table, Template template, Language language, LocalDate asOf) {
        return baseName(table.dataset(), template, language, asOf);
    }

    /** The name of a briefing's files, without the extension, as the template's {@code output:} pattern makes it. */
    public static String baseName(io.briefing.facts.Dataset dataset, Template template, Language language, LocalDate asOf) {
        String week = String.format(java.util.Locale.ROOT, "%d-W%02d", asOf.get(IsoFields.WEEK_BASED_YEAR), asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String t = template.name().equals("default") ? "" : "-" + template.name();
        return template.output().replace("{dataset}", dataset.slug()).replace("{week}", week)
                .replace("{date}", asOf.toString()).replace("{lang}", language.code()).replace("{template}", template.name())
                .replace("{-template}", t);
    }
}
