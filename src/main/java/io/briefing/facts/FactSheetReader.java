package io.briefing.facts;

import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;


/**
 * Reads the Facts sheet of a workbook as the fact table: this tool's own workbook (English or
 * Chinese headings), or one saved from Excel with the same columns. Each row goes through the same
 * checks as a CSV line ({@link FactTableReader.Rows}); what only a workbook can get wrong — a number
 * typed as text, a period Excel turned into a date, a merged cell, a column this tool does not know —
 * is refused with its cell ({@code Facts!G12}). The sheet is read as a stream of XML, so a workbook
 * of a million rows needs no more heap than its CSV would.
 *
 * <p>The workbook shows some columns as the briefing does; they are read back to the fact table's
 * codes: a category's label to its id, a unit's name to its code, a qualifier's words to its code, a
 * percentage stored as a fraction (0.4766) to the percent the table writes (47.66).
 */
final class FactSheetReader {
    /** A range in a value cell, as the fact table writes it: 13000000000..13500000000, -3..-2. */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("-?[0-9][0-9_.]*\\.\\.-?[0-9][0-9_.]*");

    /** Columns the workbook derives from the others: read over, never back. */
    static final List<String> DERIVED = List.of("display", "source", "status");

    private final Path file;
    private final Dataset dataset;
    private final FactTableReader.Rows rows;
    /** A heading (as written, stripped, lower case) → the fact table's column. */
    private final Map<String, String> headings = new HashMap<>();

    FactSheetReader(Path file, Dataset dataset, FactTableReader.Rows rows) {
        this.file = file;
        this.dataset = dataset;
        this.rows = rows;
        List<String> all = new ArrayList<>(FactTableReader.REQUIRED);
        all.addAll(FactTableReader.OPTIONAL);
        all.addAll(DERIVED);
        for (String column : all) {
            headings.put(column, column);
            for (Language l : Language.values()) {
                Labels labels = Labels.of(l);
                if (labels.has("table." + column)) {
                    headings.put(key(labels.get("table." + column)), column);
                }
            }
        }
    }

    static boolean isWorkbook(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    private static String key(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT);
    }

