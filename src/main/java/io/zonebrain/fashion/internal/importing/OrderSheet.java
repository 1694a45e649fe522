package io.zonebrain.fashion.internal.importing;

import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.FactoryRef;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.fashion.GarmentOrders;
import io.zonebrain.fashion.OrderDraft;
import io.zonebrain.fashion.internal.BrandStore;
import io.zonebrain.fashion.internal.FashionCodeLists;
import io.zonebrain.fashion.internal.OrderRules;
import io.zonebrain.fashion.internal.OrderStore;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Orders as a sheet: the export writes it, the template is its header, the import reads it. A brand imports its own
 * orders (the brand column blank or its own code); the operator names the brand of each row. Rows are matched by
 * order number, or by the brand's own order number; neither means a new order. Unchanged rows are left alone, so
 * an exported list (completed orders included) re-imports as "no change"; an order that has lots cannot change.
 */
@Component
public class OrderSheet implements SheetImport<OrderDraft> {

    static final SheetColumn CODE = new SheetColumn("order.code", "订单号", "Order no.");
    static final SheetColumn BRAND = new SheetColumn("order.brand", "品牌编码", "Brand code");
    static final SheetColumn BRAND_REF = new SheetColumn("order.brandRef", "品牌订单号", "Brand order no.");
    static final SheetColumn STYLE = new SheetColumn("order.style", "款式", "Style");
    static final SheetColumn CATEGORY = new SheetColumn("order.category", "品类", "Category");
    static final SheetColumn PROCESSES = new SheetColumn("order.processes", "所需工序", "Required processes");
    static final SheetColumn SAM = new SheetColumn("order.samMinutes", "标准工时SAM(分钟/件)", "SAM (minutes per piece)");
    static final SheetColumn QUANTITY = new SheetColumn("order.quantity", "数量(件)", "Quantity (pieces)");
    static final SheetColumn DUE = new SheetColumn("order.dueOn", "交货日期", "Due date");
    static final SheetColumn QUALITY = new SheetColumn("order.qualityLevel", "质量要求(1-3)", "Required quality (1-3)");
    static final SheetColumn PRICE = new SheetColumn("order.targetPriceYuan", "目标单价(元/件)",
            "Target price (yuan per piece)");
    static final SheetColumn SPLIT = new SheetColumn("order.maySplit", "可拆单", "May be split");
    static final SheetColumn SMALLEST = new SheetColumn("order.smallestLot", "最小批量(件)", "Smallest lot (pieces)");
    static final SheetColumn PREFERRED = new SheetColumn("order.preferredFactories", "优先工厂", "Preferred factories");
    static final SheetColumn BLOCKED = new SheetColumn("order.blockedFactories", "排除工厂", "Blocked factories");
    static final SheetColumn NOTE = new SheetColumn("order.note", "备注", "Note");
    static final SheetColumn STATUS = new SheetColumn("order.status", "订单状态", "Order status");
    static final List<SheetColumn> COLUMNS = List.of(CODE, BRAND, BRAND_REF, STYLE, CATEGORY, PROCESSES, SAM, QUANTITY,
            DUE, QUALITY, PRICE, SPLIT, SMALLEST, PREFERRED, BLOCKED, NOTE, STATUS);

    private final OrderStore store;
    private final BrandStore brands;
    private final OrderRules rules;
    private final FashionCodeLists codeLists;
    private final GarmentOrders orders;
    private final Clock clock;

    OrderSheet(OrderStore store, BrandStore brands, OrderRules rules, FashionCodeLists codeLists,
               GarmentOrders orders, Clock clock) {
        this.store = store;
        this.brands = brands;
        this.rules = rules;
        this.codeLists = codeLists;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "ORDERS";
    }

    @Override
    public boolean allowed(FashionCaller caller) {
        return caller.operates() || caller.isBrand();
    }

    @Override
    public List<SheetColumn> columns() {
        return COLUMNS;
    }

    public void write(OutputStream out, long zoneId, Locale locale, Consumer<Consumer<GarmentOrder>> rows) {
        FashionCodeLists.Snapshot codes = codeLists.load(zoneId);
        boolean en = "en".equals(locale.getLanguage());
        ExcelExport.write(out, en ? "orders" : "订单", COLUMNS.stream().map(c -> c.heading(locale)).toList(),
                sink -> rows.accept(o -> sink.accept(Arrays.asList(o.code(), o.brandCode(), o.brandRef(), o.style(),
                        FactorySheet.label(codes.categories(), o.categoryCode(), locale),
                        o.processes().stream().map(p -> FactorySheet.label(codes.processes(), p, locale))
                                .collect(Collectors.joining("、")),
                        o.samMinutes(), o.quantity(), o.dueOn(), o.qualityLevel(), o.targetPriceYuan(),
                        o.maySplit() ? (en ? "yes" : "是") : (en ? "no" : "否"), o.smallestLot(),
                        o.preferred().stream().map(FactoryRef::code).collect(Collectors.joining("、")),
                        o.blocked().stream().map(FactoryRef::code).collect(Collectors.joining("、")), o.note(),
                        o.status().name()))));
    }

