package io.zonebrain.fashion.internal.calendar;

import io.zonebrain.fashion.CalendarDay;
import io.zonebrain.fashion.CalendarDayDraft;
import io.zonebrain.fashion.DayKind;
import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelColumn;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * One year of the calendar as a small sheet (date, kind, name): the export writes it, the import reads it back
 * whole. It is a few dozen rows, so the import is synchronous and all or nothing; it reads with the platform's
 * ExcelSheetReader directly (not the staged-import lifecycle, which is for lists of thousands).
 */
@Component
public class CalendarSheet {

    static final ExcelColumn DAY = ExcelColumn.of("calendar.day", "日期", "Date", "Day");
    static final ExcelColumn KIND = ExcelColumn.of("calendar.kind", "类型", "Kind", "Type");
    static final ExcelColumn NAME = ExcelColumn.of("calendar.name", "名称", "Name");
    static final List<ExcelColumn> COLUMNS = List.of(DAY, KIND, NAME);

    /** How people write the kind: our codes, and the words of the State Council's notices in both languages. */
    private static final Map<String, DayKind> KINDS = Map.ofEntries(
            Map.entry("holiday", DayKind.HOLIDAY), Map.entry("放假", DayKind.HOLIDAY),
            Map.entry("休息", DayKind.HOLIDAY), Map.entry("节假日", DayKind.HOLIDAY), Map.entry("休", DayKind.HOLIDAY),
            Map.entry("day off", DayKind.HOLIDAY),
            Map.entry("workday", DayKind.WORKDAY), Map.entry("上班", DayKind.WORKDAY),
            Map.entry("调休上班", DayKind.WORKDAY), Map.entry("补班", DayKind.WORKDAY), Map.entry("班", DayKind.WORKDAY),
            Map.entry("工作日", DayKind.WORKDAY), Map.entry("working day", DayKind.WORKDAY),
            Map.entry("make-up working day", DayKind.WORKDAY));

    private static final int MAX_ROWS = 366;

    public void write(OutputStream out, List<CalendarDay> days, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> headers = en ? List.of("Date", "Kind", "Name") : List.of("日期", "类型", "名称");
        ExcelExport.write(out, en ? "Calendar" : "工作日历", headers, sink -> days.forEach(d -> sink.accept(
                List.of(d.day(), label(d.kind(), en), d.name()))));
    }

    static String label(DayKind kind, boolean en) {
        return switch (kind) {
            case HOLIDAY -> en ? "Holiday" : "放假";
            case WORKDAY -> en ? "Working day" : "上班";
        };
    }

    /**
     * The sheet's days for {@code year}, or a ValidationException naming every bad row and field (and problems of
     * the file as a whole with row 0). {@code check} is the form's check of one day (name, kind, the year).
     */
    public List<CalendarDayDraft> read(byte[] file, int year,
                                       BiFunction<CalendarDayDraft, Integer, List<FieldError>> check) {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDayDraft> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        ExcelSheetReader.Result result = ExcelSheetReader.read(file, COLUMNS,
                new ExcelSheetReader.Limits(ExcelSheetReader.Limits.DEFAULT_MAX_BYTES, MAX_ROWS), row -> {
                    List<FieldError> rowErrors = new ArrayList<>();
                    LocalDate day = date(row.cell(DAY.key()), rowErrors);
                    DayKind kind = kind(row.cell(KIND.key()), rowErrors);
                    String name = row.cell(NAME.key()).value();
                    CalendarDayDraft d = new CalendarDayDraft(day, kind, name);
                    for (FieldError e : check.apply(d, year)) {
                        // the parse errors above already name a date or kind that is there but unreadable
                        if (rowErrors.stream().noneMatch(r -> r.field().equals(e.field()))) {
                            rowErrors.add(e);
                        }
                    }
                    if (day != null) {
                        Integer first = seen.putIfAbsent(day, row.number());
                        if (first != null) {
                            rowErrors.add(FieldError.of(DAY.key(), "calendar.validation.duplicate", day, first));
                        }
                    }
                    rowErrors.forEach(e -> errors.add(e.atRow(row.number())));
                    days.add(d);
                });
        if (!result.ok()) {
            throw new ValidationException(result.problems().stream().map(CalendarSheet::fileError).toList());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return days;
    }

    private static FieldError fileError(ExcelProblem p) {
        return new FieldError(0, "calendar.file", p.code(), p.args());
    }

    private static LocalDate date(ExcelCell cell, List<FieldError> errors) {
        if (cell.isBlank()) {
            return null;
        }
        return cell.asDate().orElseGet(() -> {
            errors.add(FieldError.of(DAY.key(), "calendar.validation.badDate", cell.value()));
            return null;
        });
    }

    private static DayKind kind(ExcelCell cell, List<FieldError> errors) {
        if (cell.isBlank()) {
            return null;
        }
        DayKind kind = KINDS.get(cell.value().toLowerCase(Locale.ROOT));
        if (kind == null) {
            errors.add(FieldError.of(KIND.key(), "calendar.validation.unknownKind", cell.value()));
        }
        return kind;
    }
}
