package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.Zones;
import java.util.List;

/**
 * One row of the file as read: the values (null where blank or unreadable), and the problems found so far, by
 * column. {@code link} is the code in the column of the role's party (USCC, factory code or brand code), {@code
 * enabled} null when the cell is blank (a new account is enabled, an existing one keeps its state).
 */
record ImportedUser(int row, String username, String displayName, Role role, Zones.Grid grid, String uscc,
                    String factoryCode, String brandCode, Boolean enabled, List<FieldError> errors) {

    void error(UserColumn column, String code, Object... args) {
        errors.add(new FieldError(row, column.name(), code, List.of(args)));
    }

    boolean hasError(UserColumn column) {
        return errors.stream().anyMatch(e -> e.field().equals(column.name()));
    }

    /** The code given in the column of a kind of party. */
    String code(UserColumn column) {
        return switch (column) {
            case ENTERPRISE -> uscc;
            case FACTORY -> factoryCode;
            case BRAND -> brandCode;
            default -> null;
        };
    }
}
