package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a whole import file without writing: its shape, each cell's type, enterprises unknown or outside the
 * caller's scope, the same enterprise and period twice, the reporting rules against what is stored, and for each
 * valid row what it would replace. Runs for the preview and again inside the applying transaction.
 */
@Component
class ImportChecking {

    private static final ExcelSheetReader.Limits LIMITS = new ExcelSheetReader.Limits(
            ExcelSheetReader.Limits.DEFAULT_MAX_BYTES, 50_000);

    private final ReportingEnterprises enterprises;
    private final ReportWriting writing;

    ImportChecking(ReportingEnterprises enterprises, ReportWriting writing) {
        this.enterprises = enterprises;
        this.writing = writing;
    }

    /** A row as read, before the rules: who, which period, the figures in yuan, and problems of its cells. */
    private record ReadRow(int row, String uscc, String name, Object period, Map<String, BigDecimal> values,
                           String reason, List<FieldError> errors) {
    }

    CheckedImport check(ReportKind kind, byte[] file, CurrentUser caller, BiConsumer<Integer, Integer> progress) {
        List<ReadRow> rows = new ArrayList<>();
        ExcelSheetReader.Result read = read(kind, file, true, rows);
        if (!read.ok() && reasonColumnMissingOnly(read)) {
            rows.clear();
            read = read(kind, file, false, rows);
        }
        if (!read.ok()) {
            return new CheckedImport(read.problems(), read.dataRows(), List.of(), List.of(), 0, List.of());
        }
        markDuplicates(kind, rows);
        Map<String, ReportingEnterprise> known = enterprises.byUscc(caller.dataScope(),
                rows.stream().map(ReadRow::uscc).filter(Objects::nonNull).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<PlannedReport> valid = new ArrayList<>();
        List<ImportChange> changes = new ArrayList<>();
        int invalid = 0;
        int done = 0;
        for (ReadRow r : rows) {
            List<FieldError> rowErrors = new ArrayList<>(r.errors());
            ReportingEnterprise e = r.uscc() == null ? null : known.get(r.uscc());
            if (r.uscc() != null && e == null) {
                rowErrors.add(FieldError.of("uscc", "indicators.uscc.unknown", r.uscc()));
            }
            PlannedReport plan = null;
            if (rowErrors.isEmpty()) {
                ReportEntry entry = new ReportEntry(kind, e.id(), e.zoneId(), r.period(), r.values(), r.reason(),
                        false, MoneyUnit.TEN_THOUSAND_YUAN, ReportSource.IMPORT);
                rowErrors.addAll(writing.check(entry));
                plan = new PlannedReport(r.row(), e, entry, writing.current(entry).orElse(null));
            }
            if (rowErrors.isEmpty()) {
                valid.add(plan);
                if (plan.change() == PlannedReport.Change.REPLACING) {
                    changes.addAll(changes(plan));
                }
            } else {
                invalid++;
                rowErrors.forEach(x -> errors.add(x.atRow(r.row())));
            }
            if (++done % 200 == 0) {
                progress.accept(done, rows.size());
            }
        }
        progress.accept(rows.size(), rows.size());
        if (kind == ReportKind.MONTHLY) {
            invalid += dropFallsWithinFile(valid, changes, errors);
        }
        return new CheckedImport(List.of(), rows.size(), errors, valid, invalid, changes);
    }

    private ExcelSheetReader.Result read(ReportKind kind, byte[] file, boolean withReason, List<ReadRow> rows) {
        return ExcelSheetReader.read(file, ImportLayout.columns(kind, withReason), LIMITS,
                row -> rows.add(readRow(kind, row)));
    }

    /** The bureau's own file has no reason column; that alone is no reason to refuse it. */
    private static boolean reasonColumnMissingOnly(ExcelSheetReader.Result read) {
        return read.problems().size() == 1 && read.problems().get(0).code().equals("excel.missingColumns")
                && String.valueOf(read.problems().get(0).args().get(0)).equals(ImportLayout.REASON_HEADING);
    }

    private static ReadRow readRow(ReportKind kind, ExcelRow row) {
        List<FieldError> errors = new ArrayList<>();
        String uscc = ImportRowReading.uscc(row);
        if (uscc == null) {
            errors.add(FieldError.of("uscc", "indicators.uscc.required"));
        }
        var periodCell = row.cell(kind.periodField());
        Object period = kind == ReportKind.MONTHLY ? ImportRowReading.month(periodCell).orElse(null)
                : ImportRowReading.year(periodCell).orElse(null);
        if (period == null) {
            errors.add(kind == ReportKind.MONTHLY
                    ? FieldError.of("period", "indicators.period.invalid", String.valueOf(periodCell.text()))
                    : FieldError.of("year", "indicators.year.invalid", String.valueOf(periodCell.text())));
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (Figure f : kind.figures()) {
            BigDecimal v = ImportRowReading.number(row.cell(f.code()), f.field(), errors);
            if (v != null) {
                values.put(f.code(), f.money() ? MoneyUnit.TEN_THOUSAND_YUAN.toYuan(v) : v);
            }
        }
        return new ReadRow(row.number(), uscc, row.cell(ImportLayout.NAME).value(), period, values,
                row.cell(ImportLayout.REASON).value(), errors);
    }

    /** Every row of an enterprise and period that appears more than once is an error: which one is meant is theirs to say. */
    private static void markDuplicates(ReportKind kind, List<ReadRow> rows) {
        Map<String, List<Integer>> rowsByKey = new LinkedHashMap<>();
        for (ReadRow r : rows) {
            if (r.uscc() != null && r.period() != null) {
                rowsByKey.computeIfAbsent(r.uscc() + "|" + r.period(), k -> new ArrayList<>()).add(r.row());
            }
        }
        for (ReadRow r : rows) {
            List<Integer> same = r.uscc() == null || r.period() == null ? List.of()
                    : rowsByKey.get(r.uscc() + "|" + r.period());
            if (same.size() > 1) {
                r.errors().add(FieldError.of("uscc", "indicators.row.duplicate", r.uscc(), String.valueOf(r.period()),
                        same.stream().filter(n -> n != r.row()).map(String::valueOf).collect(Collectors.joining("、"))));
            }
        }
    }

    /**
     * The rules above compare each row with what is stored; a file that carries several months of one enterprise
     * must also agree with itself, so that the preview (not only the apply) names a month whose year-to-date value
     * falls below an earlier month of the same file. Returns how many rows it moved from valid to invalid.
     */
    private static int dropFallsWithinFile(List<PlannedReport> valid, List<ImportChange> changes,
                                           List<FieldError> errors) {
        Map<Long, List<PlannedReport>> byEnterprise = new LinkedHashMap<>();
        valid.forEach(p -> byEnterprise.computeIfAbsent(p.enterprise().id(), k -> new ArrayList<>()).add(p));
        java.util.Set<PlannedReport> dropped = new java.util.HashSet<>();
        for (List<PlannedReport> months : byEnterprise.values()) {
            months.sort(java.util.Comparator.comparing(p -> (java.time.YearMonth) p.entry().period()));
            PlannedReport earlier = null;
            for (PlannedReport p : months) {
                java.time.YearMonth period = (java.time.YearMonth) p.entry().period();
                if (earlier != null && ((java.time.YearMonth) earlier.entry().period()).getYear() == period.getYear()) {
                    List<FieldError> falls = fallsBelow(p, earlier);
                    if (!falls.isEmpty()) {
                        falls.forEach(e -> errors.add(e.atRow(p.row())));
                        dropped.add(p);
                        continue; // compare the next month with the last good one
                    }
                }
                earlier = p;
            }
        }
        valid.removeAll(dropped);
        changes.removeIf(c -> dropped.stream().anyMatch(p -> p.row() == c.row()));
        return dropped.size();
    }

    private static List<FieldError> fallsBelow(PlannedReport later, PlannedReport earlier) {
        List<FieldError> out = new ArrayList<>();
        for (Figure f : later.entry().kind().figures()) {
            BigDecimal v = later.entry().value(f);
            BigDecimal before = earlier.entry().value(f);
            if (v != null && before != null && f.cumulative() && !f.mayBeNegative() && v.compareTo(before) < 0) {
                out.add(FieldError.of(f.field(), "indicators.cumulative.fallsInFile",
                        Amounts.shown(later.entry(), f, v), String.valueOf(earlier.entry().period()),
                        Amounts.shown(earlier.entry(), f, before), earlier.row()));
            }
        }
        return out;
    }

    private static List<ImportChange> changes(PlannedReport p) {
        List<ImportChange> out = new ArrayList<>();
        for (Figure f : p.entry().kind().figures()) {
            BigDecimal before = p.existing().value(f);
            BigDecimal after = p.entry().value(f);
            boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
            if (!same) {
                out.add(new ImportChange(p.row(), p.enterprise().uscc(), p.enterprise().name(),
                        String.valueOf(p.entry().period()), f.code(), before, after));
            }
        }
        return out;
    }
}
