package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.StagedImportTable;
import io.zonebrain.platform.StagedImports;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import of the zone's user accounts, the platform's staged-import life cycle ({@link StagedImports}): upload
 * (checked by a background job, nothing written), preview with every problem by row and column, then confirm once —
 * the whole file, or only its valid rows — applied in one transaction. Re-importing an unchanged export changes
 * nothing. Zone admins only, for their own zone.
 */
@Service
public class UserImports {

    public static final String CHECK_JOB = "user-import-check";
    public static final String APPLY_JOB = "user-import-apply";
    private static final String SUMMARY = "id, zone_id, owner, file_name, status, apply_mode, job_id, total_rows, "
            + "valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, updated_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count";

    private final StagedImportTable table;
    private final StagedImports<UserImportSummary> imports;
    private final UserFileCheck fileCheck;
    private final UserImportApplying applying;
    private final IssuedPasswords issued;

    UserImports(JdbcClient jdbc, JsonMapper json, UserFileCheck fileCheck, UserImportApplying applying,
                IssuedPasswords issued, BackgroundJobs jobs, PlatformTransactionManager transactions,
                UserImportSettings settings) {
        this.table = new StagedImportTable(jdbc, json, "platform_user_import", SUMMARY);
        this.imports = new StagedImports<>(table, UserImportSummary.class, new StagedImports.Settings(CHECK_JOB,
                APPLY_JOB, "/admin/users/import/", new StagedImports.Keys("users.import.checkFailed",
                "users.import.applyFailed", "users.import.conflict", "users.import.badMode",
                "users.import.hasErrors", "users.import.notReady"), settings.limits()), jobs, transactions);
        this.fileCheck = fileCheck;
        this.applying = applying;
        this.issued = issued;
    }

    /** Stages the file and starts checking it. The job's page links to the preview. */
    public StagedImports.Started upload(String fileName, byte[] bytes) {
        CurrentUser me = requireAdmin();
        Map<String, Object> sha = Map.of("file_sha256", StagedImportTable.sha256(bytes == null ? new byte[0] : bytes));
        return imports.upload(me.zoneId(), me.username(), fileName, bytes, sha,
                (file, progress) -> fileCheck.check(file, me, progress));
    }

    /** Confirms: "all" (only when error-free) or "valid". Refused when already applied or not checked yet. */
    public StagedImports.Started apply(long id, String mode) {
        CurrentUser me = requireAdmin();
        return imports.apply(find(id), mode, applying.by(me, id));
    }

    /** An import of the caller's own; others' imports are "not found". */
    public UserImportSummary find(long id) {
        CurrentUser me = requireAdmin();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        return imports.problems(find(id), offset, limit);
    }

    public List<UserImportSummary> recent() {
        return table.recent(requireAdmin().username(), 20, UserImportSummary.class);
    }

    /** The usernames and passwords this import created, once: the next call finds none. */
    public Optional<List<IssuedPassword>> takeIssuedPasswords(long id) {
        UserImportSummary imp = find(id);
        return issued.take(imp.id(), imp.owner());
    }

    /** How many generated passwords of this import still wait for its importer (0 once taken, or for anyone else). */
    public int waitingPasswords(long id) {
        UserImportSummary imp = find(id);
        return issued.waiting(imp.id(), imp.owner());
    }

    public static String link(long id) {
        return "/admin/users/import/" + id;
    }

    public static CurrentUser requireAdmin() {
        CurrentUser me = CallerContext.require();
        if (me.role() != Role.ZONE_ADMIN) {
            throw new AccessDeniedException("only zone admins manage users");
        }
        return me;
    }
}
