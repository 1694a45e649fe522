package io.zonebrain.fashion.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an allocation problem before solving and reports every issue at once, naming the factory or lot and the
 * field, so that no plan is ever built on bad input. Dates are the caller's business: it turns due dates into weeks
 * of the horizon and rejects dates in the past before they arrive here (a negative week is reported all the same).
 */
public final class ProblemCheck {

    private ProblemCheck() {
    }

    public static void verify(AllocationProblem problem) {
        List<String> issues = issues(problem);
        if (!issues.isEmpty()) {
            throw new InvalidProblemException(issues);
        }
    }

    public static List<String> issues(AllocationProblem problem) {
        List<String> issues = new ArrayList<>();
        if (problem.weeks() < 1) {
            issues.add("weeks: the horizon must have at least one week, found " + problem.weeks());
        }
        Set<String> factoryIds = new HashSet<>();
        for (FactorySpec f : problem.factories()) {
            String at = "factory " + f.id() + ": ";
            if (f.id() == null || f.id().isBlank()) {
                issues.add("factory without an id");
                continue;
            }
            if (!factoryIds.add(f.id())) {
                issues.add(at + "id: appears more than once");
            }
            if (f.weeklyMinutes() == null || f.weeklyMinutes().length != problem.weeks()) {
                issues.add(at + "weeklyMinutes: needs one figure per week of the horizon (" + problem.weeks() + ")");
            } else {
                for (int w = 0; w < f.weeklyMinutes().length; w++) {
                    if (f.weeklyMinutes()[w] < 0) {
                        issues.add(at + "weeklyMinutes[" + w + "]: must not be negative");
                    }
                }
            }
            if (!(f.efficiency() > 0 && f.efficiency() <= 5)) {
                issues.add(at + "efficiency: must be above 0 and at most 5, found " + f.efficiency());
            }
            if (f.transportPerPieceFen() < 0) {
                issues.add(at + "transportPerPieceFen: must not be negative");
            }
            if (f.piecePriceFen() != null && f.piecePriceFen().values().stream().anyMatch(p -> p == null || p < 0)) {
                issues.add(at + "piecePriceFen: prices must not be negative");
            }
        }
        int factoryCount = problem.factories().size();
        Set<String> lotIds = new HashSet<>();
        for (LotSpec lot : problem.lots()) {
            if (lot.id() == null || lot.id().isBlank()) {
                issues.add("lot without an id");
                continue;
            }
            String at = "lot " + lot.id() + ": ";
            if (!lotIds.add(lot.id())) {
                issues.add(at + "id: appears more than once");
            }
            if (lot.orderId() == null || lot.orderId().isBlank()) {
                issues.add(at + "orderId: missing");
            }
            if (lot.quantity() <= 0) {
                issues.add(at + "quantity: must be positive, found " + lot.quantity());
            }
            if (lot.loadTable() == null && !(lot.samMinutes() > 0)) {
                issues.add(at + "samMinutes: must be positive, found " + lot.samMinutes());
            }
            if (lot.dueWeek() < 0) {
                issues.add(at + "dueWeek: " + lot.dueWeek() + " is before the horizon starts");
            } else if (lot.dueWeek() >= problem.weeks()) {
                issues.add(at + "dueWeek: " + lot.dueWeek() + " is after the horizon of " + problem.weeks() + " weeks");
            }
            checkTable(issues, at + "loadTable", lot.loadTable(), factoryCount);
            checkTable(issues, at + "costTable", lot.costTable(), factoryCount);
            if (lot.currentFactoryId() != null && !factoryIds.contains(lot.currentFactoryId())) {
                issues.add(at + "currentFactoryId: no factory " + lot.currentFactoryId());
            }
            if (lot.pinned() && lot.currentFactoryId() == null) {
                issues.add(at + "pinned: a pinned lot needs its currentFactoryId");
            }
        }
        for (DeliveryRecord record : problem.history()) {
            if (!factoryIds.contains(record.factoryId())) {
                issues.add("history " + record.brandId() + "/" + record.factoryId() + ": no factory " + record.factoryId());
            }
        }
        return issues;
    }

    private static void checkTable(List<String> issues, String at, long[] table, int factories) {
        if (table == null) {
            return;
        }
        if (table.length != factories) {
            issues.add(at + ": needs one figure per factory (" + factories + "), found " + table.length);
            return;
        }
        for (long value : table) {
            if (value < 0) {
                issues.add(at + ": figures must not be negative");
                return;
            }
        }
    }
}
