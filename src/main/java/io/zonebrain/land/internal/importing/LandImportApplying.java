package io.zonebrain.land.internal.importing;

import io.zonebrain.land.Lease;
import io.zonebrain.land.Leases;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.Parcels;
import io.zonebrain.land.internal.LeaseStore;
import io.zonebrain.land.internal.ParcelStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a confirmed import in ONE transaction: the parcels the file names are locked, the file is checked again
 * (so land shares are those of this moment and no lease written meanwhile is squeezed out), then new parcels and
 * leases are inserted, changed ones updated against the version just read, unchanged rows left alone (no version
 * bump, no audit entry), and the import marked applied — all or nothing.
 */
@Component
class LandImportApplying {

    private final LandFileCheck fileCheck;
    private final LandImportStore store;
    private final ParcelStore parcels;
    private final LeaseStore leases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate outsideTx;

    LandImportApplying(LandFileCheck fileCheck, LandImportStore store, ParcelStore parcels, LeaseStore leases,
                       AuditTrail audit, PlatformTransactionManager transactions) {
        this.fileCheck = fileCheck;
        this.store = store;
        this.parcels = parcels;
        this.leases = leases;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        // progress must be visible while the import's transaction is still open
        this.outsideTx = new TransactionTemplate(transactions);
        this.outsideTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The outcome in both languages, since a job's message is stored once for whoever reads it. */
    String apply(long importId, String mode, CurrentUser caller, BackgroundJobs.Progress progress) {
        LandImportSummary summary = store.find(importId).orElseThrow();
        String reason = "Excel 导入 " + summary.fileName();
        try {
            return tx.execute(status -> {
                byte[] file = store.file(importId);
                CheckedLandFile first = fileCheck.check(file, caller, (d, t) -> report(progress, d, t * 3));
                TreeSet<String> codes = new TreeSet<>();
                first.parcels().forEach(p -> codes.add(p.values().parcelCode()));
                first.leases().forEach(l -> codes.add(l.parcelCode()));
                parcels.lockCodes(caller.zoneId(), codes);
                CheckedLandFile checked = fileCheck.check(file, caller,
                        (d, t) -> report(progress, t + d, t * 3));
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    store.checked(importId, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";
                }
                store.checked(importId, checked, "APPLYING");
                int[] counts = write(caller.zoneId(), checked, reason);
                report(progress, checked.totalRows() * 3, checked.totalRows() * 3);
                store.applied(importId, counts[0], counts[1]);
                return "已导入：新增 " + counts[0] + " 条，更新 " + counts[1] + " 条，未变 "
                        + checked.count(Change.UNCHANGED) + " 条 / Applied: " + counts[0] + " created, " + counts[1]
                        + " updated, " + checked.count(Change.UNCHANGED) + " unchanged";
            });
        } catch (ConcurrentEditException | DataIntegrityViolationException e) {
            store.status(importId, "VALIDATED", "land.import.conflict");
            return "其他人在导入期间修改了部分宗地，未写入任何数据，可重新确认导入 / Someone changed some of these parcels "
                    + "meanwhile; nothing was applied, confirm again to retry";
        } catch (RuntimeException e) {
            store.status(importId, "FAILED", "land.import.applyFailed");
            throw e;
        }
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

    private void report(BackgroundJobs.Progress progress, int done, int total) {
        outsideTx.executeWithoutResult(s -> progress.update(done, total));
    }
}
