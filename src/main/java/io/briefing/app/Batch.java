package io.briefing.app;

import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.i18n.Language;
import io.briefing.input.Warnings;
import io.briefing.output.WriteFailure;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;


/**
 * Many briefings in one JVM, on every core: datasets × templates × languages. The font is parsed
 * once and the article cleaned once; a bad dataset is reported and skipped, the others are written.
 */
public final class Batch {
    /** One briefing of the batch. */
    public record Job(Path data, Path template, Language language) {}

    /** What stopped a job, for the batch's exit code: the worst of its jobs'. */
    public enum Failure { NONE, BAD_INPUT, MACHINE, INTERNAL }

    /** The outcome of one job: the files written, or the problems that stopped it and their kind. */
    public record Outcome(Job job, Generator.Result result, List<String> errors, Failure failure, long millis) {
        public boolean ok() {
            return failure == Failure.NONE;
        }
    }

    private final Generator generator;
    private final int threads;
    /** The files of one briefing, as a message names them: ".pdf, .xlsx". */
    private final String extensions;

    /** @param renderers the formats every briefing is written in */
    public Batch(List<Renderer> renderers, int threads) {
        this.generator = new Generator(renderers);
        this.extensions = String.join(", ", renderers.stream().map(r -> "." + r.extension()).toList());
        this.threads = Math.max(1, threads);
    }

    /**
     * Refuses a batch in which two briefings would be written under one name (two series as of the same
     * ISO week with one manifest name, or two folders holding the same manifest): one would replace the
     * other, and which one depended on the order the workers finished. Checked before anything is written.
     * A dataset or template that cannot be read is left to its job, which reports it.
     */
    public void refuseClashingNames(List<Job> jobs) throws InputException {
        Map<Path, Optional<Template>> templates = new HashMap<>();
        Map<String, Job> byName = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Job job : jobs) {
            Optional<Template> t = templates.computeIfAbsent(job.template(), f -> {
                try {
                    return Optional.of(new TemplateReader().read(f));
                } catch (InputException | RuntimeException e) {
                    return Optional.empty();
                }
            });
            Optional<Dataset> d;
            try {
                d = Optional.of(new DatasetReader(new Warnings()).readManifest(DatasetReader.manifestFor(job.data())));
            } catch (InputException | RuntimeException e) {
                d = Optional.empty();
            }
            if (t.isEmpty() || d.isEmpty()) {
                continue;
            }
            String name = Generator.baseName(d.get(), t.get(), job.language(), d.get().asOf());
            Job other = byName.putIfAbsent(name, job);
            if (other != null) {
                problems.add(InputProblem.ofFile(job.data(), "its briefing would be written as " + name + " (" + extensions + "), as "
                        + other.data() + "'s would: one would replace the other", "give the datasets different manifest "
                        + "names (or as_of weeks), or run them as separate batches into different folders (-o DIR)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Runs all jobs; {@code progress} is called after each, from the worker that finished it. */
    public List<Outcome> run(List<Job> jobs, Path output, Consumer<Outcome> progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "briefing-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Outcome o = one(job, output);
                    done.incrementAndGet();
                    progress.accept(o);
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome one(Job job, Path output) {
        long t0 = System.nanoTime();
        try {
            Generator.Result r = generator.run(Generator.Request.of(job.data(), job.template(), output).withLanguage(job.language()));
            return new Outcome(job, r, List.of(), Failure.NONE, (System.nanoTime() - t0) / 1_000_000);
        } catch (InputException e) {
            return new Outcome(job, null, e.problems().stream().map(InputProblem::message).toList(), Failure.BAD_INPUT,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            // the machine failed this one (a full disk, a folder that cannot be written): said as a single run says it
            return new Outcome(job, null, List.of(job.data() + ": not written: " + WriteFailure.of(e).message()), Failure.MACHINE,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            return new Outcome(job, null, List.of(job.data() + ": internal error: " + e + " (rerun it with generate --verbose)"),
                    Failure.INTERNAL, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
