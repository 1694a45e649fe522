package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.internal.EnterpriseRepository;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a confirmed import in ONE transaction: the file is checked again inside it (so versions and USCCs are
 * those of this moment), new USCCs are inserted, changed records updated against the version just read, unchanged
 * rows left alone (no version bump, no audit entry), and the import marked applied, all or nothing.
 */
@Component
class ImportApplying {

    private static final int PROGRESS_EVERY = 1000;

    private final FileCheck fileCheck;
    private final ImportStore store;
    private final EnterpriseRepository repository;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate outsideTx;

    ImportApplying(FileCheck fileCheck, ImportStore store, EnterpriseRepository repository, AuditTrail audit,
                   PlatformTransactionManager transactions) {
        this.fileCheck = fileCheck;
        this.store = store;
        this.repository = repository;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        // progress must be visible while the import's transaction is still open
        this.outsideTx = new TransactionTemplate(transactions);
        this.outsideTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The outcome in both languages, since a job's message is stored once for whoever reads it. */
    String apply(long importId, String mode, CurrentUser caller, BackgroundJobs.Progress progress) {
        ImportSummary summary = store.find(importId).orElseThrow();
        String reason = "Excel 导入 " + summary.fileName();
        try {
            return tx.execute(status -> {
                CheckedFile checked = fileCheck.check(store.file(importId), caller,
                        (done, total) -> report(progress, done, total * 2));
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    store.checked(importId, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";
                }
                store.checked(importId, checked, "APPLYING");
                int total = checked.totalRows();
                List<PlannedRow> created = checked.valid().stream()
                        .filter(p -> p.change() == PlannedRow.Change.NEW).toList();
                List<PlannedRow> changed = checked.valid().stream()
                        .filter(p -> p.change() == PlannedRow.Change.CHANGED).toList();
                Map<String, Long> ids = repository.insertAll(caller.zoneId(),
                        created.stream().map(PlannedRow::draft).toList());
                int done = 0;
                for (PlannedRow p : created) {
                    long id = ids.get(p.draft().uscc());
                    audit.created(EnterpriseRegistry.AUDIT_TYPE, id, record(id, caller.zoneId(), p.draft(), 0),
                            reason);
                    if (++done % PROGRESS_EVERY == 0) {
                        report(progress, total + done, total * 2);
                    }
                }
                int updated = repository.updateAll(changed.stream().map(p -> new EnterpriseRepository.VersionedDraft(
                        p.existing().id(), p.existing().version(), p.draft())).toList());
                if (updated != changed.size()) {
                    throw new ConcurrentEditException(EnterpriseRegistry.AUDIT_TYPE, "import " + importId);
                }
                for (PlannedRow p : changed) {
                    Enterprise before = p.existing();
                    audit.changed(EnterpriseRegistry.AUDIT_TYPE, before.id(), before,
                            record(before.id(), before.zoneId(), p.draft(), before.version() + 1), reason);
                    if (++done % PROGRESS_EVERY == 0) {
                        report(progress, total + done, total * 2);
                    }
                }
                store.applied(importId, created.size(), changed.size());
                return "已导入：新增 " + created.size() + " 家，更新 " + changed.size() + " 家，未变 "
                        + checked.count(PlannedRow.Change.UNCHANGED) + " 家 / Applied: " + created.size()
                        + " created, " + changed.size() + " updated, " + checked.count(PlannedRow.Change.UNCHANGED)
                        + " unchanged";
            });
        } catch (ConcurrentEditException e) {
            store.status(importId, "VALIDATED", "import.apply.conflict");
            return "其他人在导入期间修改了部分企业，未写入任何数据，可重新确认导入 / Someone changed some of these "
                    + "enterprises meanwhile; nothing was applied, confirm again to retry";
        } catch (RuntimeException e) {
            store.status(importId, "FAILED", "import.apply.failed");
            throw e;
        }
    }

    private void report(BackgroundJobs.Progress progress, int done, int total) {
        outsideTx.executeWithoutResult(s -> progress.update(done, total));
    }

    /** The record as it stands after the write, for the audit log, without reading it back. */
    private static Enterprise record(long id, long zoneId, EnterpriseDraft d, int version) {
        return new Enterprise(id, zoneId, d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(),
                d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(),
                d.aboveScale(), d.ownLandMu() == null ? BigDecimal.ZERO : d.ownLandMu(),
                d.leasedAreaMu() == null ? BigDecimal.ZERO : d.leasedAreaMu(), d.tags(), d.contacts(), version);
    }
}
