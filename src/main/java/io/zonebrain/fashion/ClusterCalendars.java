package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.calendar.BuiltInHolidays;
import io.zonebrain.fashion.internal.calendar.CalendarSheet;
import io.zonebrain.fashion.internal.calendar.CalendarStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's working calendar (holidays and make-up working days), kept by the operator or a zone admin; every
 * participant and official reads it, people outside the cluster are told it does not exist. Each change is audited.
 * A year nobody has entered shows (and counts) the built-in holidays; the first change to such a year copies them
 * into the table first, so adding one make-up day does not silently drop New Year's Day.
 */
@Service
public class ClusterCalendars {

    public static final String AUDIT_TYPE = "fashion_calendar_day";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\";=\\\\]|--");

    private final CalendarStore store;
    private final CalendarSheet sheet;
    private final AuditTrail audit;

    ClusterCalendars(CalendarStore store, CalendarSheet sheet, AuditTrail audit) {
        this.store = store;
        this.sheet = sheet;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CalendarYear year(int year) {
        FashionCaller me = FashionCaller.current().requireReader();
        checkYear(year);
        List<CalendarDay> days = store.year(me.zoneId(), year);
        boolean builtIn = days.isEmpty();
        if (builtIn) {
            days = new ArrayList<>();
            for (Map.Entry<LocalDate, String> e : BuiltInHolidays.of(year).entrySet()) {
                days.add(new CalendarDay(0, e.getKey(), DayKind.HOLIDAY, e.getValue(), null, null, 0));
            }
        }
        ClusterCalendar calendar = store.calendar(me.zoneId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Integer> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            months.add(calendar.workingDays(first, first.withDayOfMonth(first.lengthOfMonth())));
        }
        return new CalendarYear(year, builtIn, List.copyOf(days), List.copyOf(months));
    }

    /**
     * Adds a day ({@code version} null) or changes it ({@code version} as read). Adding a day that someone else
     * has just added, or changing one they changed or removed since, is a conflict, never an overwrite.
     */
    @Transactional
    public CalendarDay put(CalendarDayDraft raw, Integer version, String reason) {
        FashionCaller me = FashionCaller.current().requireOperator();
        CalendarDayDraft d = normalise(raw);
        List<FieldError> errors = check(d, null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.lockZone(me.zoneId());
        boolean adopted = adoptBuiltIn(me, d.day().getYear());
        CalendarDay before = store.find(me.zoneId(), d.day()).orElse(null);
        if (version == null) {
            if (before != null) {
                // a built-in day just adopted (the page showed it as the default, with no version) may be changed;
                // any other existing day was added by someone else since the caller looked
                if (!adopted) {
                    throw new ConcurrentEditException(AUDIT_TYPE, d.day());
                }
                version = before.version();
            } else if (!store.insert(me.zoneId(), d, me.username())) {
                throw new ConcurrentEditException(AUDIT_TYPE, d.day());
            }
        }
        if (version != null && !store.update(me.zoneId(), d, version, me.username())) {
            throw new ConcurrentEditException(AUDIT_TYPE, d.day());
        }
        CalendarDay after = store.find(me.zoneId(), d.day()).orElseThrow();
        if (before == null) {
            audit.created(AUDIT_TYPE, d.day(), after, reason);
        } else {
            audit.changed(AUDIT_TYPE, d.day(), before, after, reason);
        }
        return after;
    }

    /** Removes a day (back to the six-day week for it); {@code version} as read, else a conflict. */
    @Transactional
    public void remove(LocalDate day, int version, String reason) {
        FashionCaller me = FashionCaller.current().requireOperator();
        store.lockZone(me.zoneId());
        boolean adopted = adoptBuiltIn(me, day.getYear());
        CalendarDay before = store.find(me.zoneId(), day)
                .orElseThrow(() -> new NotFoundException("calendar day " + day));
        if (!store.delete(me.zoneId(), day, adopted ? before.version() : version)) {
            throw new ConcurrentEditException(AUDIT_TYPE, day);
        }
        audit.deleted(AUDIT_TYPE, day, before, reason);
    }

    /** The year's special days as a sheet (the operator's or, for a year nobody entered, the built-in ones). */
    @Transactional(readOnly = true)
    public void export(int year, Locale locale, OutputStream out) {
        CalendarYear y = year(year);
        sheet.write(out, y.days(), locale);
    }

    /**
     * Replaces a year's days with a sheet's, all or nothing: every row is checked first (a bad date, an unknown
     * kind, a day twice, a day outside the year) and if any is bad nothing changes and every problem is reported
     * by row and field. An empty sheet is refused: a year without rows would silently fall back to the default.
     */
    @Transactional
    public int importYear(int year, byte[] file, String reason) {
        FashionCaller me = FashionCaller.current().requireOperator();
        checkYear(year);
        List<CalendarDayDraft> rows = sheet.read(file, year, this::check);
        store.lockZone(me.zoneId());
        List<CalendarDay> before = store.year(me.zoneId(), year);
        store.replaceYear(me.zoneId(), year, rows, me.username());
        audit.record(AUDIT_TYPE, year, "IMPORT", before, store.year(me.zoneId(), year),
                reason == null ? "calendar " + year + " imported from Excel" : reason);
        return rows.size();
    }

    /** A year nobody has entered gets its built-in holidays as rows before its first change; true if it did. */
    private boolean adoptBuiltIn(FashionCaller me, int year) {
        if (!store.year(me.zoneId(), year).isEmpty()) {
            return false;
        }
        List<CalendarDayDraft> builtIn = BuiltInHolidays.of(year).entrySet().stream()
                .map(e -> new CalendarDayDraft(e.getKey(), DayKind.HOLIDAY, e.getValue())).toList();
        store.replaceYear(me.zoneId(), year, builtIn, me.username());
        audit.record(AUDIT_TYPE, year, "ADOPT_DEFAULT", null, builtIn.size() + " built-in holidays",
                "first change to a year without the operator's calendar");
        return true;
    }

    /** Every problem with one day; {@code year} (when given) is the year a sheet is for. */
    public List<FieldError> check(CalendarDayDraft d, Integer year) {
        List<FieldError> errors = new ArrayList<>();
        if (d.day() == null) {
            errors.add(FieldError.of("calendar.day", "calendar.validation.day"));
        } else if (year != null && d.day().getYear() != year) {
            errors.add(FieldError.of("calendar.day", "calendar.validation.outsideYear", d.day(), year));
        } else if (d.day().getYear() < FIRST_YEAR || d.day().getYear() > LAST_YEAR) {
            errors.add(FieldError.of("calendar.day", "calendar.validation.yearRange", FIRST_YEAR, LAST_YEAR));
        }
        if (d.kind() == null) {
            errors.add(FieldError.of("calendar.kind", "calendar.validation.kind"));
        }
        if (d.name() == null) {
            errors.add(FieldError.of("calendar.name", "calendar.validation.name"));
        } else if (d.name().length() > 50) {
            errors.add(FieldError.of("calendar.name", "calendar.validation.nameLong", 50, d.name().length()));
        } else if (FORBIDDEN.matcher(d.name()).find()) {
            errors.add(FieldError.of("calendar.name", "calendar.validation.nameChars"));
        }
        return errors;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException(List.of(FieldError.of("calendar.year", "calendar.validation.yearRange",
                    FIRST_YEAR, LAST_YEAR)));
        }
    }

    private static CalendarDayDraft normalise(CalendarDayDraft d) {
        String name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
        return new CalendarDayDraft(d.day(), d.kind(), name);
    }
}
