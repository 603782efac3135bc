package io.briefing.cli;

import io.briefing.app.Batch;
import io.briefing.app.Generator;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.render.Formats;
import io.briefing.render.fonts.FontCache;
import io.briefing.weekly.Series;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;


/** {@code briefing batch}: a season of briefings in one run. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Renders every dataset manifest of the given folders or files, with each template and language, "
                + "on every core. A bad dataset is reported and skipped; the others are written.",
                "Exit code 1 when a briefing's input was bad, 4 when the machine failed one (a full disk), "
                        + "3 on an internal error: the worst of them."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER|MANIFEST", arity = "1..*",
            description = "Folders of dataset manifests (*.yaml), or manifests.")
    List<Path> inputs;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME|FILE", split = ",", defaultValue = "default",
            description = "Templates, comma-separated. Default: ${DEFAULT-VALUE}")
    List<String> templates;

    @Option(names = {"-l", "--lang"}, paramLabel = "en|zh", split = ",", defaultValue = "en,zh",
            description = "Languages, comma-separated. Default: ${DEFAULT-VALUE}")
    List<String> languages;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "The formats to write: pdf, xlsx, or both comma-separated. Default: both.")
    List<String> formats;

    @Option(names = "--templates-dir", paramLabel = "DIR", defaultValue = "report-templates",
            description = "Folder of named templates. Default: ${DEFAULT-VALUE}")
    Path templatesDir;

    @picocli.CommandLine.Mixin
    OutputOptions outputOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Briefings rendered at once. Default: the number of cores.")
    Integer jobs;

    @Option(names = "--font", paramLabel = "FILE", description = "Font to embed. Default: found on the machine.")
    Path font;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> manifests = manifests();
        List<Path> templateFiles = new ArrayList<>();
        for (String t : templates) {
            InputOptions o = new InputOptions();
            o.template = t;
            o.templatesDir = templatesDir;
            templateFiles.add(o.templateFile());
        }
        List<Language> langs = new ArrayList<>();
        for (String l : languages) {
            try {
                langs.add(Language.fromCode(l));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
            }
        }
        List<Batch.Job> work = new ArrayList<>();
        for (Path m : manifests) {
            for (Path t : templateFiles) {
                for (Language l : langs) {
                    work.add(new Batch.Job(m, t, l));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs != null && (jobs < 1 || jobs > 256)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-j: give 1 to 256 briefings at once, not " + jobs);
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(err, work.size(), System.console() != null);
        long t0 = System.nanoTime();
        Batch batch = new Batch(GenerateCommand.renderers(formats, font, spec), threads);
        batch.refuseClashingNames(work);
        // a folder that cannot be written or made is said once, before any work, not once a briefing
        io.briefing.output.OutputFolder folder = new io.briefing.output.OutputFolder(outputOptions.output);
        folder.make();
        List<Batch.Outcome> outcomes = batch.run(work, outputOptions.output, progress::done);
        progress.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int failed = 0;
        long bytes = 0;
        Batch.Failure worst = Batch.Failure.NONE;
        for (Batch.Outcome o : outcomes) {
            if (!o.ok()) {
                failed++;
                worst = o.failure().compareTo(worst) > 0 ? o.failure() : worst;
                o.errors().forEach(e -> err.println("error: " + e));
            } else {
                bytes += o.result().files().stream().mapToLong(w -> w.bytes()).sum();
                o.result().warnings().forEach(w -> err.println("warning: " + w));
            }
        }
        int written = outcomes.size() - failed;
        if (written == 0) {
            folder.removeCreatedIfEmpty(); // a batch that wrote nothing leaves no folder it made
        }
        int files = outcomes.stream().filter(Batch.Outcome::ok).mapToInt(o -> o.result().files().size()).sum();
        out.printf("%d briefings: %d written (%d files, %s), %d failed, in %.1f s on %d threads (%.0f ms a briefing)%n",
                outcomes.size(), written, files, GenerateCommand.kb(bytes), failed, seconds, threads,
                outcomes.isEmpty() ? 0.0 : seconds * 1000 / outcomes.size());
        out.flush();
        err.flush();
        return switch (worst) {
            case NONE -> 0;
            case BAD_INPUT -> Failures.BAD_INPUT;
            case MACHINE -> Failures.MACHINE;
            case INTERNAL -> Failures.INTERNAL;
        };
    }

    private List<Path> manifests() throws IOException, InputException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new InputException(InputProblem.ofFile(p, "does not exist", "name a folder of manifests or a manifest"));
            }
        }
        // folders are read recursively (weeks/2025-W01/…); YAML files that name no fact table are skipped
        List<Path> out = Series.manifestsIn(inputs);
        Series.requireOneWeekADate(out);
        if (out.isEmpty()) {
            throw new InputException(InputProblem.ofFile(inputs.get(0), "no dataset manifest (a *.yaml file with a facts: key) "
                    + "found here or in its subfolders (" + Series.DEPTH + " levels deep)", "name folders that hold manifests"));
        }
        return out;
    }

    /** The files of one briefing as one name: china-llm-2024-2024-W51-en.{pdf,xlsx}. */
    static String filesOf(Generator.Result r) {
        List<String> names = r.files().stream().map(w -> w.path().getFileName().toString()).toList();
        String first = names.get(0);
        int dot = first.lastIndexOf('.');
        String base = dot < 0 ? first : first.substring(0, dot);
        if (names.size() == 1 || !names.stream().allMatch(n -> n.startsWith(base + "."))) {
            return String.join(", ", names);
        }
        return base + ".{" + String.join(",", names.stream().map(n -> n.substring(base.length() + 1)).toList()) + "}";
    }

    /**
     * A progress bar on a terminal once the batch has run a second; plain lines otherwise, so that a
     * log file gets one line a briefing and no carriage returns.
     */
    static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final long start = System.nanoTime();
        private final AtomicInteger done = new AtomicInteger();
        private boolean drawn;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void done(Batch.Outcome o) {
            if (io.briefing.output.Staging.stopping()) {
                return; // a briefing the stop cut short did not fail: "[1/16] FAILED" was printed for 6 of 93 stops
            }
            int n = done.incrementAndGet();
            double secs = (System.nanoTime() - start) / 1e9;
            if (!terminal && o != null) {
                String what = o.ok() ? "wrote " + filesOf(o.result()) : "FAILED " + o.job().data();
                err.printf("[%d/%d] %s (%d ms)%n", n, total, what, o.millis());
                err.flush();
                return;
            }
            if (!terminal || secs < 1.0 && n < total) {
                return;
            }
            int width = 30;
            int filled = (int) Math.round(width * (double) n / total);
            err.printf("\r[%s%s] %d/%d  %.1f s", "#".repeat(filled), ".".repeat(width - filled), n, total, secs);
            err.flush();
            drawn = true;
        }

        synchronized void finish() {
            if (drawn) {
                err.println();
                err.flush();
            }
        }
    }
}