    void read() throws InputException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new InputException(InputProblem.ofFile(file, "an Excel 97-2003 workbook (.xls) cannot be read",
                    "save it as an Excel workbook (.xlsx), or its Facts sheet as CSV UTF-8"));
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(InputProblem.ofFile(file, "the workbook does not exist or is not a file",
                    "check the path, or name the fact table in the manifest: facts: my-table.facts.csv"));
        }
        requireHeapForStrings(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings;
            try {
                strings = new ReadOnlySharedStringsTable(pkg, false);
            } catch (SAXException | IOException e) {
                throw new InputException(partBroken(file, "part xl/sharedStrings.xml", e));
            }
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (IOException | InvalidFormatException | RuntimeException e) {
                throw new InputException(partBroken(file, "part xl/styles.xml", e));
            }
            List<String> visible = factsSheets(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            String wanted = null;
            InputStream found = null;
            try {
                while (sheets.hasNext()) {
                    InputStream in = sheets.next();
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (found == null && !visible.isEmpty() && name.equals(visible.get(0))) {
                        found = in;
                        wanted = name;
                    } else {
                        in.close();
                    }
                }
                if (found == null) {
                    throw new InputException(InputProblem.ofFile(file, "the workbook has no sheet named "
                                    + Labels.of(Language.EN).get("sheet.facts") + " or " + Labels.of(Language.ZH).get("sheet.facts")
                                    + " (its sheets: " + String.join(", ", names) + ")",
                            "name the sheet that holds the facts " + Labels.of(Language.EN).get("sheet.facts")));
                }
                try {
                    parse(found, wanted, strings, styles);
                } catch (SAXException e) {
                    throw new InputException(partBroken(file, "sheet " + wanted, e));
                }
            } finally {
                if (found != null) {
                    found.close();
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(String.valueOf(e.getMessage()).contains("relationships") ? broken(file, e)
                    : InputProblem.ofFile(file, "the file is not an Excel workbook (" + e.getMessage() + ")",
                    "save it from Excel as .xlsx, or give the fact table as CSV UTF-8"));
        } catch (FactStore.SpillFailed e) {
            rows.problems.add(FactTableReader.spillProblem(file, e));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof Stop) {
                return;
            }
            if (tooLarge(e)) {
                throw new InputException(InputProblem.ofFile(file, "a part of the workbook inflates past what it declares, "
                        + "to more than this run's memory can read", "check the workbook is the one meant; save it again "
                        + "from Excel or LibreOffice, or give its Facts sheet as CSV UTF-8"));
            }
            throw new InputException(broken(file, e));
        }
    }

    /**
     * The workbook's visible sheets of facts (by either language's name): none or one; two, or a hidden
     * one alone, are the reader's question, not the tool's guess.
     */
    private List<String> factsSheets(XSSFReader reader) throws InputException, IOException, InvalidFormatException, SAXException {
        java.util.Set<String> hidden = hiddenSheets(reader);
        List<String> candidates = new ArrayList<>();
        XSSFReader.SheetIterator first = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (first.hasNext()) {
            first.next().close();
            if (isFactsSheet(first.getSheetName())) {
                candidates.add(first.getSheetName());
            }
        }
        List<String> visible = candidates.stream().filter(n -> !hidden.contains(n)).toList();
        if (visible.size() > 1) {
            throw new InputException(InputProblem.ofFile(file, "the workbook has two sheets of facts, " + String.join(" and ",
                    visible) + ", and which one was edited cannot be told", "delete or rename the one that is not the table"));
        }
        if (visible.isEmpty() && !candidates.isEmpty()) {
            throw new InputException(InputProblem.ofFile(file, "the workbook's sheet of facts, " + candidates.get(0)
                    + ", is hidden: it may not be the table you edited", "unhide it in Excel (Format > Hide & Unhide), "
                    + "or delete it and name the sheet you edited " + Labels.of(Language.EN).get("sheet.facts")));
        }
        return visible;
    }

    /**
     * The manifest this tool's workbook names on its About sheet (relative to the manifest's own
     * folder, so only its file name), or empty when the workbook has none or cannot be read.
     */
    static Optional<String> recordedManifest(Path workbook) throws InputException {
        try (OPCPackage pkg = openPackage(workbook)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings;
            try {
                strings = new ReadOnlySharedStringsTable(pkg, false);
            } catch (SAXException | IOException e) {
                throw new InputException(partBroken(workbook, "part xl/sharedStrings.xml", e));
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    boolean about = false;
                    for (Language l : Language.values()) {
                        about |= Labels.of(l).get("sheet.about").equals(name);
                    }
                    if (!about) {
                        continue;
                    }
                    List<String> labels = new ArrayList<>();
                    for (Language l : Language.values()) {
                        labels.add(Labels.of(l).get("about.manifest"));
                    }
                    ManifestRow handler = new ManifestRow(labels, strings);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    try {
                        xml.parse(new InputSource(in));
                    } catch (SAXException e) {
                        throw new InputException(partBroken(workbook, "sheet " + name, e));
                    }
                    return Optional.ofNullable(handler.found).filter(x -> !x.isBlank());
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // a workbook without an About sheet returns above; one that fails while read is broken, and was
            // said to lack a manifest ("no manifest book.yaml beside the workbook")
            throw new InputException(broken(workbook, e));
        }
        return Optional.empty();
    }

    /** Reads an About sheet's rows: the second cell of the first row whose first cell is a manifest label. */
    private static final class ManifestRow extends DefaultHandler {
        private final List<String> labels;
        private final ReadOnlySharedStringsTable strings;
        private final List<String> row = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean shared;
        private boolean collecting;
        String found;

        ManifestRow(List<String> labels, ReadOnlySharedStringsTable strings) {
            this.labels = labels;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            switch (local) {
                case "row" -> row.clear();
                case "c" -> {
                    shared = "s".equals(a.getValue("t"));
                    text.setLength(0);
                }
                case "v", "t" -> collecting = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            switch (local) {
                case "v", "t" -> collecting = false;
                case "c" -> row.add(shared ? strings.getItemAt(Integer.parseInt(text.toString().trim())).getString()
                        : text.toString());
                case "row" -> {
                    if (row.size() >= 2 && labels.contains(row.get(0)) && found == null) {
                        found = row.get(1);
                    }
                }
                default -> { }
            }
        }
    }

    /** A part of the workbook known by name that does not parse: "the workbook's part xl/styles.xml is broken (…)". */
    static InputProblem partBroken(Path workbook, String what, Throwable e) {
        String m = InputProblem.visible(String.valueOf(e.getMessage())).lines().findFirst().orElse("").strip()
                .replaceFirst("^(?i)error: *", "").replaceFirst("\\.+$", "");
        return InputProblem.ofFile(workbook, "the workbook's " + what + " is broken (" + io.briefing.input.YamlNode.excerpt(m) + ")",
                "open it in Excel or LibreOffice and save it again as .xlsx, or make it again with briefing generate");
    }

    /**
     * A broken workbook in the reader's words, naming the part where it can: the library said "OOXML file
     * structure broken/invalid - no core document found!", a null-pointer message, or "Failed to find
     * sheet package for sheetId=rId3".
     */
    static InputProblem broken(Path workbook, Throwable e) {
        String m = InputProblem.visible(String.valueOf(e.getMessage())).lines().findFirst().orElse("").strip()
                .replaceFirst("^(?i)error: *", "");
        String why;
        if (m.contains("no core document") || m.contains("workbookPart") || m.contains("sheet-iterator")) {
            why = "its part _rels/.rels names no xl/workbook.xml, or that part is missing";
        } else if (m.contains("Failed to find sheet package") || m.contains("Failed to parse relationships")) {
            why = "a sheet its xl/workbook.xml lists is missing, or xl/_rels/workbook.xml.rels is broken";
        } else if (e instanceof SAXException) {
            why = "a part of it is not well-formed XML (" + io.briefing.input.YamlNode.excerpt(m) + ")";
        } else {
            why = io.briefing.input.YamlNode.excerpt(m);
        }
        return InputProblem.ofFile(workbook, "the workbook is broken: " + why,
                "open it in Excel or LibreOffice and save it again as .xlsx, or make it again with briefing generate");
    }

    /**
     * Refuses, before the library reads it, a workbook whose shared strings (every text of its cells, held
     * whole in memory as they are read) the heap cannot hold: a 1 GB cell in a 16 MB file ran 512 MB out
     * of memory with a stack trace. The part's size is the one the zip declares; the library's own cap,
     * set here to a quarter of the heap, stops a part that inflates past what it declared.
     */
    static void requireHeapForStrings(Path workbook) throws InputException {
        long heap = Runtime.getRuntime().maxMemory();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(stringsLimit(heap));
        requireHeapForStrings(workbook, heap);
    }

    /** The most text a workbook's cells may hold for a heap: a quarter of it, and never under 16 MB. */
    static long stringsLimit(long heap) {
        return Math.max(16L << 20, heap / 4);
    }

    static void requireHeapForStrings(Path workbook, long heap) throws InputException {
        long limit = stringsLimit(heap);
        long declared;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            java.util.zip.ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            declared = strings == null ? -1 : strings.getSize();
        } catch (IOException | RuntimeException e) {
            return; // not a zip: said when the library opens it, with what kind of file it is
        }
        if (declared > limit) {
            long needMb = declared * 4 / (1 << 20) + 64;
            throw new InputException(InputProblem.ofFile(workbook, "its cells' text (the part xl/sharedStrings.xml) is "
                    + String.format(java.util.Locale.ROOT, "%,d MB", declared >> 20) + ", more than this run's memory ("
                    + String.format(java.util.Locale.ROOT, "%,d MB", heap >> 20) + ") can read; a fact table's workbook holds a few MB",
                    "check the workbook is the one meant; if it is, give its Facts sheet as CSV UTF-8, or more memory: "
                    + "BRIEFING_JAVA_OPTS=-Xmx" + needMb + "m"));
        }
    }

    /** The library's words for a part that inflates past its cap, in ours. */
    static boolean tooLarge(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Zip bomb") || m.contains("max size of the expanded data") || m.contains("ZipSecureFile");
    }

    /**
     * Opens a workbook's package, or says which part is broken: a workbook whose [Content_Types].xml,
     * relationships or properties do not parse printed a 40-line trace of the XML parser, and then a
     * message that blamed a missing manifest.
     */
    private static OPCPackage openPackage(Path workbook) throws InputException {
        requireHeapForStrings(workbook);
        try {
            OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
            // (docProps/core.xml is read by the library as it opens; a broken one only loses the properties)
            for (String part : List.of("/_rels/.rels", "/xl/workbook.xml", "/xl/_rels/workbook.xml.rels")) {
                checkPart(workbook, pkg, part);
            }
            return pkg;
        } catch (InputException e) {
            throw e;
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            // the library's own words ("call a different part of POI … eg HSSF instead of XSSF") are for programmers
            throw new InputException(InputProblem.ofFile(workbook, "this is an Excel 97–2003 workbook (.xls), not an .xlsx one",
                    "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"));
        } catch (org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException e) {
            throw new InputException(InputProblem.ofFile(workbook, "this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook",
                    "open it in LibreOffice and save it as Excel 2007-365 (.xlsx)"));
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InputException(InputProblem.ofFile(workbook, "this is not an .xlsx workbook (an .xlsx file is a zip of "
                    + "XML parts, and this file is not one)", "open it in Excel or LibreOffice and save it again as .xlsx, "
                    + "or make it again with briefing generate"));
        } catch (Exception | StackOverflowError e) {
            String why = InputProblem.visible(String.valueOf(e.getMessage())).lines().findFirst().orElse("").strip();
            throw new InputException(why.toLowerCase(java.util.Locale.ROOT).contains("content type")
                    ? InputProblem.ofFile(workbook, "the workbook's part [Content_Types].xml is broken or missing",
                    "open it in Excel or LibreOffice and save it again as .xlsx, or make it again with briefing generate")
                    : broken(workbook, e));
        }
    }

    private static void checkPart(Path workbook, OPCPackage pkg, String name) throws InputException {
        try {
            org.apache.poi.openxml4j.opc.PackagePart part = pkg.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name));
            if (part == null) {
                return;
            }
            try (InputStream in = part.getInputStream()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new DefaultHandler());
                xml.parse(new InputSource(in));
            }
        } catch (SAXException e) {
            pkg.revert();
            throw new InputException(InputProblem.ofFile(workbook, "the workbook's part " + name.substring(1) + " is broken ("
                    + InputProblem.visible(String.valueOf(e.getMessage())).strip() + ")",
                    "open it in Excel or LibreOffice and save it again as .xlsx, or make it again with briefing generate"));
        } catch (IOException | InvalidFormatException | javax.xml.parsers.ParserConfigurationException e) {
            pkg.revert();
            throw new InputException(InputProblem.ofFile(workbook, "the workbook's part " + name.substring(1) + " cannot be read",
                    "open it in Excel or LibreOffice and save it again as .xlsx, or make it again with briefing generate"));
        }
    }

    /** The names of the sheets workbook.xml marks hidden or very hidden. */
    private static java.util.Set<String> hiddenSheets(XSSFReader reader) throws IOException, InvalidFormatException, SAXException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (InputStream wb = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if ("sheet".equals(local) && a.getValue("state") != null && !"visible".equals(a.getValue("state"))) {
                        out.add(a.getValue("name"));
                    }
                }
            });
            xml.parse(new org.xml.sax.InputSource(wb));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static boolean isFactsSheet(String name) {
        for (Language l : Language.values()) {
            if (Labels.of(l).get("sheet.facts").equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Thrown from inside the parser to end it: the header is wrong, or enough problems were found. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** A cell as the sheet stores it. */
    private record Cell(String text, Kind kind, boolean formula) {}

    private enum Kind { TEXT, NUMBER, DATE, BOOLEAN, ERROR, NO_RESULT }

    private void parse(InputStream sheet, String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException, InputException {
        Handler h = new Handler(sheetName, strings, styles);
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        xml.setContentHandler(h);
        try {
            xml.parse(new InputSource(sheet));
        } catch (Stop stop) {
            if (h.headerProblems != null) {
                throw new InputException(h.headerProblems);
            }
            return;
        }
        if (h.header == null) {
            throw new InputException(InputProblem.ofFile(file, "the sheet " + sheetName + " is empty",
                    "put the headings in its first row and one fact per row below"));
        }
        if (!h.merged.isEmpty()) {
            // a merged cell leaves every cell but its first empty: the rows' own problems follow from it
            rows.problems.clear();
            for (String range : h.merged.subList(0, Math.min(h.merged.size(), FactTableReader.MAX_PROBLEMS))) {
                rows.problems.add(InputProblem.ofFile(file, sheetName + "!" + range + ": merged cells; only the first keeps "
                        + "its value", "unmerge them (Excel: Home > Merge & Center > Unmerge Cells) and fill in each cell"));
            }
        }
    }

    /** Reads the sheet's XML: the first row with content is the header, each row after it a fact. */
    private final class Handler extends DefaultHandler {
        private final String sheetName;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        final List<String> merged = new ArrayList<>();
        /** Column index → the fact table's column, once the header is read. */
        Map<Integer, String> header;
        /** The header's headings as written, by column index. */
        private final Map<Integer, String> written = new HashMap<>();
        /** The fact table's column → its position in the rows handed on. */
        private Map<String, Integer> positions;
        private List<InputProblem> headerProblems;
        private int rowNumber;
        private int valueColumn = -1;
        private final Map<Integer, Cell> cells = new LinkedHashMap<>();
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inText;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasValue;
        /**
         * The characters of the cell being read, counted but kept only up to the field limit: a cell of
         * 1 GB (a 16 MB file) was read whole, 29 s and 5 GB, or an OutOfMemoryError at -Xmx512m.
         */
        private long cellChars;
        private final Map<Integer, Long> oversize = new HashMap<>();

        Handler(String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                    oversize.clear();
                    column = -1;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = a.getValue("t");
                    style = a.getValue("s");
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                    inline.setLength(0);
                    cellChars = 0;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> inText = true;
                case "f" -> formula = true;
                case "mergeCell" -> merged.add(a.getValue("ref"));
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            StringBuilder to = inValue ? value : inText ? inline : null;
            if (to == null) {
                return;
            }
            cellChars += length;
            int room = FactTableReader.MAX_FIELD_CHARS + 1 - to.length();
            if (room > 0) {
                to.append(ch, start, Math.min(room, length));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "c" -> {
                    if (cellChars > FactTableReader.MAX_FIELD_CHARS) {
                        oversize.put(column, cellChars);
                    }
                    Cell c = cell();
                    if (c != null) {
                        cells.put(column, c);
                    }
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        private Cell cell() {
            String t = type == null ? "n" : type;
            switch (t) {
                case "inlineStr" -> {
                    return inline.isEmpty() ? null : new Cell(inline.toString(), Kind.TEXT, formula);
                }
                case "s" -> {
                    if (!hasValue) {
                        return null;
                    }
                    String s = strings.getItemAt(Integer.parseInt(value.toString().trim())).getString();
                    return s.isEmpty() ? null : new Cell(s, Kind.TEXT, formula);
                }
                case "str" -> {
                    return new Cell(value.toString(), hasValue ? Kind.TEXT : Kind.NO_RESULT, formula);
                }
                case "b" -> {
                    return new Cell("1".equals(value.toString().trim()) ? "TRUE" : "FALSE", Kind.BOOLEAN, formula);
                }
                case "e" -> {
                    return new Cell(value.toString(), Kind.ERROR, formula);
                }
                default -> {
                    if (!hasValue || value.toString().isBlank()) {
                        return formula ? new Cell("", Kind.NO_RESULT, true) : null;
                    }
                    return new Cell(value.toString().trim(), isDate() ? Kind.DATE : Kind.NUMBER, formula);
                }
            }
        }

        /** Whether a style shows a date, by style index, found once each (a sheet has a handful of styles). */
        private final Map<String, Boolean> dateStyles = new HashMap<>();

        private boolean isDate() {
            if (style == null || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(style, k -> {
                int i = Integer.parseInt(k);
                if (i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle s = styles.getStyleAt(i);
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            });
        }

        private String ref(int col) {
            return sheetName + "!" + CellReference.convertNumToColString(col) + rowNumber;
        }

        private void endRow() {
            if (cells.isEmpty()) {
                return;
            }
            if (header == null) {
                readHeader();
                return;
            }
            String[] rec = new String[positions.size()];
            List<InputProblem> problems = new ArrayList<>();
            for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
                String column = header.get(e.getKey());
                if (column == null) {
                    problems.add(InputProblem.ofFile(file, ref(e.getKey()) + ": a value in a column without a heading",
                            "give the column a heading this tool knows, or move the value to another sheet"));
                    continue;
                }
                if (DERIVED.contains(column)) {
                    continue;
                }
                Long chars = oversize.get(e.getKey());
                if (chars != null) {
                    problems.add(InputProblem.ofFile(file, ref(e.getKey()) + " (" + column + "): the cell is "
                                    + String.format(java.util.Locale.ROOT, "%,d", chars) + " characters long, over the limit of "
                                    + String.format(java.util.Locale.ROOT, "%,d", FactTableReader.MAX_FIELD_CHARS),
                            "shorten the cell: a field holds at most " + String.format(java.util.Locale.ROOT, "%,d", FactTableReader.MAX_FIELD_CHARS) + " characters"));
                    continue;
                }
                String text = text(e.getKey(), column, e.getValue(), problems);
                rec[positions.get(column)] = text;
            }
            fromLabels(rec);
            String unit = rec[positions.get("unit")];
            Cell v = cells.get(valueColumn);
            if (v != null && v.kind() == Kind.NUMBER) {
                rec[positions.get("value")] = fromCell(v.text(), unit);
            }
            if (!problems.isEmpty()) {
                // a cell of the wrong type: the row's other checks would only repeat it
                rows.problems.addAll(problems);
                if (rows.problems.size() >= FactTableReader.MAX_PROBLEMS) {
                    throw new Stop();
                }
                return;
            }
            if (!rows.row(rowNumber, rec)) {
                throw new Stop();
            }
        }

        /** A cell's text for the fact table, or a problem when its type cannot be what the column holds. */
        private String text(int col, String column, Cell c, List<InputProblem> problems) {
            if (c.kind() == Kind.TEXT && !column.equals("value")) {
                return c.text(); // nearly every cell: nothing to check
            }
            String heading = written.get(col);
            String where = ref(col) + " (" + heading + ")";
            switch (c.kind()) {
                case ERROR -> {
                    problems.add(InputProblem.ofFile(file, where + ": the cell holds the error " + c.text(),
                            "type the value itself"));
                    return "";
                }
                case NO_RESULT -> {
                    problems.add(InputProblem.ofFile(file, where + ": a formula without a saved result",
                            "open the workbook in Excel or LibreOffice and save it, or paste the values in place of the formulas"));
                    return "";
                }
                case BOOLEAN -> {
                    if (column.equals("key")) {
                        return c.text().equals("TRUE") ? "yes" : "no";
                    }
                    problems.add(InputProblem.ofFile(file, where + ": a TRUE/FALSE cell where " + column + " is expected",
                            "type the " + column + " as text"));
                    return "";
                }
                case DATE -> {
                    problems.add(InputProblem.ofFile(file, where + ": the cell is a date (Excel turns 2024-12 into 1 Dec 2024), "
                                    + "a precision the article may not state",
                            "type the " + column + " as text, with an apostrophe in front: '2024-12"));
                    return "";
                }
                case TEXT -> {
                    if (column.equals("value") && RANGE.matcher(c.text().strip()).matches()) {
                        return c.text().strip(); // a range, as the fact table writes it: the table reader checks it
                    }
                    if (column.equals("value")) {
                        problems.add(InputProblem.ofFile(file, where + ": the value is text ('" + shorten(c.text())
                                        + "'), not a number",
                                "type it as a number (Excel: select the cell, then Convert to Number), in the unit the Unit column names"));
                        return "";
                    }
                    return c.text();
                }
                case NUMBER -> {
                    if (column.equals("value")) {
                        return c.text(); // read back with its unit, once the row's unit is known
                    }
                    // Excel stores 2024 or an id typed as digits as a number: the text is its digits
                    BigDecimal d = new BigDecimal(c.text());
                    if (d.stripTrailingZeros().scale() <= 0) {
                        return d.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
                    }
                    problems.add(InputProblem.ofFile(file, where + ": a number (" + c.text() + ") where text is expected",
                            "type the " + column + " as text"));
                    return "";
                }
            }
            throw new IllegalStateException();
        }

        /** Labels the workbook shows, back to the fact table's codes: category, unit, qualifier, key. */
        private void fromLabels(String[] rec) {
            int cat = positions.get("category");
            if (rec[cat] != null) {
                String shown = rec[cat].strip();
                for (Category c : dataset.categories()) {
                    if (c.id().equals(shown) || c.label().en().equals(shown) || c.label().zh().equals(shown)) {
                        rec[cat] = c.id();
                        break;
                    }
                }
            }
            int unit = positions.get("unit");
            if (rec[unit] != null && dataset.units().find(rec[unit].strip()).isEmpty()) {
                String shown = rec[unit].strip();
                for (Unit u : dataset.units().all()) {
                    if (u.name().en().equalsIgnoreCase(shown) || u.name().zh().equals(shown)) {
                        rec[unit] = u.code();
                        break;
                    }
                }
            }
            int q = positions.get("qualifier");
            if (rec[q] != null) {
                String shown = rec[q].strip();
                for (Qualifier x : Qualifier.values()) {
                    for (Language l : Language.values()) {
                        if (Labels.of(l).get("qualifier." + x.code()).equalsIgnoreCase(shown)) {
                            rec[q] = x.code();
                        }
                    }
                }
            }
            Integer key = positions.get("key");
            if (key != null && rec[key] != null) {
                for (Language l : Language.values()) {
                    if (Labels.of(l).get("table.yes").equalsIgnoreCase(rec[key].strip())) {
                        rec[key] = "yes";
                    }
                }
            }
            Integer aliases = positions.get("aliases");
            if (aliases != null && rec[aliases] != null) {
                rec[aliases] = rec[aliases].replace(" | ", "|");
            }
        }

        /**
         * A number cell as the fact table writes it: the shortest decimal that is the stored double
         * (what Excel shows at full precision), times 100 for a unit stored as a fraction.
         */
        private String fromCell(String stored, String unitCode) {
            BigDecimal d = new BigDecimal(Double.toString(Double.parseDouble(stored)));
            Optional<Unit> unit = unitCode == null ? Optional.empty() : dataset.units().find(unitCode.strip());
            if (unit.isPresent() && unit.get().isPercent()) {
                d = d.movePointRight(2);
            }
            d = d.stripTrailingZeros();
            return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        }

        private void readHeader() {
            header = new HashMap<>();
            positions = new LinkedHashMap<>();
            List<InputProblem> problems = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
                String heading = e.getValue().text().strip();
                written.put(e.getKey(), heading);
                String column = headings.get(key(heading));
                if (column == null) {
                    problems.add(InputProblem.ofFile(file, ref(e.getKey()) + ": unexpected column '" + shorten(heading)
                                    + "'; the Facts sheet holds only this tool's columns",
                            "delete the column or move it to another sheet (the columns: " + expected() + ")"));
                    continue;
                }
                Integer before = seen.put(column, e.getKey());
                if (before != null) {
                    problems.add(InputProblem.ofFile(file, ref(e.getKey()) + ": the column '" + heading + "' appears twice (first in "
                            + CellReference.convertNumToColString(before) + ")", "keep one of them"));
                    continue;
                }
                header.put(e.getKey(), column);
                if (column.equals("value")) {
                    valueColumn = e.getKey();
                }
                if (!DERIVED.contains(column)) {
                    positions.put(column, positions.size());
                }
            }
            for (String column : FactTableReader.REQUIRED) {
                String twin = column.endsWith("_en") ? column.replace("_en", "_zh") : column.endsWith("_zh")
                        ? column.replace("_zh", "_en") : null;
                if (!positions.containsKey(column) && twin != null && positions.containsKey(twin)) {
                    // a Chinese workbook has no English metric: the column is read as empty, and said so
                    rows.warnings().add(InputProblem.ofFile(file, sheetName + ": no column "
                                    + Labels.of(Language.EN).get("table." + column) + " (" + column + "); read as empty, so "
                                    + (column.endsWith("_en") ? "an English" : "a Chinese") + " briefing from this workbook shows the "
                                    + (column.endsWith("_en") ? "Chinese" : "English") + " wording",
                            "read back the workbook in that language, or add the column"));
                    positions.put(column, positions.size());
                    continue;
                }
                if (!positions.containsKey(column)) {
                    problems.add(InputProblem.ofFile(file, sheetName + "!" + rowNumber + ": the column "
                                    + Labels.of(Language.EN).get("table." + column) + " (" + column + ") is missing",
                            "add it; the columns are: " + expected()));
                }
            }
            if (!problems.isEmpty()) {
                headerProblems = problems;
                throw new Stop();
            }
            rows.header(positions, new FactTableReader.Where() {
                @Override
                public InputProblem at(int line, String field, String problem, String hint) {
                    if (field == null) {
                        return InputProblem.ofFile(file, sheetName + " row " + line + ": " + problem, hint);
                    }
                    Integer col = seen.get(field);
                    String place = col == null ? sheetName + " row " + line + " (" + field + ")"
                            : sheetName + "!" + CellReference.convertNumToColString(col) + line + " (" + written.get(col) + ")";
                    return InputProblem.of(file, 0, place, problem, hint);
                }

                @Override
                public String place(int line) {
                    return sheetName + " row " + line;
                }
            });
        }

        private String expected() {
            List<String> out = new ArrayList<>();
            for (String column : FactTableReader.REQUIRED) {
                out.add(Labels.of(Language.EN).get("table." + column));
            }
            return String.join(", ", out);
        }
    }

    /** The 0-based column of a cell reference such as {@code G12}: its letters, read as a base-26 number. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch == '$') {
                continue;
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
