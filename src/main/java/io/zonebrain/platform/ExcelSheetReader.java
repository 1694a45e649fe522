package io.zonebrain.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
 * Reads the first sheet of an uploaded .xlsx as a stream (SAX over the sheet XML), so 50,000 rows cost little
 * memory, and says in words an official understands what is wrong with the file as a whole: not an Excel file,
 * encrypted, empty, missing or unknown columns, merged cells, formulas, too large, too many rows.
 * Values are handed to {@code rows} one row at a time; the caller checks them. When the result has problems the
 * caller must discard whatever it collected from the rows: a problem such as a merged range is only known at the
 * end of the sheet. POI's zip-bomb protection (ZipSecureFile's inflate ratio) stays on.
 */
public final class ExcelSheetReader {

    /** How big a file may be; {@code zonebrain.import.max-bytes} and the row cap are passed in by the importer. */
    public record Limits(long maxBytes, int maxRows) {
        public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
        public static final int DEFAULT_MAX_ROWS = 200_000;

        public static Limits defaults() {
            return new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
        }
    }

    /** What the reader found: the data rows counted, and the file-level problems (empty when the file is usable). */
    public record Result(int dataRows, List<ExcelProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final int MAX_CELL_PROBLEMS = 50;

    private ExcelSheetReader() {
    }

    public static Result read(byte[] file, List<ExcelColumn> columns, Limits limits, Consumer<ExcelRow> rows) {
        return read(file, columns, limits, rows, n -> { });
    }

    /**
     * As above; {@code expectedRows} hears early how many data rows the sheet says it spans (its dimension), so a
     * progress bar has a total. Files written by some tools carry no dimension; then it is not called.
     */
    public static Result read(byte[] file, List<ExcelColumn> columns, Limits limits, Consumer<ExcelRow> rows,
                              IntConsumer expectedRows) {
        if (file == null || file.length == 0) {
            return fail(ExcelProblem.of("excel.emptyFile"));
        }
        if (file.length > limits.maxBytes()) {
            return fail(ExcelProblem.of("excel.tooLarge", megabytes(limits.maxBytes()), megabytes(file.length)));
        }
        ExcelProblem kind = checkKind(file);
        if (kind != null) {
            return fail(kind);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(file));
        } catch (Exception e) { // NotOfficeXmlFileException, InvalidFormatException, zip errors, zip bomb
            return fail(ExcelProblem.of("excel.notXlsx"));
        }
        try (pkg) {
            XSSFReader reader;
            InputStream sheet;
            StylesTable styles;
            ReadOnlySharedStringsTable strings;
            try {
                reader = new XSSFReader(pkg);
                styles = reader.getStylesTable();
                strings = new ReadOnlySharedStringsTable(pkg, false);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return fail(ExcelProblem.of("excel.emptySheet"));
                }
                sheet = sheets.next();
            } catch (Exception e) { // a zip that is not a workbook (a .docx, an .ods renamed)
                return fail(ExcelProblem.of("excel.notXlsx"));
            }
            SheetHandler handler = new SheetHandler(columns, limits, strings, styles, rows, expectedRows);
            try (sheet) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // a problem that makes the rest of the sheet pointless to read; already recorded
            } catch (Exception e) {
                return fail(ExcelProblem.of("excel.unreadable"));
            }
            return handler.result();
        } catch (IOException e) {
            return fail(ExcelProblem.of("excel.unreadable"));
        }
    }

    /** Magic bytes first: a text file or a picture renamed .xlsx is told so, and an old .xls or encrypted file too. */
    private static ExcelProblem checkKind(byte[] file) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(file));
        } catch (IOException e) {
            return ExcelProblem.of("excel.notXlsx");
        }
        if (magic == FileMagic.OOXML) {
            return null;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
                return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")
                        ? ExcelProblem.of("excel.encrypted")
                        : ExcelProblem.of("excel.oldXls");
            } catch (IOException | RuntimeException e) {
                return ExcelProblem.of("excel.notXlsx");
            }
        }
        return ExcelProblem.of("excel.notXlsx");
    }

    private static Result fail(ExcelProblem p) {
        return new Result(0, List.of(p));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private static final class StopReading extends SAXException {
        StopReading() {
            super("stop");
        }
    }

    /** Walks the sheet XML: rows, cells, formulas and merged ranges. */
    private static final class SheetHandler extends DefaultHandler {

        private final List<ExcelColumn> columns;
        private final Limits limits;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<ExcelRow> sink;
        private final IntConsumer expectedRows;
        private final List<ExcelProblem> problems = new ArrayList<>();
        private final Map<Integer, String> keyByColumn = new HashMap<>();
        private final Map<Integer, String> headingByColumn = new HashMap<>();
        private final List<String> unnamedWithData = new ArrayList<>();
        private boolean headerSeen;
        private int dataRows;
        private int cellProblems;
        private int hiddenCellProblems;

        private int rowNumber;
        private Map<Integer, Cell> rowCells = new LinkedHashMap<>();
        private int nextColumn;
        private int column;
        private String ref;
        private String type;
        private int style = -1;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(List<ExcelColumn> columns, Limits limits, ReadOnlySharedStringsTable strings, StylesTable styles,
                     Consumer<ExcelRow> sink, IntConsumer expectedRows) {
            this.expectedRows = expectedRows;
            this.columns = columns;
            this.limits = limits;
            this.strings = strings;
            this.styles = styles;
            this.sink = sink;
        }

        private record Cell(String ref, String text, Double number, boolean date) {
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    rowCells = new LinkedHashMap<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    ref = atts.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : nextColumn;
                    if (ref == null) {
                        ref = CellReference.convertNumToColString(column) + rowNumber;
                    }
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "dimension" -> dimension(atts.getValue("ref"));
                case "mergeCell" -> cellProblem(ExcelProblem.of("excel.mergedCells", atts.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                }
            }
        }

        @Override
        public void endDocument() {
            if (!headerSeen) {
                problems.add(0, ExcelProblem.of("excel.emptySheet"));
            } else if (dataRows == 0 && problems.isEmpty()) {
                problems.add(ExcelProblem.of("excel.noDataRows"));
            }
            if (hiddenCellProblems > 0) {
                problems.add(ExcelProblem.of("excel.moreProblems", hiddenCellProblems));
            }
        }

        private void dimension(String ref) {
            if (ref == null || !ref.contains(":")) {
                return;
            }
            try {
                int first = new CellReference(ref.substring(0, ref.indexOf(':'))).getRow();
                int last = new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow();
                expectedRows.accept(Math.max(0, last - first));
            } catch (RuntimeException e) {
                // a malformed dimension only costs the progress bar its total
            }
        }

        private void endCell() {
            if (formula) {
                cellProblem(ExcelProblem.of("excel.formula", ref));
            }
            String raw = value.toString();
            Cell cell;
            if ("s".equals(type)) {
                cell = new Cell(ref, raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString(),
                        null, false);
            } else if ("inlineStr".equals(type) || "str".equals(type) || "e".equals(type) || "d".equals(type)) {
                cell = new Cell(ref, raw, null, false);
            } else if ("b".equals(type)) {
                cell = new Cell(ref, "1".equals(raw.strip()) ? "TRUE" : "FALSE", null, false);
            } else if (raw.isBlank()) {
                cell = new Cell(ref, "", null, false);
            } else {
                double d;
                try {
                    d = Double.parseDouble(raw.strip());
                } catch (NumberFormatException e) {
                    cell = new Cell(ref, raw, null, false);
                    rowCells.put(column, cell);
                    return;
                }
                boolean isDate = isDateStyle(style);
                String text = isDate && DateUtil.isValidExcelDate(d)
                        ? DateUtil.getLocalDateTime(d).toLocalDate().toString()
                        : ExcelCell.plain(d);
                cell = new Cell(ref, text, d, isDate);
            }
            rowCells.put(column, cell);
        }

        private boolean isDateStyle(int s) {
            if (s < 0 || styles == null || s >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cs = styles.getStyleAt(s);
            return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
        }

        private void endRow() throws SAXException {
            boolean blank = rowCells.values().stream().allMatch(c -> c.text().isBlank());
            if (blank) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                readHeader();
                if (!problems.isEmpty()) {
                    throw new StopReading();
                }
                return;
            }
            dataRows++;
            if (dataRows > limits.maxRows()) {
                problems.add(ExcelProblem.of("excel.tooManyRows", limits.maxRows()));
                throw new StopReading();
            }
            Map<String, ExcelCell> cells = new HashMap<>();
            for (Map.Entry<Integer, Cell> e : rowCells.entrySet()) {
                Cell c = e.getValue();
                String key = keyByColumn.get(e.getKey());
                if (key != null) {
                    cells.put(key, new ExcelCell(c.ref(), c.text(), c.number(), c.date()));
                } else if (!c.text().isBlank() && !headingByColumn.containsKey(e.getKey())) {
                    String letter = CellReference.convertNumToColString(e.getKey());
                    if (!unnamedWithData.contains(letter)) {
                        unnamedWithData.add(letter);
                        problems.add(ExcelProblem.of("excel.unnamedColumn", letter, c.ref()));
                    }
                }
            }
            if (problems.isEmpty()) {
                sink.accept(new ExcelRow(rowNumber, cells));
            }
        }

        private void readHeader() {
            List<String> unknown = new ArrayList<>();
            Map<String, String> found = new HashMap<>();
            for (Map.Entry<Integer, Cell> e : rowCells.entrySet()) {
                String heading = e.getValue().text().strip();
                if (heading.isEmpty()) {
                    continue;
                }
                headingByColumn.put(e.getKey(), heading);
                ExcelColumn match = columns.stream().filter(c -> c.matches(heading)).findFirst().orElse(null);
                if (match == null) {
                    unknown.add(heading);
                } else if (found.containsKey(match.key())) {
                    problems.add(ExcelProblem.of("excel.duplicateColumn", heading));
                } else {
                    found.put(match.key(), heading);
                    keyByColumn.put(e.getKey(), match.key());
                }
            }
            List<String> missing = columns.stream().filter(c -> !found.containsKey(c.key()))
                    .map(ExcelColumn::mainHeading).toList();
            if (!missing.isEmpty()) {
                problems.add(ExcelProblem.of("excel.missingColumns", String.join("、", missing)));
            }
            if (!unknown.isEmpty()) {
                problems.add(ExcelProblem.of("excel.extraColumns", String.join("、", unknown)));
            }
        }

        /** Formulas and merged ranges are named one by one, up to a cap, so a whole formula column stays readable. */
        private void cellProblem(ExcelProblem p) {
            if (cellProblems++ < MAX_CELL_PROBLEMS) {
                problems.add(p);
            } else {
                hiddenCellProblems++;
            }
        }

        Result result() {
            return new Result(dataRows, List.copyOf(problems));
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
