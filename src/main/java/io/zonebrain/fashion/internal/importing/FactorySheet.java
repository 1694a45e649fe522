package io.zonebrain.fashion.internal.importing;

import io.zonebrain.fashion.CategoryPrice;
import io.zonebrain.fashion.Factories;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FactoryDraft;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.internal.FactoryRules;
import io.zonebrain.fashion.internal.FactoryStore;
import io.zonebrain.fashion.internal.FashionCodeLists;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The factory list as a sheet: the export writes it, the template is its header, the import reads it. An unedited
 * export imports as "no change". Rows are matched by factory code, or by USCC when the code is blank; a row with
 * neither is a new factory. Categories are written "连衣裙:0.62、针织服装:0.55" (label or code : yuan per standard
 * minute); capacity is derived and ignored on import.
 */
@Component
public class FactorySheet implements SheetImport<FactoryDraft> {

    static final SheetColumn CODE = new SheetColumn("factory.code", "工厂编码", "Factory code");
    static final SheetColumn NAME = new SheetColumn("factory.name", "工厂名称", "Factory name");
    static final SheetColumn USCC = new SheetColumn("factory.uscc", "统一社会信用代码", "USCC");
    static final SheetColumn TOWN = new SheetColumn("factory.town", "所在镇街", "Town / street");
    static final SheetColumn ADDRESS = new SheetColumn("factory.address", "地址", "Address");
    static final SheetColumn CONTACT = new SheetColumn("factory.contactName", "联系人", "Contact");
    static final SheetColumn PHONE = new SheetColumn("factory.contactPhone", "联系电话", "Phone");
    static final SheetColumn WORKERS = new SheetColumn("factory.workers", "工人数", "Workers");
    static final SheetColumn MINUTES = new SheetColumn("factory.minutesPerDay", "每日工作分钟", "Minutes per day");
    static final SheetColumn EFFICIENCY = new SheetColumn("factory.efficiency", "效率", "Efficiency");
    static final SheetColumn QUALITY = new SheetColumn("factory.qualityLevel", "质量等级(1-3)", "Quality level (1-3)");
    static final SheetColumn MIN_ORDER = new SheetColumn("factory.minOrderPieces", "最小起订量(件)",
            "Minimum order (pieces)");
    static final SheetColumn JOINED = new SheetColumn("factory.joinedOn", "加入日期", "Joined on");
    static final SheetColumn CATEGORIES = new SheetColumn("factory.categories", "品类及工价(元/分钟)",
            "Categories and prices (yuan per minute)");
    static final SheetColumn PROCESSES = new SheetColumn("factory.processes", "工序", "Processes");
    static final SheetColumn CAPACITY = new SheetColumn("factory.capacity", "标准产能(分钟/天)",
            "Capacity (standard minutes per day)");
    static final List<SheetColumn> COLUMNS = List.of(CODE, NAME, USCC, TOWN, ADDRESS, CONTACT, PHONE, WORKERS,
            MINUTES, EFFICIENCY, QUALITY, MIN_ORDER, JOINED, CATEGORIES, PROCESSES, CAPACITY);

    private final FactoryStore store;
    private final FactoryRules rules;
    private final FashionCodeLists codeLists;
    private final Factories factories;

    FactorySheet(FactoryStore store, FactoryRules rules, FashionCodeLists codeLists, Factories factories) {
        this.store = store;
        this.rules = rules;
        this.codeLists = codeLists;
        this.factories = factories;
    }

    @Override
    public String kind() {
        return "FACTORIES";
    }

    @Override
    public boolean allowed(FashionCaller caller) {
        return caller.operates();
    }

    @Override
    public List<SheetColumn> columns() {
        return COLUMNS;
    }

    public void write(OutputStream out, long zoneId, Locale locale, Consumer<Consumer<Factory>> rows) {
        FashionCodeLists.Snapshot codes = codeLists.load(zoneId);
        boolean en = "en".equals(locale.getLanguage());
        ExcelExport.write(out, en ? "factories" : "工厂", COLUMNS.stream().map(c -> c.heading(locale)).toList(),
                sink -> rows.accept(f -> sink.accept(Arrays.asList(f.code(), f.name(), f.uscc(),
                        label(codes.towns(), f.townCode(), locale), f.address(), f.contactName(), f.contactPhone(),
                        f.workers(), f.minutesPerDay(), f.efficiency(), f.qualityLevel(), f.minOrderPieces(),
                        f.joinedOn(), f.categories().stream().map(c -> label(codes.categories(), c.category(), locale)
                                + ":" + c.yuanPerMinute().stripTrailingZeros().toPlainString())
                                .collect(Collectors.joining("、")),
                        f.processes().stream().map(p -> label(codes.processes(), p, locale))
                                .collect(Collectors.joining("、")),
                        f.capacityMinutesPerDay()))));
    }

