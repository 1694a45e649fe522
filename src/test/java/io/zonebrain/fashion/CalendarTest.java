package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.fashion.allocation.FactorySpec;
import io.zonebrain.fashion.internal.allocating.BuiltProblem;
import io.zonebrain.fashion.internal.allocating.ProblemBuilder;
import io.zonebrain.fashion.internal.allocating.RoundSpec;
import io.zonebrain.fashion.internal.calendar.BuiltInHolidays;
import io.zonebrain.fashion.internal.calendar.CalendarStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cluster's working calendar against the real database: the seed reproduces the former built-in rule, a year
 * nobody entered falls back to it, the calendar drives capacity in a built problem, edits conflict instead of
 * clobbering, a bad sheet changes nothing, export and import round-trip, and who may read and change it. Each test
 * works on a year of its own (the context and zone are shared).
 */
@ZonebrainTest
class CalendarTest {

    @Autowired
    ClusterCalendars calendars;
    @Autowired
    CalendarStore store;
    @Autowired
    ProblemBuilder builder;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    Dictionaries dictionaries;
    @Autowired
    Factories factories;
    @Autowired
    GarmentOrders orders;
    @Autowired
    AllocationRounds rounds;
    @Autowired
    AuditTrail audit;

    @Test
    void theSeedReproducesTheBuiltInRuleDayByDay() {
        long zone = users.zoneId();
        for (int year = 2024; year <= 2031; year++) {
            Map<LocalDate, String> seeded = store.year(zone, year).stream()
                    .peek(d -> assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY))
                    .collect(Collectors.toMap(CalendarDay::day, CalendarDay::name));
            assertThat(seeded).as("seeded %d", year).isEqualTo(BuiltInHolidays.of(year));
        }
        ClusterCalendar fromTable = store.calendar(zone, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        ClusterCalendar builtIn = BuiltInHolidays.calendar(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(fromTable.defaultYears()).isEmpty();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
            assertThat(fromTable.works(d)).as(d.toString()).isEqualTo(builtIn.works(d));
        }
        // e.g. 2026: the Spring Festival from 16 Feb (eve) to 22 Feb, National Day 1-7 Oct
        assertThat(fromTable.works(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(fromTable.works(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void aYearWithoutRowsUsesTheBuiltInDefaultAndSaysSo() {
        String official = users.officer();
        CalendarYear y = users.as(official, () -> calendars.year(2050));
        assertThat(y.builtIn()).isTrue();
        assertThat(y.days()).extracting(CalendarDay::day).containsExactlyElementsOf(BuiltInHolidays.of(2050).keySet());
        // January 2050: 31 days, 5 Sundays, New Year's Day (a Saturday) off
        assertThat(y.workingDays().get(0)).isEqualTo(25);
        assertThat(store.calendar(users.zoneId(), LocalDate.of(2050, 3, 1), LocalDate.of(2050, 3, 31))
                .isDefault(2050)).isTrue();
        CalendarYear seeded = users.as(official, () -> calendars.year(2026));
        assertThat(seeded.builtIn()).isFalse();
    }

    @Test
    void aMakeUpSundayAddsCapacityAndANewHolidayRemovesItInABuiltProblem() {
        AllocationWorld w = new AllocationWorld(fixtures, users, dictionaries, factories, orders, rounds);
        Factory f = w.factory(20, "0.60");
        double perDay = Math.floor(20 * 480 * 0.65 * 10) / 10;
        LocalDate monday = LocalDate.of(2045, 3, 15).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        assertThat(weekMinutes(w, f, monday)).isEqualTo((long) Math.floor(perDay * 6));

        users.as(w.operator, () -> calendars.put(new CalendarDayDraft(sunday, DayKind.WORKDAY, "调休上班"), null, "test"));
        assertThat(weekMinutes(w, f, monday)).as("a make-up Sunday").isEqualTo((long) Math.floor(perDay * 7));

        users.as(w.operator, () -> calendars.put(new CalendarDayDraft(monday.plusDays(2), DayKind.HOLIDAY, "测试假日"),
                null, "test"));
        users.as(w.operator, () -> calendars.put(new CalendarDayDraft(monday.plusDays(3), DayKind.HOLIDAY, "测试假日"),
                null, "test"));
        assertThat(weekMinutes(w, f, monday)).as("two new holidays").isEqualTo((long) Math.floor(perDay * 5));
        // the first change to 2045 adopted its built-in holidays: New Year's Day is still off
        assertThat(store.find(users.zoneId(), LocalDate.of(2045, 1, 1))).get()
                .extracting(CalendarDay::kind).isEqualTo(DayKind.HOLIDAY);
        assertThat(audit.browse(ClusterCalendars.AUDIT_TYPE, sunday.toString(), null, 5, 0))
                .extracting(AuditTrail.AuditEntry::action).containsExactly("CREATE");
    }

    @Test
    void anAcceptedLotsPlannedStartCountsTheCalendarsWorkingDays() {
        // the week of 2026-09-28: 1-7 October off (seeded); the lot finishes on Friday 9 October
        ClusterCalendar cal = store.calendar(users.zoneId(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        LocalDate finish = LocalDate.of(2026, 10, 9);
        // 3 working days: Fri 9, Thu 8, then back over the holiday to Wed 30 September
        assertThat(AllocationRounds.plannedStart(cal, finish, 3, LocalDate.of(2026, 9, 1)))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(AllocationRounds.plannedStart(cal, finish, 3, LocalDate.of(2026, 10, 5)))
                .as("not before the horizon").isEqualTo(LocalDate.of(2026, 10, 5));
    }

    private long weekMinutes(AllocationWorld w, Factory f, LocalDate monday) {
        BuiltProblem built = builder.build(new RoundSpec(users.zoneId(), "2045AW", null, w.town, null,
                RoundSpec.Mode.ROUND, monday, List.of(), java.util.Set.of()));
        FactorySpec spec = built.problem().factories().stream()
                .filter(s -> s.id().equals(BuiltProblem.factoryKey(f.id()))).findFirst().orElseThrow();
        return spec.weeklyMinutes()[0];
    }

    @Test
    void concurrentEditsConflictInsteadOfOverwriting() {
        String operator = fixtures.operator();
        LocalDate day = LocalDate.of(2046, 6, 8);
        CalendarDay added = users.as(operator,
                () -> calendars.put(new CalendarDayDraft(day, DayKind.HOLIDAY, "测试"), null, null));
        assertThat(added.updatedBy()).isEqualTo(operator);
        CalendarDay changed = users.as(operator, () -> calendars.put(new CalendarDayDraft(day, DayKind.WORKDAY,
                "改为上班"), added.version(), null));
        assertThat(changed.version()).isEqualTo(added.version() + 1);
        // a second operator still holds the first version
        assertThatThrownBy(() -> users.as(fixtures.operator(), () -> calendars.put(
                new CalendarDayDraft(day, DayKind.HOLIDAY, "旧的"), added.version(), null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> users.as(operator, () -> calendars.put(
                new CalendarDayDraft(day, DayKind.HOLIDAY, "又加一次"), null, null)))
                .as("adding a day someone already added").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> users.as(operator, () -> {
            calendars.remove(day, added.version(), null);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(store.find(users.zoneId(), day)).get().extracting(CalendarDay::name).isEqualTo("改为上班");
        users.as(operator, () -> {
            calendars.remove(day, changed.version(), "test");
            return null;
        });
        assertThat(store.find(users.zoneId(), day)).isEmpty();
    }

    @Test
    void aSheetWithBadRowsChangesNothingAndNamesEveryRowAndField() throws IOException {
        String operator = fixtures.operator();
        users.as(operator, () -> calendars.put(new CalendarDayDraft(LocalDate.of(2047, 4, 4), DayKind.HOLIDAY, "清明节"),
                null, null));
        List<CalendarDay> before = store.year(users.zoneId(), 2047);
        byte[] file = sheet(new String[][] {
                {"2047-10-01", "放假", "国庆节"},
                {"2047-13-01", "放假", "坏日期"},
                {"2047-10-09", "加班", "未知类型"},
                {"2047-10-01", "放假", "重复"},
                {"2048-01-02", "上班", "不在本年"},
                {"2047-09-26", "上班", ""}});
        assertThatThrownBy(() -> users.as(operator, () -> calendars.importYear(2047, file, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::row, FieldError::field, FieldError::messageCode)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(3, "calendar.day", "calendar.validation.badDate"),
                                org.assertj.core.groups.Tuple.tuple(4, "calendar.kind",
                                        "calendar.validation.unknownKind"),
                                org.assertj.core.groups.Tuple.tuple(5, "calendar.day",
                                        "calendar.validation.duplicate"),
                                org.assertj.core.groups.Tuple.tuple(6, "calendar.day",
                                        "calendar.validation.outsideYear"),
                                org.assertj.core.groups.Tuple.tuple(7, "calendar.name", "calendar.validation.name")));
        assertThat(store.year(users.zoneId(), 2047)).isEqualTo(before);
    }

    @Test
    void anExportImportsBackUnchanged() {
        String operator = fixtures.operator();
        users.as(operator, () -> calendars.put(new CalendarDayDraft(LocalDate.of(2048, 2, 9), DayKind.WORKDAY,
                "调休上班"), null, null));
        users.as(operator, () -> calendars.put(new CalendarDayDraft(LocalDate.of(2048, 4, 4), DayKind.HOLIDAY,
                "清明节"), null, null));
        List<CalendarDayDraft> before = drafts(2048);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            users.as(operator, () -> {
                calendars.export(2048, locale, out);
                return null;
            });
            int rows = users.as(operator, () -> calendars.importYear(2048, out.toByteArray(), null));
            assertThat(rows).isEqualTo(before.size());
            assertThat(drafts(2048)).as(locale.toString()).isEqualTo(before);
        }
        assertThat(audit.browse(ClusterCalendars.AUDIT_TYPE, "2048", null, 5, 0))
                .extracting(AuditTrail.AuditEntry::action).contains("IMPORT");
    }

    @Test
    void participantsReadOnlyTheOperatorChangesOutsidersSeeNothing() {
        Factory f = fixtures.factory("测试 日历工厂");
        Brand b = fixtures.brand("测试 日历品牌");
        CalendarDayDraft day = new CalendarDayDraft(LocalDate.of(2049, 3, 3), DayKind.HOLIDAY, "测试");
        for (String reader : List.of(fixtures.factoryUser(f.id()), fixtures.brandUser(b.id()), users.officer())) {
            assertThat(users.as(reader, () -> calendars.year(2026)).days()).isNotEmpty();
            assertThatThrownBy(() -> users.as(reader, () -> calendars.put(day, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        String outsider = users.enterpriseUser(enterprises.create("日历范围测试企业", null).id());
        assertThatThrownBy(() -> users.as(outsider, () -> calendars.year(2026))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(outsider, () -> calendars.put(day, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(users.admin(), () -> calendars.put(day, null, null)).name()).isEqualTo("测试");
    }

    private List<CalendarDayDraft> drafts(int year) {
        return store.year(users.zoneId(), year).stream()
                .map(d -> new CalendarDayDraft(d.day(), d.kind(), d.name())).toList();
    }

    static byte[] sheet(String[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("工作日历");
            Row header = s.createRow(0);
            header.createCell(0).setCellValue("日期");
            header.createCell(1).setCellValue("类型");
            header.createCell(2).setCellValue("名称");
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
