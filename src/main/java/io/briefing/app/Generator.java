package io.briefing.app;

import io.briefing.build.BriefingBuilder;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTable;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.Warnings;
import io.briefing.model.Briefing;
import io.briefing.output.OutputFolder;
import io.briefing.output.Staging;
import java.nio.file.Files;
import io.briefing.provenance.FactCheck;
import io.briefing.provenance.Provenance;
import io.briefing.provenance.VerificationReport;
import io.briefing.render.fonts.CjkFonts;
import io.briefing.render.pdf.PdfBriefingWriter;
import io.briefing.render.xlsx.XlsxBriefingWriter;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One briefing, end to end: load the fact table and template, check every figure against the
 * source, build the model, render PDF and workbook (in parallel), and write both into the output
 * folder only when both are complete.
 */
public final class Generator {
    /** What to generate. {@code language} null means the template's language. */
    public record Request(Path data, Path template, Language language, Path outputDir, LocalDate asOf,
                          boolean allowUnverified, String baseName, String pageSize) {

        public Request(Path data, Path template, Language language, Path outputDir, LocalDate asOf, boolean allowUnverified,
                       String baseName) {
            this(data, template, language, outputDir, asOf, allowUnverified, baseName, null);
        }
    }

    /** A file written, with its size and, for the PDF, its page count. */
    public record Written(Path path, long bytes, int pages) {}

    public record Result(List<Written> files, List<String> warnings) {}

    /** Times of the stages of the last run, in milliseconds, for the benchmark. */
    public record Timings(long load, long check, long build, long pdf, long xlsx, long write) {}

    private static final java.util.concurrent.atomic.AtomicBoolean WARM_UP = new java.util.concurrent.atomic.AtomicBoolean();
    private final FontCache fonts;
    private volatile Timings lastTimings;

    /**
     * Background steps (font loading, the workbook) run on their own daemon threads: the common
     * fork-join pool has one thread on a two-core machine, and a batch would queue every workbook there.
     */
    private static final java.util.concurrent.ExecutorService BACKGROUND = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "briefing-background");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.Executor background;

    public Generator(FontCache fonts) {
        this(fonts, BACKGROUND);
    }

    /** @param background where the font loads and the workbook renders while the PDF is laid out */
    public Generator(FontCache fonts, java.util.concurrent.Executor background) {
        this.background = background;
        this.fonts = fonts;
    }

    /**
     * Starts, once per process, the loading of the workbook's classes in the background: in a cold
     * process that is the longest single cost, and it need not wait for the inputs.
     */
    public static void warmUp() {
        if (WARM_UP.compareAndSet(false, true)) {
            Thread t = new Thread(io.briefing.render.xlsx.XlsxWarmup::run, "briefing-warmup");
            t.setDaemon(true);
            t.start();
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
        // the font is the slowest thing to load; start it while the inputs are read, and let a cold
        // process load the workbook classes at the same time
        CompletableFuture<CjkFonts> font = CompletableFuture.supplyAsync(fonts::get, background);
        warmUp();
        FactTable table = new DatasetReader(warnings).load(req.data());
        Template read = new TemplateReader().read(req.template());
        Template template = req.pageSize() == null ? read : new Template(read.name(), read.description(), read.file(),
                req.pageSize(), read.language(), read.title(), read.subtitle(), read.onePage(), read.sections(), read.output());
        long t1 = System.nanoTime();
        VerificationReport report = Provenance.verify(table, warnings);
        List<FactCheck> failures = report.failures();
        if (!failures.isEmpty() && !req.allowUnverified()) {
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
        long t2 = System.nanoTime();
        Language language = req.language() != null ? req.language() : template.language();
        LocalDate asOf = req.asOf() != null ? req.asOf() : table.dataset().asOf();
        Instant created = created(asOf);
        List<String> inputs = List.of(table.dataset().manifest().toString(), table.dataset().factsFile().toString(),
                req.template().toString());
        Briefing briefing = new BriefingBuilder(warnings).build(table, template, report,
                new BriefingBuilder.Options(language, created, Version.get(), inputs));
        long t3 = System.nanoTime();
        long t4;
        String base = req.baseName() != null ? req.baseName() : baseName(table, template, language, asOf);
        List<Path> paths;
        long pdfBytes;
        long xlsxBytes;
        int pages;
        long t5;
        try (Staging staging = out.stage()) {
            Path pdfFile = staging.file(base + ".pdf");
            Path xlsxFile = staging.file(base + ".xlsx");
            CompletableFuture<Long> xlsx = CompletableFuture.supplyAsync(() -> {
                try {
                    return new XlsxBriefingWriter().write(briefing, xlsxFile);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, background);
            try {
                CjkFonts cjk = join(font);
                if (!cjk.embedded()) {
                    warnings.add("no CJK font found on this machine; using OpenPDF's non-embedded MSung-Light "
                            + "(install fonts-noto-cjk or pass --font FILE to embed one)");
                }
                PdfBriefingWriter.Result pdf = new PdfBriefingWriter(cjk).write(briefing);
                Files.write(pdfFile, pdf.bytes());
                pdfBytes = pdf.bytes().length;
                pages = pdf.pages();
                t4 = System.nanoTime();
                xlsxBytes = join(xlsx);
                t5 = System.nanoTime();
                if (template.onePage() && pages != 1) {
                    throw new InputException(InputProblem.ofFile(template.file(), "the one-page template does not fit on one page: "
                            + "the content takes " + pages + " pages",
                            "show fewer key figures, charts or findings (lower max or limit), or drop one-page"));
                }
            } finally {
                // never leave the workbook writer running into a file that is about to be removed
                xlsx.exceptionally(x -> 0L).join();
            }
            paths = staging.commit();
        }
        long t6 = System.nanoTime();
        lastTimings = new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t3), ms(t6 - t5));
        return new Result(List.of(new Written(paths.get(0), pdfBytes, pages), new Written(paths.get(1), xlsxBytes, 0)),
                warnings.all());
    }

    /** Waits for a background step, rethrowing its I/O error as the I/O error it was. */
    private static <T> T join(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
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
    static Instant created(LocalDate asOf) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The template's output pattern filled in: china-llm-2024-2024-W51-en by default. */
    public static String baseName(FactTable table, Template template, Language language, LocalDate asOf) {
        String week = String.format("%d-W%02d", asOf.get(IsoFields.WEEK_BASED_YEAR), asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String t = template.name().equals("default") ? "" : "-" + template.name();
        return template.output().replace("{dataset}", table.dataset().slug()).replace("{week}", week)
                .replace("{date}", asOf.toString()).replace("{lang}", language.code()).replace("{template}", template.name())
                .replace("{-template}", t);
    }
}
