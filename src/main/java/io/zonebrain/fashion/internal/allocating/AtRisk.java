package io.zonebrain.fashion.internal.allocating;

import java.time.LocalDate;
import java.util.Set;

/**
 * When a lot is behind schedule: not cut {@value #CUT_GRACE_DAYS} days after its planned start, or due within
 * {@value #DUE_SOON_DAYS} days and not sewn. A lot at risk that has not started (proposed or confirmed, no fabric
 * received) may move to another factory; a lot in production stays where it is (its fabric is there).
 */
public final class AtRisk {

    public static final int CUT_GRACE_DAYS = 7;
    public static final int DUE_SOON_DAYS = 7;

    private AtRisk() {
    }

    public static boolean behind(ProblemTables.LotRow lot, LocalDate today) {
        boolean notCutInTime = lot.plannedStart() != null && today.isAfter(lot.plannedStart().plusDays(CUT_GRACE_DAYS))
                && !lot.steps().contains("CUT");
        boolean dueSoonNotSewn = !lot.due().isAfter(today.plusDays(DUE_SOON_DAYS)) && !lot.steps().contains("SEWN");
        return notCutInTime || dueSoonNotSewn;
    }

    /** At risk and not started: the lots an at-risk re-allocation releases. */
    public static boolean releasable(ProblemTables.LotRow lot, LocalDate today) {
        return behind(lot, today) && !"IN_PRODUCTION".equals(lot.status()) && !lot.steps().contains("FABRIC_RECEIVED");
    }

    static boolean started(Set<String> steps) {
        return steps.contains("FABRIC_RECEIVED");
    }
}
