package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.Zones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sheet row into an {@link ImportedUser}: roles by their Chinese or English label (or code), grids by name
 * or code, yes/no cells in the ways people write them. A value it cannot read is a problem naming the column.
 */
final class UserRowReading {

    private static final Set<String> YES = Set.of("是", "yes", "y", "true", "1", "启用", "enabled");
    private static final Set<String> NO = Set.of("否", "no", "n", "false", "0", "停用", "disabled");

    private final Map<String, Role> roles;
    private final Map<String, Zones.Grid> gridsByCode = new HashMap<>();
    private final Map<String, List<Zones.Grid>> gridsByName = new HashMap<>();

    /** {@code roles}: every accepted spelling of a role (lower case) → the role. */
    UserRowReading(Map<String, Role> roles, List<Zones.Grid> grids) {
        this.roles = roles;
        for (Zones.Grid g : grids) {
            gridsByCode.put(g.code().toLowerCase(Locale.ROOT), g);
            gridsByName.computeIfAbsent(g.name().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(g);
        }
    }

    ImportedUser read(ExcelRow r) {
        List<FieldError> errors = new ArrayList<>();
        ImportedUser row = new ImportedUser(r.number(), r.cell(UserColumn.USERNAME.name()).value(),
                r.cell(UserColumn.DISPLAY_NAME.name()).value(), null, null, null, null, null, null, errors);
        Role role = role(row, r.cell(UserColumn.ROLE.name()));
        Zones.Grid grid = grid(row, r.cell(UserColumn.GRID.name()));
        String uscc = r.cell(UserColumn.ENTERPRISE.name()).value();
        Boolean enabled = yesNo(row, r.cell(UserColumn.ENABLED.name()));
        return new ImportedUser(r.number(), row.username(), row.displayName(), role, grid,
                uscc == null ? null : uscc.toUpperCase(Locale.ROOT), r.cell(UserColumn.FACTORY.name()).value(),
                r.cell(UserColumn.BRAND.name()).value(), enabled, errors);
    }

    private Role role(ImportedUser row, ExcelCell cell) {
        if (cell.isBlank()) {
            row.error(UserColumn.ROLE, "validation.required");
            return null;
        }
        Role role = roles.get(cell.value().toLowerCase(Locale.ROOT));
        if (role == null) {
            row.error(UserColumn.ROLE, "users.import.unknownRole", cell.value());
        }
        return role;
    }

    /** A grid by its name (as the export writes it) when that is unique in the zone, else by its code. */
    private Zones.Grid grid(ImportedUser row, ExcelCell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String key = cell.value().toLowerCase(Locale.ROOT);
        List<Zones.Grid> byName = gridsByName.getOrDefault(key, List.of());
        if (byName.size() == 1) {
            return byName.get(0);
        }
        Zones.Grid byCode = gridsByCode.get(key);
        if (byCode != null) {
            return byCode;
        }
        row.error(UserColumn.GRID, byName.isEmpty() ? "users.import.unknownGrid" : "users.import.gridAmbiguous",
                cell.value());
        return null;
    }

    private static Boolean yesNo(ImportedUser row, ExcelCell cell) {
        if (cell.isBlank()) {
            return null;
        }
        String v = cell.value().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        row.error(UserColumn.ENABLED, "users.import.notYesNo", cell.value());
        return null;
    }
}
