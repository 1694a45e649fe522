package io.zonebrain.land.internal.importing;

import io.zonebrain.land.EnterpriseRef;
import io.zonebrain.land.Lease;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.ParcelDraft;
import io.zonebrain.land.internal.LandShareCapacity;
import io.zonebrain.land.internal.LeaseStore;
import io.zonebrain.land.internal.ParcelStore;
import io.zonebrain.land.internal.RegisteredEnterprise;
import io.zonebrain.land.internal.RegisteredEnterprises;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a whole uploaded workbook without writing anything. Rows are grouped by parcel code: a group has at most
 * one owner's row (lessee blank), which creates or changes the parcel; its lessee rows add or change leases, matched
 * to leases on record by lessee and start date. Checked: each row on its own (the forms' rules), owners and lessees
 * are enterprises of the zone, a lessee is not the owner, lease rows agree with their parcel, the caller's scope, and
 * that the parcel's leases in force on any day fit its area once the valid rows are applied. Leases on record that
 * the file does not mention stay as they are. Runs before the preview and again inside the applying transaction.
 */
@Component
class LandFileCheck {

    private static final int PROGRESS_EVERY = 500;

    private final ParcelStore parcels;
    private final RegisteredEnterprises enterprises;
    private final LandUseLabels landUses;
    private final ExcelSheetReader.Limits limits;

    LandFileCheck(ParcelStore parcels, RegisteredEnterprises enterprises, LandUseLabels landUses,
                  LandImportSettings settings) {
        this.parcels = parcels;
        this.enterprises = enterprises;
        this.landUses = landUses;
        this.limits = settings.limits();
    }

    CheckedLandFile check(byte[] file, CurrentUser caller, BiConsumer<Integer, Integer> progress) {
        RowReading reading = new RowReading(landUses);
        List<ImportedRow> rows = new ArrayList<>();
        int[] expected = {0};
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, LandColumn.excelColumns(), limits, r -> {
            rows.add(reading.read(r));
            if (rows.size() % PROGRESS_EVERY == 0) {
                progress.accept(rows.size(), Math.max(expected[0], rows.size()));
            }
        }, n -> expected[0] = n);
        if (!read.ok()) {
            return CheckedLandFile.rejected(read.problems(), read.dataRows());
        }
        Map<String, List<ImportedRow>> groups = new LinkedHashMap<>();
        rows.stream().filter(r -> r.code() != null)
                .forEach(r -> groups.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
        Map<String, Parcel> existing = parcels.findByCodes(caller.zoneId(), groups.keySet());
        Set<Long> visible = parcels.visible(caller.dataScope(),
                existing.values().stream().map(Parcel::id).toList());
        Set<String> usccs = new HashSet<>();
        for (ImportedRow r : rows) {
            usccs.add(r.parcel().ownerUscc());
            usccs.add(r.isLease() ? r.lease().lesseeUscc() : null);
        }
        usccs.remove(null);
        Group.Context context = new Group.Context(caller, enterprises.byUscc(caller.zoneId(), usccs), visible);
        List<PlannedParcel> plannedParcels = new ArrayList<>();
        List<PlannedLease> plannedLeases = new ArrayList<>();
        groups.forEach((code, groupRows) ->
                new Group(code, groupRows, existing.get(code), context).check(plannedParcels, plannedLeases));
        List<FieldError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        int invalid = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
        progress.accept(rows.size(), rows.size());
        plannedParcels.sort(Comparator.comparingInt(PlannedParcel::row));
        plannedLeases.sort(Comparator.comparingInt(PlannedLease::row));
        return new CheckedLandFile(List.of(), rows.size(), errors, plannedParcels, plannedLeases, invalid);
    }

    /** The rows of one parcel code, checked together. */
    private static final class Group {

        record Context(CurrentUser caller, Map<String, RegisteredEnterprise> enterprises, Set<Long> visible) {
        }

        private final String code;
        private final Parcel before;
        private final Context context;
        private final List<ImportedRow> parcelRows;
        private final List<ImportedRow> leaseRows;

        Group(String code, List<ImportedRow> rows, Parcel before, Context context) {
            this.code = code;
            this.before = before;
            this.context = context;
            this.parcelRows = rows.stream().filter(r -> !r.isLease()).toList();
            this.leaseRows = rows.stream().filter(ImportedRow::isLease).toList();
        }

        void check(List<PlannedParcel> plannedParcels, List<PlannedLease> plannedLeases) {
            if (before != null && !context.visible().contains(before.id())) {
                parcelRows.forEach(r -> r.error(LandColumn.PARCEL_CODE, "land.import.outOfScope", code));
                leaseRows.forEach(r -> r.error(LandColumn.PARCEL_CODE, "land.import.outOfScope", code));
                return;
            }
            if (parcelRows.size() > 1) {
                for (ImportedRow r : parcelRows) {
                    r.error(LandColumn.PARCEL_CODE, "land.import.parcelRepeated", code, others(parcelRows, r));
                }
            }
            ImportedRow parcelRow = parcelRows.isEmpty() ? null : parcelRows.get(0);
            Long ownerId = parcelRow != null && parcelRow.errors().isEmpty() ? owner(parcelRow) : null;
            boolean parcelRowOk = parcelRow != null && parcelRow.errors().isEmpty();
            if (parcelRow != null && !parcelRowOk) {
                leaseRows.forEach(r -> r.error(LandColumn.PARCEL_CODE, "land.import.parcelRowInvalid",
                        parcelRow.row()));
                return;
            }
            if (parcelRow == null && before == null) {
                leaseRows.forEach(r -> r.error(LandColumn.PARCEL_CODE, "land.import.parcelMissing", code));
                return;
            }
            ParcelDraft target = parcelRowOk ? parcelRow.parcel() : before.toDraft();
            Long targetOwner = parcelRowOk ? ownerId : (before.owner() == null ? null : before.owner().id());
            // rows are keyed by identity: a row's error list grows while it is checked
            Map<ImportedRow, RegisteredEnterprise> lessees = new IdentityHashMap<>();
            for (ImportedRow r : leaseRows) {
                checkLeaseRow(r, target, targetOwner, lessees);
            }
            markRepeatedLeases();
            Map<ImportedRow, Lease> matched = new IdentityHashMap<>();
            for (ImportedRow r : valid(leaseRows)) {
                long lesseeId = lessees.get(r).id();
                onRecord(lesseeId, r.lease().leaseFrom()).ifPresent(l -> matched.put(r, l));
            }
            checkShares(parcelRow, parcelRowOk, target.parcelAreaMu(), matched);
            if (parcelRow != null && parcelRow.errors().isEmpty()) {
                ParcelStore.StoredParcel values = new ParcelStore.StoredParcel(target.parcelCode(),
                        target.parcelName(), target.parcelLocation(), target.landUse(), target.parcelAreaMu(), ownerId);
                plannedParcels.add(new PlannedParcel(parcelRow.row(), values, before, parcelChange(values)));
            }
            for (ImportedRow r : valid(leaseRows)) {
                Lease onRecord = matched.get(r);
                LeaseStore.StoredLease values = new LeaseStore.StoredLease(lessees.get(r).id(),
                        r.lease().landShareMu(), r.lease().leaseFloorAreaM2(), r.lease().leaseFrom(),
                        r.lease().leaseTo());
                plannedLeases.add(new PlannedLease(r.row(), code, values, onRecord, leaseChange(values, onRecord)));
            }
        }

        /**
         * The owner's row names an enterprise of the zone; a grid officer's parcels stay in their grid, and the owner
         * cannot also be a tenant of the same land.
         */
        private Long owner(ImportedRow r) {
            Long grid = context.caller().dataScope().gridId();
            String uscc = r.parcel().ownerUscc();
            if (uscc == null) {
                if (grid != null) {
                    r.error(LandColumn.OWNER_USCC, "land.validation.owner.requiredInGrid");
                }
                return null;
            }
            RegisteredEnterprise owner = context.enterprises().get(uscc);
            if (owner == null) {
                r.error(LandColumn.OWNER_USCC, "land.validation.enterprise.unknown", uscc);
                return null;
            }
            if (grid != null && !grid.equals(owner.gridId())) {
                r.error(LandColumn.OWNER_USCC, "land.validation.owner.outOfGrid", uscc);
            }
            if (before != null && before.leases().stream().anyMatch(l -> l.lessee().id() == owner.id())) {
                r.error(LandColumn.OWNER_USCC, "land.validation.owner.isLessee");
            }
            return owner.id();
        }

        /** {@code lessees} collects each row's lessee once it is known to be an enterprise of the zone. */
        private void checkLeaseRow(ImportedRow r, ParcelDraft target, Long targetOwner,
                                   Map<ImportedRow, RegisteredEnterprise> lessees) {
            for (LandColumn c : r.parcelColumnsGiven()) {
                if (!same(c, r.parcel(), target)) {
                    r.error(c, "land.import.differsFromParcel", code);
                }
            }
            String uscc = r.lease().lesseeUscc();
            boolean usccOk = r.errors().stream().noneMatch(e -> e.field().equals(LandColumn.LESSEE_USCC.name()));
            if (uscc == null || !usccOk) {
                return;
            }
            RegisteredEnterprise lessee = context.enterprises().get(uscc);
            if (lessee == null) {
                r.error(LandColumn.LESSEE_USCC, "land.validation.enterprise.unknown", uscc);
            } else if (targetOwner != null && targetOwner == lessee.id()) {
                r.error(LandColumn.LESSEE_USCC, "land.validation.lease.lesseeIsOwner");
            } else {
                lessees.put(r, lessee);
            }
        }

        private void markRepeatedLeases() {
            Map<String, List<ImportedRow>> byKey = new LinkedHashMap<>();
            for (ImportedRow r : leaseRows) {
                if (r.lease().lesseeUscc() != null && r.lease().leaseFrom() != null) {
                    byKey.computeIfAbsent(r.lease().lesseeUscc() + "|" + r.lease().leaseFrom(),
                            k -> new ArrayList<>()).add(r);
                }
            }
            byKey.values().stream().filter(same -> same.size() > 1).forEach(same -> same.forEach(r ->
                    r.error(LandColumn.LEASE_FROM, "land.import.leaseRepeated", others(same, r))));
        }

        /**
         * The leases in force on any day must fit the parcel once the valid rows are applied: leases on record,
         * replaced by the valid rows that match them, plus the valid new ones. If they do not, none of the group's
         * lease rows is applied, nor an owner's row that changes the area, so what remains is what is on record.
         */
        private void checkShares(ImportedRow parcelRow, boolean parcelRowOk, BigDecimal area,
                                 Map<ImportedRow, Lease> matched) {
            List<ImportedRow> validLeases = valid(leaseRows);
            Set<Long> replaced = matched.values().stream().map(Lease::id).collect(Collectors.toSet());
            List<LandShareCapacity.Span> spans = new ArrayList<>();
            if (before != null) {
                before.leases().stream().filter(l -> !replaced.contains(l.id())).forEach(l -> spans.add(
                        new LandShareCapacity.Span(l.landShareMu(), l.leaseFrom(), l.leaseTo())));
            }
            validLeases.forEach(r -> spans.add(new LandShareCapacity.Span(r.lease().landShareMu(),
                    r.lease().leaseFrom(), r.lease().leaseTo())));
            LandShareCapacity.overflow(spans, area).ifPresent(peak -> {
                validLeases.forEach(r -> r.error(LandColumn.LEASE_LAND, "land.validation.lease.overArea", peak.day(),
                        peak.leasedMu(), area));
                if (parcelRowOk && before != null && before.parcelAreaMu().compareTo(area) != 0) {
                    parcelRow.error(LandColumn.AREA, "land.validation.area.belowLeases", peak.leasedMu(),
                            peak.day());
                }
            });
        }

        private Optional<Lease> onRecord(long lesseeId, LocalDate from) {
            return before == null ? Optional.empty() : before.leases().stream()
                    .filter(l -> l.lessee().id() == lesseeId && l.leaseFrom().equals(from)).findFirst();
        }

        private Change parcelChange(ParcelStore.StoredParcel v) {
            if (before == null) {
                return Change.NEW;
            }
            EnterpriseRef owner = before.owner();
            boolean same = Objects.equals(v.parcelCode(), before.parcelCode())
                    && Objects.equals(v.parcelName(), before.parcelName())
                    && Objects.equals(v.parcelLocation(), before.parcelLocation())
                    && Objects.equals(v.landUse(), before.landUse())
                    && v.parcelAreaMu().compareTo(before.parcelAreaMu()) == 0
                    && Objects.equals(v.ownerEnterpriseId(), owner == null ? null : owner.id());
            return same ? Change.UNCHANGED : Change.CHANGED;
        }

        private static Change leaseChange(LeaseStore.StoredLease v, Lease l) {
            if (l == null) {
                return Change.NEW;
            }
            boolean same = v.landShareMu().compareTo(l.landShareMu()) == 0
                    && sameAmount(v.leaseFloorAreaM2(), l.leaseFloorAreaM2())
                    && Objects.equals(v.leaseTo(), l.leaseTo());
            return same ? Change.UNCHANGED : Change.CHANGED;
        }

        private static boolean same(LandColumn c, ParcelDraft row, ParcelDraft target) {
            return switch (c) {
                case PARCEL_NAME -> Objects.equals(row.parcelName(), target.parcelName());
                case LOCATION -> Objects.equals(row.parcelLocation(), target.parcelLocation());
                case LAND_USE -> Objects.equals(row.landUse(), target.landUse());
                case AREA -> sameAmount(row.parcelAreaMu(), target.parcelAreaMu());
                case OWNER_USCC -> Objects.equals(row.ownerUscc(), target.ownerUscc());
                default -> true;
            };
        }

        private static boolean sameAmount(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        private static List<ImportedRow> valid(List<ImportedRow> rows) {
            return rows.stream().filter(r -> r.errors().isEmpty()).toList();
        }

        private static String others(List<ImportedRow> rows, ImportedRow r) {
            return rows.stream().filter(o -> o != r).map(o -> String.valueOf(o.row()))
                    .collect(Collectors.joining("、"));
        }
    }
}
