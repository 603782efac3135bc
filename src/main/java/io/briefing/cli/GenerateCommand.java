package io.briefing.cli;

import io.briefing.app.Generator;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.model.PageSize;
import io.briefing.render.Formats;
import io.briefing.render.fonts.FontCache;
import io.briefing.weekly.Series;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;


/** {@code briefing generate}: one PDF briefing and its workbook. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes the PDF briefing and the Excel workbook of a fact table into the output folder.")
class GenerateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-l", "--lang"}, paramLabel = "en|zh", description = "Language of the briefing. Default: the template's.")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--page", paramLabel = "a4|letter", description = "Page size. Default: the template's (A4).")
    String page;

    @Option(names = "--name", paramLabel = "BASE",
            description = "Base name of the output files. Default: <dataset>-<ISO week>-<lang>[-<template>]")
    String name;

    @Option(names = "--font", paramLabel = "FILE",
            description = "TrueType/OpenType font or collection with Chinese glyphs to embed. Default: found on the machine.")
    Path font;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date stamped on the briefing and its files. Default: the manifest's as_of.")
    LocalDate asOf;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "The formats to write: pdf, xlsx, or both comma-separated. Default: both.")
    List<String> formats;

    @Option(names = "--allow-unverified",
            description = "Write the briefing even when figures fail the check against the source; they are flagged.")
    boolean allowUnverified;

    @Option(names = "--since", paramLabel = "MANIFEST|YYYY-MM-DD|none",
            description = "Week to compare with: a manifest, the series' latest week on or before a date, or none. "
                    + "Default: the previous week of the series, found beside the manifest.")
    String since;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The --since option as the generator takes it; a value that names nothing is bad input, with how to fix it. */
    static Series.Since since(String value, CommandLine cl) throws InputException {
        if (value == null) {
            return new Series.Since.Previous();
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("none")) {
            return new Series.Since.None();
        }
        String fix = "give --since a manifest of an earlier week, a date YYYY-MM-DD, or none";
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new Series.Since.OnOrBefore(LocalDate.parse(v));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException(InputProblem.ofFile(Path.of("--since"), v + " is not a date that exists", fix));
            }
        }
        Path p = Path.of(v);
        if (v.isEmpty() || !java.nio.file.Files.isRegularFile(p)) {
            throw new InputException(InputProblem.ofFile(Path.of("--since"), "'" + v + "' is neither a manifest file, a date "
                    + "(YYYY-MM-DD) nor 'none'" + (java.nio.file.Files.isDirectory(p) ? " (it is a folder)" : ""), fix));
        }
        return new Series.Since.Manifest(p);
    }

    /** The request the options describe; a usage error for an option out of range. */
    Generator.Request request() throws Exception {
        Language language = null;
        if (lang != null) {
            try {
                language = Language.fromCode(lang);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
            }
        }
        if (name != null && name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name: the name is blank; give the files' "
                    + "name without its extension, e.g. --name weekly-brief");
        }
        if (name != null && name.startsWith(".") && !name.contains("/") && !name.contains("\\")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name: '" + name + "' starts with '.', which "
                    + "hides the files (the run's own working files are named so); start it with a letter or digit");
        }
        // a name too long for the file system is bad input with its limit, in bytes, whatever its script: the
        // output folder says so (exit 1); 240 Latin letters were a usage error here (exit 2), 100 Chinese exit 1
        PageSize pageSize = null;
        if (page != null) {
            try {
                pageSize = PageSize.fromCode(page);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--page: use a4 or letter, not '" + page + "'");
            }
        }
        return Generator.Request.of(input.data(), input.templateFile(), output).withLanguage(language)
                .withAsOf(asOf).withAllowUnverified(allowUnverified).withBaseName(name).withPageSize(pageSize)
                .withSince(since(since, spec.commandLine()));
    }

    Generator generator() {
        return new Generator(renderers(formats, font, spec));
    }

    /** The renderers --format names; an unknown name is bad usage. */
    static List<io.briefing.render.Renderer> renderers(List<String> formats, Path font, CommandLine.Model.CommandSpec spec) {
        try {
            return Formats.selected(new FontCache(font), formats);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        Generator.Request req = request();
        Generator.Result r = generator().run(req);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String w : r.warnings()) {
            err.println("warning: " + w);
        }
        for (Generator.Written w : r.files()) {
            out.println("wrote " + w.path() + " (" + (w.pages() > 0 ? w.pages() + (w.pages() == 1 ? " page, " : " pages, ") : "")
                    + kb(w.bytes()) + ")");
        }
        out.flush();
        err.flush();
        return 0;
    }

    static String kb(long bytes) {
        return bytes >= 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(java.util.Locale.ROOT, "%d KB", Math.round(bytes / 1e3));
    }
}
