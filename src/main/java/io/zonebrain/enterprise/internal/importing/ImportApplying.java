package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.internal.EnterpriseRepository;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.StagedImports;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * The registry's part of applying a confirmed import, inside the import's ONE transaction: the file is checked
 * again (so versions and USCCs are those of this moment), new USCCs are inserted, changed records updated against
 * the version just read, unchanged rows left alone (no version bump, no audit entry) — all or nothing.
 */
@Component
class ImportApplying {

    private static final int PROGRESS_EVERY = 1000;

    private final FileCheck fileCheck;
    private final EnterpriseRepository repository;
    private final AuditTrail audit;

    ImportApplying(FileCheck fileCheck, EnterpriseRepository repository, AuditTrail audit) {
        this.fileCheck = fileCheck;
        this.repository = repository;
        this.audit = audit;
    }

    StagedImports.Applying<CheckedFile> by(CurrentUser caller) {
        return new StagedImports.Applying<>() {
            @Override
            public CheckedFile check(byte[] file, BiConsumer<Integer, Integer> progress) {
                return fileCheck.check(file, caller, (done, total) -> progress.accept(done, total * 2));
            }

            @Override
            public StagedImports.Applied write(CheckedFile checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
                return ImportApplying.this.write(checked, caller, reason, progress);
            }

            @Override
            public String conflictText() {
                return "其他人在导入期间修改了部分企业，未写入任何数据，可重新确认导入 / Someone changed some of these "
                        + "enterprises meanwhile; nothing was applied, confirm again to retry";
            }
        };
    }

    /** The outcome in both languages, since a job's message is stored once for whoever reads it. */
    private StagedImports.Applied write(CheckedFile checked, CurrentUser caller, String reason,
                                       BiConsumer<Integer, Integer> progress) {
        int total = checked.totalRows();
        List<PlannedRow> created = checked.valid().stream()
                .filter(p -> p.change() == PlannedRow.Change.NEW).toList();
        List<PlannedRow> changed = checked.valid().stream()
                .filter(p -> p.change() == PlannedRow.Change.CHANGED).toList();
        Map<String, Long> ids = repository.insertAll(caller.zoneId(), created.stream().map(PlannedRow::draft).toList());
        int done = 0;
        for (PlannedRow p : created) {
            long id = ids.get(p.draft().uscc());
            audit.created(EnterpriseRegistry.AUDIT_TYPE, id, record(id, caller.zoneId(), p.draft(), 0), reason);
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(total + done, total * 2);
            }
        }
        int updated = repository.updateAll(changed.stream().map(p -> new EnterpriseRepository.VersionedDraft(
                p.existing().id(), p.existing().version(), p.draft())).toList());
        if (updated != changed.size()) {
            throw new ConcurrentEditException(EnterpriseRegistry.AUDIT_TYPE, "import");
        }
        for (PlannedRow p : changed) {
            Enterprise before = p.existing();
            audit.changed(EnterpriseRegistry.AUDIT_TYPE, before.id(), before,
                    record(before.id(), before.zoneId(), p.draft(), before.version() + 1), reason);
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(total + done, total * 2);
            }
        }
        long unchanged = checked.count(PlannedRow.Change.UNCHANGED);
        return new StagedImports.Applied(Map.of("created_count", created.size(), "updated_count", changed.size()),
                "已导入：新增 " + created.size() + " 家，更新 " + changed.size() + " 家，未变 " + unchanged
                        + " 家 / Applied: " + created.size() + " created, " + changed.size() + " updated, "
                        + unchanged + " unchanged");
    }

    /** The record as it stands after the write, for the audit log, without reading it back. */
    private static Enterprise record(long id, long zoneId, EnterpriseDraft d, int version) {
        return new Enterprise(id, zoneId, d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(),
                d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(),
                d.aboveScale(), d.ownLandMu() == null ? BigDecimal.ZERO : d.ownLandMu(),
                d.leasedAreaMu() == null ? BigDecimal.ZERO : d.leasedAreaMu(), d.tags(), d.contacts(), version);
    }
}
