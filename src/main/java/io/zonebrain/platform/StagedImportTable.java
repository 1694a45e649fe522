package io.zonebrain.platform;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life cycle every Excel import shares, over a module's own staging table: the staged file, the job that
 * checks or applies it, a status, and one winning confirmation. Each module owns its table (its columns beyond
 * these differ); this class only saves writing the same guarded statements again. The table must have
 * {@code id, owner, file_bytes, job_id, status, apply_mode, message, file_rejected, invalid_rows}.
 */
public final class StagedImportTable {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*_import");

    private final JdbcClient jdbc;
    private final String table;

    public StagedImportTable(JdbcClient jdbc, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a staging table: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    public void jobStarted(long id, UUID jobId) {
        jdbc.sql("update " + table + " set job_id = :j where id = :id").param("j", jobId).param("id", id).update();
    }

    public byte[] file(long id) {
        return jdbc.sql("select file_bytes from " + table + " where id = :id").param("id", id)
                .query(byte[].class).single();
    }

    /**
     * Moves a checked import to APPLYING; only one caller can win, so a double click applies once. "all" is
     * refused while any row has an error; a rejected file can never be applied.
     */
    public boolean claimForApply(long id, String owner, String mode) {
        return jdbc.sql("update " + table + " set status = 'APPLYING', apply_mode = :mode, message = null "
                        + "where id = :id and owner = :owner and status = 'VALIDATED' and not file_rejected "
                        + "and (:mode = 'valid' or invalid_rows = 0)")
                .param("id", id).param("owner", owner).param("mode", mode).update() == 1;
    }

    public void status(long id, String status, String message) {
        jdbc.sql("update " + table + " set status = :s, message = :m where id = :id")
                .param("s", status).param("m", message).param("id", id).update();
    }
}