    @Override
    public void writeTemplate(OutputStream out, long zoneId, Locale locale) {
        write(out, zoneId, locale, sink -> { });
    }

    @Override
    public CheckedSheet<OrderDraft> check(byte[] file, FashionCaller caller, ExcelSheetReader.Limits limits,
                                          BiConsumer<Integer, Integer> progress) {
        FashionCodeLists.Snapshot codes = codeLists.load(caller.zoneId());
        Map<String, Long> brandIds = new HashMap<>();
        for (Brand b : brands.all(caller.zoneId())) {
            brandIds.put(b.code(), b.id());
        }
        List<Mapped> rows = new ArrayList<>();
        int[] expected = {0};
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, COLUMNS.stream().map(SheetColumn::excel).toList(),
                limits, row -> {
                    rows.add(map(row, codes, caller, brandIds));
                    if (rows.size() % 500 == 0) {
                        progress.accept(rows.size(), Math.max(expected[0], rows.size()));
                    }
                }, n -> expected[0] = n);
        if (!read.ok()) {
            return CheckedSheet.rejected(read.problems(), read.dataRows());
        }
        Map<String, OrderStore.Key> byCode = new HashMap<>();
        Map<String, OrderStore.Key> byRef = new HashMap<>();
        for (OrderStore.Key k : store.keys(caller.zoneId())) {
            if (caller.isBrand() && k.brandId() != caller.brandId()) {
                continue; // another brand's orders do not exist for this caller
            }
            byCode.put(k.code(), k);
            if (k.brandRef() != null) {
                byRef.put(k.brandId() + "/" + k.brandRef(), k);
            }
        }
        List<String> factoryCodes = rows.stream().flatMap(m -> java.util.stream.Stream.concat(
                m.draft.preferredFactories().stream(), m.draft.blockedFactories().stream())).distinct().toList();
        Map<String, Long> factories = new HashMap<>();
        for (int from = 0; from < factoryCodes.size(); from += 1000) {
            factories.putAll(store.factoryIds(caller.zoneId(),
                    factoryCodes.subList(from, Math.min(from + 1000, factoryCodes.size()))));
        }
        Map<String, List<Integer>> rowsByKey = new HashMap<>();
        for (Mapped m : rows) {
            OrderStore.Key key = m.code != null ? byCode.get(m.code)
                    : m.brandId != null && m.draft.brandRef() != null ? byRef.get(m.brandId + "/" + m.draft.brandRef())
                    : null;
            if (m.code != null && key == null) {
                m.errors.add(FieldError.of(CODE.key(), "fashion.import.code.unknown", m.code));
            }
            if (key != null && m.brandId != null && key.brandId() != m.brandId) {
                m.errors.add(FieldError.of(BRAND.key(), "fashion.import.brand.differs"));
            }
            m.key = key;
            String identity = key != null ? "id:" + key.id() : m.draft.brandRef() != null
                    ? "ref:" + m.brandId + "/" + m.draft.brandRef() : null;
            if (identity != null) {
                rowsByKey.computeIfAbsent(identity, k -> new ArrayList<>()).add(m.row);
            }
            for (String f : m.draft.preferredFactories()) {
                if (!factories.containsKey(f)) {
                    m.errors.add(FieldError.of(PREFERRED.key(), "fashion.validation.factory.unknown", f));
                }
            }
            for (String f : m.draft.blockedFactories()) {
                if (!factories.containsKey(f)) {
                    m.errors.add(FieldError.of(BLOCKED.key(), "fashion.validation.factory.unknown", f));
                }
            }
        }
        List<Long> ids = rows.stream().filter(m -> m.key != null).map(m -> m.key.id()).toList();
        Map<Long, GarmentOrder> existing = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            existing.putAll(store.findAll(ids.subList(from, Math.min(from + 1000, ids.size()))));
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        List<PlannedRow<OrderDraft>> valid = new ArrayList<>();
        int invalid = 0;
        for (Mapped m : rows) {
            String identity = m.key != null ? "id:" + m.key.id() : m.draft.brandRef() != null
                    ? "ref:" + m.brandId + "/" + m.draft.brandRef() : null;
            List<Integer> same = identity == null ? List.of() : rowsByKey.get(identity);
            if (same.size() > 1) {
                m.errors.add(FieldError.of(m.code != null ? CODE.key() : BRAND_REF.key(), "fashion.import.duplicate",
                        m.code != null ? m.code : m.draft.brandRef(), same.stream().filter(n -> n != m.row)
                                .map(String::valueOf).collect(Collectors.joining("、"))));
            }
            GarmentOrder before = m.key == null ? null : existing.get(m.key.id());
            boolean unchanged = before != null && m.errors.isEmpty()
                    && canonical(m.draft).equals(canonical(GarmentOrders.normalise(before.toDraft())));
            if (!unchanged && m.errors.stream().noneMatch(e -> e.field().equals(DUE.key()))) {
                // rules apply to what would be written; an unchanged past order is history, not a new order
                List<String> reported = m.errors.stream().map(FieldError::field).toList();
                for (FieldError e : rules.check(codes, m.draft, today)) {
                    String column = e.field().equals("order.category") ? CATEGORY.key() : e.field();
                    if (!reported.contains(column)) {
                        m.errors.add(new FieldError(0, column, e.messageCode(), e.args()));
                    }
                }
                if (before != null && !"OPEN".equals(m.key.status())) {
                    m.errors.add(FieldError.of(STATUS.key(), "fashion.validation.order.locked"));
                }
            }
            if (!m.errors.isEmpty()) {
                invalid++;
                m.errors.forEach(e -> errors.add(e.atRow(m.row)));
                continue;
            }
            valid.add(before == null ? new PlannedRow<>(m.row, m.draft, null, 0, PlannedRow.Change.NEW)
                    : new PlannedRow<>(m.row, m.draft, before.id(), before.version(),
                            unchanged ? PlannedRow.Change.UNCHANGED : PlannedRow.Change.CHANGED));
        }
        progress.accept(rows.size(), rows.size());
        return new CheckedSheet<>(List.of(), rows.size(), errors, valid, invalid);
    }

    private static OrderDraft canonical(OrderDraft d) {
        return new OrderDraft(null, d.brandRef(), d.style(), d.categoryCode(), d.samMinutes(), d.quantity(), d.dueOn(),
                d.qualityLevel(), d.targetPriceYuan(), d.maySplit(), d.smallestLot(), d.note(),
                d.processes().stream().sorted().toList(), d.preferredFactories().stream().sorted().toList(),
                d.blockedFactories().stream().sorted().toList());
    }

    private Mapped map(ExcelRow row, FashionCodeLists.Snapshot codes, FashionCaller caller,
                       Map<String, Long> brandIds) {
        List<FieldError> errors = new ArrayList<>();
        String brandCode = SheetCells.text(row, BRAND.key());
        Long brandId = null;
        if (caller.isBrand()) {
            brandId = caller.brandId();
            if (brandCode != null && !brandId.equals(brandIds.get(brandCode.toUpperCase(Locale.ROOT)))) {
                errors.add(FieldError.of(BRAND.key(), "fashion.import.brand.notYours", brandCode));
            }
        } else if (brandCode == null) {
            errors.add(FieldError.of(BRAND.key(), "validation.required"));
        } else {
            brandId = brandIds.get(brandCode.toUpperCase(Locale.ROOT));
            if (brandId == null) {
                errors.add(FieldError.of(BRAND.key(), "validation.unknownCode", brandCode));
            }
        }
        String category = SheetCells.text(row, CATEGORY.key());
        String categoryCode = category == null ? null : FashionCodeLists.Snapshot.find(codes.categories(), category);
        if (category != null && categoryCode == null) {
            errors.add(FieldError.of(CATEGORY.key(), "validation.unknownCode", category));
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
        Boolean split = SheetCells.yesNo(row, SPLIT.key(), errors);
        OrderDraft raw = new OrderDraft(brandId, SheetCells.text(row, BRAND_REF.key()), SheetCells.text(row, STYLE.key()),
                categoryCode, SheetCells.decimal(row, SAM.key(), errors), SheetCells.integer(row, QUANTITY.key(), errors),
                SheetCells.date(row, DUE.key(), errors), SheetCells.integer(row, QUALITY.key(), errors),
                SheetCells.decimal(row, PRICE.key(), errors), split == null || split,
                SheetCells.integer(row, SMALLEST.key(), errors), SheetCells.text(row, NOTE.key()), processes,
                SheetCells.list(row, PREFERRED.key()), SheetCells.list(row, BLOCKED.key()));
        String code = SheetCells.text(row, CODE.key());
        return new Mapped(row.number(), code == null ? null : code.toUpperCase(Locale.ROOT), brandId,
                GarmentOrders.normalise(raw), errors);
    }

    @Override
    public boolean apply(PlannedRow<OrderDraft> row, String reason) {
        if (row.change() == PlannedRow.Change.NEW) {
            orders.create(row.draft(), reason);
            return true;
        }
        orders.update(row.existingId(), row.version(), row.draft(), reason);
        return false;
    }

    private static final class Mapped {
        final int row;
        final String code;
        final Long brandId;
        final OrderDraft draft;
        final List<FieldError> errors;
        OrderStore.Key key;

        Mapped(int row, String code, Long brandId, OrderDraft draft, List<FieldError> errors) {
            this.row = row;
            this.code = code;
            this.brandId = brandId;
            this.draft = draft;
            this.errors = errors;
        }
    }
}
