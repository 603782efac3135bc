package io.briefing.bench;

import io.briefing.render.Formats;
import io.briefing.render.fonts.FontCache;
import io.briefing.app.Generator;
import io.briefing.input.InputException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The in-process part of the benchmark (bench/run does the whole-process part): stage times of the
 * first briefing in a fresh JVM, warm time per briefing, and time and peak heap for big generated
 * fact tables. Prints figures; asserts nothing.
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        long beforeMain = processCpuMillis();
        System.setProperty("java.awt.headless", "true");
        String mode = args.length > 0 ? args[0] : "all";
        Path work = Files.createTempDirectory("briefing-bench");
        Path data = Path.of(args.length > 1 && !mode.equals("table") ? args[1] : "seeds/china-llm-2024.yaml");
        Path template = Path.of("report-templates/default.yaml");
        try {
            switch (mode) {
                case "stages" -> stages(data, template, work);
                case "cpu" -> cpu(beforeMain, data, template, work);
                case "warm" -> warm(data, template, work, Integer.parseInt(args.length > 2 ? args[2] : "30"));
                case "table" -> System.out.println(BigTable.write(Files.createDirectories(Path.of(args[2])),
                        Integer.parseInt(args[1])));
                case "rows" -> rows(data, template, work);
                default -> {
                    stages(data, template, work);
                    warm(data, template, work, 30);
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void stages(Path data, Path template, Path work) throws IOException, InputException {
        Generator g = new Generator(Formats.standard(new FontCache(null)));
        long t0 = System.nanoTime();
        g.run(Generator.Request.of(data, template, work.resolve("stages")).withBaseName("stages"));
        long total = (System.nanoTime() - t0) / 1_000_000;
        Generator.Timings t = g.lastTimings();
        System.out.printf("first briefing in this JVM: %d ms (load %d, check %d, build %d, charts+pdf %d, xlsx %d [parallel], write %d)%n",
                total, t.load(), t.check(), t.build(), t.render().get("pdf"), t.render().get("xlsx"), t.write());
    }

    /**
     * Where the CPU of one cold briefing goes, from the kernel's own accounting (/proc, 10 ms ticks):
     * the process before main(), then each thread that is still alive at the end, by name; the
     * threads that ended (the render pool's) are the rest of the process total.
     */
    private static void cpu(long beforeMain, Path data, Path template, Path work) throws IOException, InputException {
        Generator g = new Generator(Formats.standard(new FontCache(null)));
        long t0 = System.nanoTime();
        g.run(Generator.Request.of(data, template, work.resolve("cpu")).withBaseName("cpu"));
        long wall = (System.nanoTime() - t0) / 1_000_000;
        Generator.Timings t = g.lastTimings();
        java.util.Map<String, Long> byThread = new java.util.TreeMap<>();
        long threads = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
                    long ms = ticksToMillis(Files.readString(task.resolve("stat")));
                    byThread.merge(name, ms, Long::sum);
                    threads += ms;
                } catch (IOException e) {
                    // the thread ended while it was read
                }
            }
        }
        long total = processCpuMillis();
        System.out.printf("first briefing: %d ms wall (load %d, check %d, build %d, charts+pdf %d, xlsx %d [parallel], write %d)%n",
                wall, t.load(), t.check(), t.build(), t.render().get("pdf"), t.render().get("xlsx"), t.write());
        System.out.printf("CPU of the process: %d ms in all, %d ms of it before main()%n", total, beforeMain);
        byThread.entrySet().stream().filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("thread %s: %d ms%n", e.getKey(), e.getValue()));
        System.out.printf("threads that ended (render pool): %d ms%n", Math.max(0, total - threads));
    }

    private static long processCpuMillis() {
        try {
            return ticksToMillis(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException e) {
            return -1;
        }
    }

    /** utime + stime of a /proc stat line, in milliseconds (fields 14 and 15, after the command's closing bracket). */
    private static long ticksToMillis(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static void warm(Path data, Path template, Path work, int n) throws IOException, InputException {
        Generator g = new Generator(Formats.standard(new FontCache(null)));
        // warm up: enough runs for the optimizing compiler to settle
        for (int i = 0; i < 150; i++) {
            g.run(Generator.Request.of(data, template, work.resolve("warm")).withBaseName("warm"));
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            g.run(Generator.Request.of(data, template, work.resolve("warm")).withBaseName("warm"));
            times.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(times);
        Generator.Timings t = g.lastTimings();
        System.out.printf("warm briefing (PDF + XLSX), median of %d: %.1f ms (min %.1f, max %.1f); last: load %d, check %d, "
                + "build %d, charts+pdf %d, xlsx %d, write %d ms%n", n, times.get(n / 2) / 1000.0, times.get(0) / 1000.0,
                times.get(n - 1) / 1000.0, t.load(), t.check(), t.build(), t.render().get("pdf"), t.render().get("xlsx"), t.write());
    }

    /** Renders one briefing of a (big) table once, reporting stage times, peak heap and output sizes. */
    private static void rows(Path manifest, Path template, Path work) throws IOException, InputException {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Generator g = new Generator(Formats.standard(new FontCache(null)));
        long t0 = System.nanoTime();
        Generator.Result r = g.run(Generator.Request.of(manifest, template, work.resolve("out")).withBaseName("big"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        Generator.Timings t = g.lastTimings();
        System.out.printf("in the JVM: %d ms (load %d, check %d, build %d, pdf %d, xlsx %d [parallel with pdf], write %d), "
                        + "peak heap (sum of pool peaks) %d MB of %d MB; pdf %d KB (%d pages), xlsx %d KB%n", ms, t.load(),
                t.check(), t.build(), t.render().get("pdf"), t.render().get("xlsx"), t.write(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                r.files().get(0).bytes() >> 10, r.files().get(0).pages(), r.files().get(1).bytes() >> 10);
        io.briefing.facts.FactTable table = new io.briefing.facts.DatasetReader(new io.briefing.input.Warnings()).load(manifest);
        long csv = Files.size(table.dataset().factsFile());
        System.out.printf("  the %,d facts (CSV %d bytes a row) take %,d KB of heap (%d bytes a row) and %,d KB of mapped "
                        + "spill file%n", table.size(), csv / table.size(), table.storedBytes() >> 10,
                table.storedBytes() / table.size(), table.spilledBytes() >> 10);
    }

    /** A synthetic fact table in the seed's shape, for size tests. */
    static final class BigTable {
        private BigTable() {}

        static Path write(Path dir, int n) throws IOException {
            Path csv = dir.resolve("big.facts.csv");
            try (var w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,reporter_en,reporter_zh,key,quote\n");
                String[] cats = {"index-gain", "valuation", "price-cut", "users"};
                String[] units = {"percent", "CNY", "share", "count"};
                for (int i = 0; i < n; i++) {
                    int c = i % 4;
                    long v = c == 1 ? 1_000_000L * (1 + (i * 7919L) % 50_000) : c == 3 ? 1000L * (1 + (i * 104729L) % 900_000)
                            : (i * 31L) % 100;
                    w.write("f" + i + "," + cats[c] + ",Entity " + i + ",實體" + i + ",Metric " + c + ",指標" + c + "," + v + ","
                            + units[c] + "," + (i % 10 == 0 ? "at_least" : "exact") + ",2024-" + String.format("%02d", 1 + i % 12)
                            + ",Reporter " + (i % 5) + ",報告方" + (i % 5) + "," + (i < 6 ? "yes" : "") + ",合成數據第" + i + "行\n");
                }
            }
            Path manifest = dir.resolve("big.yaml");
            Files.writeString(manifest, """
                    title: { en: "Synthetic table", zh: "合成數據" }
                    as_of: 2024-12-20
                    facts: big.facts.csv
                    source: { publisher: { en: "Synthetic", zh: "合成" } }
                    categories:
                      index-gain: { en: "Index gains", zh: "指數漲幅" }
                      valuation: { en: "Valuations", zh: "估值" }
                      price-cut: { en: "Price cuts", zh: "降價" }
                      users: { en: "Users", zh: "用戶" }
                    """);
            return manifest;
        }
    }
}