    @Override
    public void writeTemplate(OutputStream out, long zoneId, Locale locale) {
        write(out, zoneId, locale, sink -> { });
    }

    static String label(List<Dictionaries.Entry> entries, String code, Locale locale) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().map(e -> e.label(locale)).orElse(code);
    }

    @Override
    public CheckedSheet<FactoryDraft> check(byte[] file, FashionCaller caller, ExcelSheetReader.Limits limits,
                                            BiConsumer<Integer, Integer> progress) {
        FashionCodeLists.Snapshot codes = codeLists.load(caller.zoneId());
        List<Mapped> rows = new ArrayList<>();
        int[] expected = {0};
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, COLUMNS.stream().map(SheetColumn::excel).toList(),
                limits, row -> {
                    rows.add(map(row, codes));
                    if (rows.size() % 500 == 0) {
                        progress.accept(rows.size(), Math.max(expected[0], rows.size()));
                    }
                }, n -> expected[0] = n);
        if (!read.ok()) {
            return CheckedSheet.rejected(read.problems(), read.dataRows());
        }
        Map<String, FactoryStore.Key> byCode = new HashMap<>();
        Map<String, FactoryStore.Key> byUscc = new HashMap<>();
        for (FactoryStore.Key k : store.keys(caller.zoneId())) {
            byCode.put(k.code(), k);
            if (k.uscc() != null) {
                byUscc.put(k.uscc(), k);
            }
        }
        Map<String, List<Integer>> rowsByCode = new HashMap<>();
        Map<String, List<Integer>> rowsByUscc = new HashMap<>();
        for (Mapped m : rows) {
            if (m.code != null) {
                rowsByCode.computeIfAbsent(m.code, k -> new ArrayList<>()).add(m.row);
            }
            if (m.draft.uscc() != null) {
                rowsByUscc.computeIfAbsent(m.draft.uscc(), k -> new ArrayList<>()).add(m.row);
            }
        }
        List<Long> matchedIds = new ArrayList<>();
        for (Mapped m : rows) {
            FactoryStore.Key key = m.code != null ? byCode.get(m.code)
                    : m.draft.uscc() != null ? byUscc.get(m.draft.uscc()) : null;
            if (m.code != null && key == null) {
                m.errors.add(FieldError.of(CODE.key(), "fashion.import.code.unknown", m.code));
            }
            duplicate(m, m.code, rowsByCode, CODE.key());
            duplicate(m, m.draft.uscc(), rowsByUscc, USCC.key());
            FactoryStore.Key usccOwner = m.draft.uscc() == null ? null : byUscc.get(m.draft.uscc());
            if (usccOwner != null && key != null && usccOwner.id() != key.id()) {
                m.errors.add(FieldError.of(USCC.key(), "fashion.validation.uscc.taken", m.draft.uscc(),
                        usccOwner.code()));
            }
            m.key = key;
            if (key != null) {
                matchedIds.add(key.id());
            }
        }
        Map<Long, Factory> existing = new HashMap<>();
        for (int from = 0; from < matchedIds.size(); from += 1000) {
            existing.putAll(store.findAll(matchedIds.subList(from, Math.min(from + 1000, matchedIds.size()))));
        }
        List<FieldError> errors = new ArrayList<>();
        List<PlannedRow<FactoryDraft>> valid = new ArrayList<>();
        int invalid = 0;
        for (Mapped m : rows) {
            if (!m.errors.isEmpty()) {
                invalid++;
                m.errors.forEach(e -> errors.add(e.atRow(m.row)));
                continue;
            }
            if (m.key == null) {
                valid.add(new PlannedRow<>(m.row, m.draft, null, 0, PlannedRow.Change.NEW));
            } else {
                Factory before = existing.get(m.key.id());
                boolean same = canonical(m.draft).equals(canonical(Factories.normalise(before.toDraft())));
                valid.add(new PlannedRow<>(m.row, m.draft, before.id(), before.version(),
                        same ? PlannedRow.Change.UNCHANGED : PlannedRow.Change.CHANGED));
            }
        }
        progress.accept(rows.size(), rows.size());
        return new CheckedSheet<>(List.of(), rows.size(), errors, valid, invalid);
    }

    private static void duplicate(Mapped m, String value, Map<String, List<Integer>> rowsByValue, String column) {
        List<Integer> same = value == null ? List.of() : rowsByValue.getOrDefault(value, List.of());
        if (same.size() > 1) {
            m.errors.add(FieldError.of(column, "fashion.import.duplicate", value, same.stream().filter(n -> n != m.row)
                    .map(String::valueOf).collect(Collectors.joining("、"))));
        }
    }

    /** Equal data compares equal: categories and processes in code order. */
    private static FactoryDraft canonical(FactoryDraft d) {
        return new FactoryDraft(d.name(), d.uscc(), d.townCode(), d.address(), d.contactName(), d.contactPhone(),
                d.workers(), d.minutesPerDay(), d.efficiency(), d.qualityLevel(), d.minOrderPieces(), d.joinedOn(),
                d.categories().stream().sorted(Comparator.comparing(CategoryPrice::category)).toList(),
                d.processes().stream().sorted().toList());
    }

    private Mapped map(ExcelRow row, FashionCodeLists.Snapshot codes) {
        List<FieldError> errors = new ArrayList<>();
        String town = SheetCells.text(row, TOWN.key());
        String townCode = town == null ? null : FashionCodeLists.Snapshot.find(codes.towns(), town);
        if (town != null && townCode == null) {
            errors.add(FieldError.of(TOWN.key(), "validation.unknownCode", town));
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (String item : SheetCells.list(row, CATEGORIES.key())) {
            String[] parts = item.split("[:：]", 2);
            String code = FashionCodeLists.Snapshot.find(codes.categories(), parts[0]);
            BigDecimal price = null;
            try {
                price = parts.length < 2 ? null : new BigDecimal(parts[1].strip());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(CATEGORIES.key(), "fashion.import.price", item));
            }
            if (code == null) {
                errors.add(FieldError.of(CATEGORIES.key(), "validation.unknownCode", parts[0].strip()));
            } else if (price == null && parts.length < 2) {
                errors.add(FieldError.of(CATEGORIES.key(), "fashion.import.price", item));
            } else {
                prices.put(code, price);
            }
        }
        List<String> processes = new ArrayList<>();
        for (String p : SheetCells.list(row, PROCESSES.key())) {
            String code = FashionCodeLists.Snapshot.find(codes.processes(), p);
            if (code == null) {
                errors.add(FieldError.of(PROCESSES.key(), "validation.unknownCode", p));
            } else {
                processes.add(code);
            }
        }
        FactoryDraft raw = new FactoryDraft(SheetCells.text(row, NAME.key()), SheetCells.text(row, USCC.key()),
                townCode, SheetCells.text(row, ADDRESS.key()), SheetCells.text(row, CONTACT.key()),
                SheetCells.text(row, PHONE.key()), SheetCells.integer(row, WORKERS.key(), errors),
                SheetCells.integer(row, MINUTES.key(), errors), SheetCells.decimal(row, EFFICIENCY.key(), errors),
                SheetCells.integer(row, QUALITY.key(), errors), SheetCells.integer(row, MIN_ORDER.key(), errors),
                SheetCells.date(row, JOINED.key(), errors),
                prices.entrySet().stream().map(e -> new CategoryPrice(e.getKey(), e.getValue())).toList(), processes);
        FactoryDraft draft = Factories.normalise(raw);
        List<String> errorFields = errors.stream().map(FieldError::field).toList();
        for (FieldError e : rules.check(codes, draft)) {
            String column = e.field().equals("factory.town") ? TOWN.key()
                    : e.field().equals("factory.prices") ? CATEGORIES.key() : e.field();
            if (!errorFields.contains(column)) { // a cell already reported as unreadable is not reported twice
                errors.add(new FieldError(0, column, e.messageCode(), e.args()));
            }
        }
        String code = SheetCells.text(row, CODE.key());
        return new Mapped(row.number(), code == null ? null : code.toUpperCase(Locale.ROOT), draft, errors);
    }

    @Override
    public boolean apply(PlannedRow<FactoryDraft> row, String reason) {
        if (row.change() == PlannedRow.Change.NEW) {
            factories.create(row.draft(), reason);
            return true;
        }
        factories.update(row.existingId(), row.version(), row.draft(), reason);
        return false;
    }

    private static final class Mapped {
        final int row;
        final String code;
        final FactoryDraft draft;
        final List<FieldError> errors;
        FactoryStore.Key key;

        Mapped(int row, String code, FactoryDraft draft, List<FieldError> errors) {
            this.row = row;
            this.code = code;
            this.draft = draft;
            this.errors = errors;
        }
    }
}
