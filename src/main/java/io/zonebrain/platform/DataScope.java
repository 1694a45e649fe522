package io.zonebrain.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which enterprise-owned rows a caller may see: a whole zone, one service grid of it, or one enterprise.
 * This is the one place that turns a scope into SQL, always with bound parameters.
 */
public record DataScope(long zoneId, Long gridId, Long enterpriseId) {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    public static DataScope zone(long zoneId) {
        return new DataScope(zoneId, null, null);
    }

    public static DataScope grid(long zoneId, long gridId) {
        return new DataScope(zoneId, gridId, null);
    }

    public static DataScope enterprise(long zoneId, long enterpriseId) {
        return new DataScope(zoneId, null, enterpriseId);
    }

    /**
     * No enterprise at all: for people outside the registry's audience (the fashion cluster's factories, brands and
     * operator). Enterprise ids are identity values starting at 1, so enterprise 0 matches no row, and every reader
     * that already applies a scope stays correct without knowing these roles.
     */
    public static DataScope nothing(long zoneId) {
        return new DataScope(zoneId, null, NO_ENTERPRISE);
    }

    private static final long NO_ENTERPRISE = 0L;

    /** True when this scope lets its holder see a row with these owner coordinates. */
    public boolean covers(long rowZoneId, Long rowGridId, long rowEnterpriseId) {
        if (rowZoneId != zoneId) {
            return false;
        }
        if (enterpriseId != null) {
            return enterpriseId == rowEnterpriseId;
        }
        return gridId == null || gridId.equals(rowGridId);
    }

    /**
     * The SQL predicate for a table with the given owner columns. Column names are constants of the calling
     * repository, checked here so that no caller can smuggle input into the statement.
     */
    public Condition condition(String zoneColumn, String gridColumn, String enterpriseIdColumn) {
        StringBuilder sql = new StringBuilder(checked(zoneColumn)).append(" = :scopeZone");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeZone", zoneId);
        if (gridId != null) {
            sql.append(" and ").append(checked(gridColumn)).append(" = :scopeGrid");
            params.put("scopeGrid", gridId);
        }
        if (enterpriseId != null) {
            sql.append(" and ").append(checked(enterpriseIdColumn)).append(" = :scopeEnterprise");
            params.put("scopeEnterprise", enterpriseId);
        }
        return new Condition(sql.toString(), Map.copyOf(params));
    }

    private static String checked(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        return column;
    }

    /** A WHERE fragment and the values bound to its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {
    }
}
