package io.zonebrain.land.internal.importing;

import io.zonebrain.land.Lease;
import io.zonebrain.land.Leases;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.Parcels;
import io.zonebrain.land.internal.LeaseStore;
import io.zonebrain.land.internal.ParcelStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.StagedImports;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Land's part of applying a confirmed import, inside its ONE transaction: the parcels the file names are locked,
 * the file is checked again (so land shares are those of this moment and no lease written meanwhile is squeezed out), then new parcels and
 * leases are inserted, changed ones updated against the version just read, unchanged rows left alone (no version
 * bump, no audit entry), and the import marked applied — all or nothing.
 */
@Component
class LandImportApplying {

    private final LandFileCheck fileCheck;
    private final ParcelStore parcels;
    private final LeaseStore leases;
    private final AuditTrail audit;

    LandImportApplying(LandFileCheck fileCheck, ParcelStore parcels, LeaseStore leases, AuditTrail audit) {
        this.fileCheck = fileCheck;
        this.parcels = parcels;
        this.leases = leases;
        this.audit = audit;
    }

    StagedImports.Applying<CheckedLandFile> by(CurrentUser caller) {
        return new StagedImports.Applying<>() {
            /** Locks the parcels the file names, then checks it again against this moment's land shares. */
            @Override
            public CheckedLandFile check(byte[] file, BiConsumer<Integer, Integer> progress) {
                CheckedLandFile first = fileCheck.check(file, caller, (d, t) -> progress.accept(d, t * 3));
                TreeSet<String> codes = new TreeSet<>();
                first.parcels().forEach(p -> codes.add(p.values().parcelCode()));
                first.leases().forEach(l -> codes.add(l.parcelCode()));
                parcels.lockCodes(caller.zoneId(), codes);
                return fileCheck.check(file, caller, (d, t) -> progress.accept(t + d, t * 3));
            }

            @Override
            public StagedImports.Applied write(CheckedLandFile checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
                int[] counts = LandImportApplying.this.write(caller.zoneId(), checked, reason);
                progress.accept(checked.totalRows() * 3, checked.totalRows() * 3);
                return new StagedImports.Applied(Map.of("created_count", counts[0], "updated_count", counts[1]),
                        "已导入：新增 " + counts[0] + " 条，更新 " + counts[1] + " 条，未变 "
                                + checked.count(Change.UNCHANGED) + " 条 / Applied: " + counts[0] + " created, "
                                + counts[1] + " updated, " + checked.count(Change.UNCHANGED) + " unchanged");
            }

            @Override
            public boolean conflict(RuntimeException e) {
                return e instanceof ConcurrentEditException || e instanceof DataIntegrityViolationException;
            }

            @Override
            public String conflictText() {
                return "其他人在导入期间修改了部分宗地，未写入任何数据，可重新确认导入 / Someone changed some of these "
                        + "parcels meanwhile; nothing was applied, confirm again to retry";
            }
        };
    }

    /** Writes the planned rows; returns {created, updated}. */
    private int[] write(long zoneId, CheckedLandFile checked, String reason) {
        int created = 0;
        int updated = 0;
        for (PlannedParcel p : checked.parcels()) {
            switch (p.change()) {
                case NEW -> {
                    parcels.insert(zoneId, p.values());
                    created++;
                }
                case CHANGED -> {
                    if (!parcels.update(p.existing().id(), p.existing().version(), p.values())) {
                        throw new ConcurrentEditException(Parcels.AUDIT_TYPE, p.existing().id());
                    }
                    updated++;
                }
                case UNCHANGED -> { }
            }
        }
        List<String> codes = checked.leases().stream().map(PlannedLease::parcelCode).distinct().toList();
        Map<String, Parcel> afterParcels = parcels.findByCodes(zoneId, codes);
        for (PlannedLease l : checked.leases()) {
            long parcelId = afterParcels.get(l.parcelCode()).id();
            switch (l.change()) {
                case NEW -> {
                    leases.insert(parcelId, l.values());
                    created++;
                }
                case CHANGED -> {
                    if (!leases.update(parcelId, l.existing().id(), l.existing().version(), l.values())) {
                        throw new ConcurrentEditException(Leases.AUDIT_TYPE, l.existing().id());
                    }
                    updated++;
                }
                case UNCHANGED -> { }
            }
        }
        auditChanges(zoneId, checked, reason);
        return new int[] {created, updated};
    }

    /** The audit entries, with the records as they stand after the writes (read back in one query). */
    private void auditChanges(long zoneId, CheckedLandFile checked, String reason) {
        TreeSet<String> codes = new TreeSet<>();
        checked.parcels().stream().filter(p -> p.change() != Change.UNCHANGED)
                .forEach(p -> codes.add(p.values().parcelCode()));
        checked.leases().stream().filter(l -> l.change() != Change.UNCHANGED).forEach(l -> codes.add(l.parcelCode()));
        Map<String, Parcel> after = parcels.findByCodes(zoneId, codes);
        for (PlannedParcel p : checked.parcels()) {
            Parcel now = after.get(p.values().parcelCode());
            if (p.change() == Change.NEW) {
                audit.created(Parcels.AUDIT_TYPE, now.id(), now.withoutLeases(), reason);
            } else if (p.change() == Change.CHANGED) {
                audit.changed(Parcels.AUDIT_TYPE, now.id(), p.existing().withoutLeases(), now.withoutLeases(), reason);
            }
        }
        for (PlannedLease l : checked.leases()) {
            if (l.change() == Change.UNCHANGED) {
                continue;
            }
            Lease now = after.get(l.parcelCode()).leases().stream()
                    .filter(x -> x.lessee().id() == l.values().lesseeEnterpriseId()
                            && x.leaseFrom().equals(l.values().leaseFrom()))
                    .findFirst().orElseThrow();
            if (l.change() == Change.NEW) {
                audit.created(Leases.AUDIT_TYPE, now.id(), now, reason);
            } else {
                audit.changed(Leases.AUDIT_TYPE, now.id(), l.existing(), now, reason);
            }
        }
    }
}
