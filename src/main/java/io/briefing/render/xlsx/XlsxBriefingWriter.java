package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;


/**
 * Writes the briefing's figures as a workbook an analyst can filter and reuse: a Facts sheet with
 * typed, formatted numbers ({@link FactsSheet}); one sheet per chart, in template order, with its
 * data and a native chart ({@link ChartSheet}); a Sources sheet every fact links to
 * ({@link SourcesSheet}); an About sheet ({@link AboutSheet}), in shared styles
 * ({@link WorkbookStyles}). POI writes the styles, charts, small sheets and header rows; the rows of
 * Facts and Sources, one per fact, stream straight into the final zip ({@link WorkbookAssembler}), so
 * a table of a million facts fits in a small heap.
 */
public final class XlsxBriefingWriter {
    private static final int WINDOW = 200;
    static final int MAX_LINK_OBJECTS = FactsSheet.MAX_LINK_OBJECTS;

    private static String entryName(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /** Writes the workbook to {@code target}, streaming its rows; returns its size in bytes. */
    public long write(Briefing b, Path target) throws IOException {
        // POI writes the user locale into the charts' text runs (<a:rPr lang="de-DE">): the workbook's
        // bytes then followed the machine's locale. Its locale is the briefing's; POI keeps it per thread.
        java.util.Locale before = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(b.language().locale());
        try {
            return writeInLocale(b, target);
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(before);
        }
    }

    private long writeInLocale(Briefing b, Path target) throws IOException {
        PoiScratch.use();
        XSSFWorkbook base = new XSSFWorkbook();
        // inline strings, as SheetRowWriter writes them: no shared-strings table to keep in step
        SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW, false, false) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(
                    OutputStream stream) {
                // the skeleton is read back and compressed once, as the final zip is assembled
                var zip = super.createArchiveOutputStream(stream);
                zip.setLevel(Deflater.NO_COMPRESSION);
                return zip;
            }
        };
        try {
            WorkbookStyles st = new WorkbookStyles(wb, b.language() == io.briefing.i18n.Language.ZH);
            // rows stream after POI has written the styles: every format they use is made now
            b.numberStyles().forEach(st::of);
            SheetNames sheetNames = sheetNames(b);
            String summaryName = sheetNames.summary();
            String factsName = sheetNames.facts();
            String sourcesName = sheetNames.sources();
            List<String> chartNames = sheetNames.charts();
            String changesName = sheetNames.changes();
            String aboutName = sheetNames.about();

            // each sheet is flushed when done, so nothing depends on the order of SXSSF's internal maps
            // the summary first: what an executive would forward
            SXSSFSheet summarySheet = wb.createSheet(summaryName);
            SummarySheet.write(wb, summarySheet, b, st, sourcesName);
            summarySheet.flushRows();
            SXSSFSheet factsSheet = wb.createSheet(factsName);
            FactsSheet facts = new FactsSheet(b, st, sourcesName);
            facts.header(factsSheet, base.getSheet(factsName));
            factsSheet.flushRows();
            // what moved since last week comes right after the facts: it is a weekly reader's first question
            if (changesName != null) {
                SXSSFSheet changesSheet = wb.createSheet(changesName);
                ChangesSheet.write(wb, changesSheet, b, st, sourcesName);
                // formulas are recalculated on opening, so a value corrected before saving elsewhere still counts
                base.setForceFormulaRecalculation(true);
                changesSheet.flushRows();
            }
            for (int i = 0; i < b.charts().size(); i++) {
                ChartSheet.write(base, wb, chartNames.get(i), b.charts().get(i), b, st, sourcesName);
                wb.getSheet(chartNames.get(i)).flushRows();
            }
            SXSSFSheet sourcesSheet = wb.createSheet(sourcesName);
            SourcesSheet.header(sourcesSheet, b, st);
            sourcesSheet.flushRows();
            SXSSFSheet aboutSheet = wb.createSheet(aboutName);
            AboutSheet.write(aboutSheet, b, st);
            aboutSheet.flushRows();

            describe(base, b);
            // POI writes everything but the rows of the two sheets with a row per fact; those are
            // written into the final zip as it is assembled
            ByteArrayOutputStream skeleton = new ByteArrayOutputStream(1 << 16);
            wb.write(skeleton);
            Map<String, WorkbookAssembler.StreamedSheet> streamed = Map.of(
                    entryName(base.getSheet(factsName)),
                    new WorkbookAssembler.StreamedSheet(facts::rows, facts.width(), b.facts().size()),
                    entryName(base.getSheet(sourcesName)),
                    new WorkbookAssembler.StreamedSheet(out -> SourcesSheet.rows(out, b, st), SourcesSheet.COLUMNS,
                            b.sources().size()));
            WorkbookAssembler.assemble(skeleton.toByteArray(), streamed, target, b.info().created().toEpochMilli());
            return Files.size(target);
        } finally {
            // not close(): closing a workbook POI created in memory saves the whole package once more
            wb.dispose();
            base.getPackage().revert();
        }
    }

    /** The workbook's sheet names, each unique; changes null when there is no week to compare with. */
    private record SheetNames(String summary, String facts, String sources, List<String> charts, String changes, String about) {}

    private static SheetNames sheetNames(Briefing b) {
        Labels l = b.labels();
        Set<String> names = new HashSet<>();
        String summaryName = unique(l.get("sheet.summary"), names);
        String factsName = unique(l.get("sheet.facts"), names);
        String sourcesName = unique(l.get("sheet.sources"), names);
        // a chart titled like the Facts sheet in either language ("Facts" in a Chinese workbook) made
        // the workbook unreadable ("two sheets of facts, 事實 and Facts"); History is Excel's own
        for (io.briefing.i18n.Language other : io.briefing.i18n.Language.values()) {
            names.add(Labels.of(other).get("sheet.facts"));
        }
        names.add("History");
        List<String> chartNames = new ArrayList<>();
        for (ChartModel c : b.charts()) {
            chartNames.add(unique(c.title(), names));
        }
        String changesName = b.changes().compared() ? unique(l.get("sheet.changes"), names) : null;
        String aboutName = unique(l.get("sheet.about"), names);
        return new SheetNames(summaryName, factsName, sourcesName, chartNames, changesName, aboutName);
    }

    /** The document's properties: title, subject, author, keywords, its creation time, the tool that made it. */
    private static void describe(XSSFWorkbook base, Briefing b) {
        POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
        Optional<Date> created = Optional.of(Date.from(b.info().created()));
        core.setCreated(created);
        core.setModified(created);
        core.setTitle(b.info().title());
        core.setSubjectProperty(b.info().subject());
        core.setCreator(b.info().author());
        core.setKeywords(b.info().keywordLine());
        core.setLastModifiedByUser(b.info().author());
        base.getProperties().getExtendedProperties().setApplication("briefing " + b.info().toolVersion());
    }

    private static boolean takenIgnoringCase(Set<String> taken, String name) {
        for (String t : taken) {
            if (t.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name cut to {@code max} characters at a word boundary, and before a bracket it would leave open:
     * "Shenzhen AI vouchers (yearly cap)" is "Shenzhen AI vouchers", not "Shenzhen AI vouchers (yearly ca".
     * Chinese, which has no spaces, is cut at the limit.
     */
    static String shortened(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String cut = cutAt(name, max);
        int space = cut.lastIndexOf(' ');
        if (space >= max / 2 && name.charAt(max) != ' ') {
            cut = cut.substring(0, space);
        }
        for (String open : new String[] {"(", "（", "[", "「", "“"}) {
            int at = cut.lastIndexOf(open);
            String close = switch (open) {
                case "(" -> ")";
                case "（" -> "）";
                case "[" -> "]";
                case "「" -> "」";
                default -> "”";
            };
            if (at > 0 && cut.indexOf(close, at) < 0) {
                cut = cut.substring(0, at);
            }
        }
        return cut.strip();
    }

    /**
     * The longest start of {@code s} of at most {@code max} chars that ends between two characters as a
     * reader sees them (ICU's grapheme clusters): a family emoji cut after its joiner or half a flag was
     * written before; a surrogate pair was never split.
     */
    static String cutAt(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        com.ibm.icu.text.BreakIterator graphemes = com.ibm.icu.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        graphemes.setText(s);
        int end = graphemes.preceding(max + 1);
        return s.substring(0, Math.max(0, end));
    }

    private static String unique(String wanted, Set<String> taken) {
        // shortened first: createSafeSheetName cuts at 31 characters wherever that falls; the reader
        // compares names without their outer spaces, so "Facts " is "Facts"
        String base = WorkbookUtil.createSafeSheetName(shortened(wanted.replace('/', '-').strip(), 31), '-').strip();
        String name = base;
        int n = 2;
        // Excel compares sheet names without case, as String.equalsIgnoreCase does ("gains" = "GAİNS")
        while (takenIgnoringCase(taken, name)) {
            String suffix = " (" + n++ + ")";
            name = cutAt(base, 31 - suffix.length()) + suffix;
        }
        taken.add(name);
        return name;
    }
}
