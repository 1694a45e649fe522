package io.zonebrain.indicators.internal.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes generated figures with PostgreSQL's COPY on the transaction's own connection: a million monthly rows load
 * in seconds, where row-by-row inserts would take minutes. Single-month values become year-to-date sums here, as
 * firms report them (employees stay an average, not a sum).
 */
@Component
class DemoReportWriter {

    private static final int CHUNK = 20_000;

    private final DataSource dataSource;

    DemoReportWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code months} ordered by firm, year, month, as the generator produces them. */
    void monthly(long zoneId, List<DemoMonth> months) {
        String columns = String.join(", ", DemoMonth.COLUMNS);
        String copy = "copy indicators_monthly_report (enterprise_id, zone_id, period, " + columns
                + ", source, reported_by) from stdin (format csv)";
        StringBuilder csv = new StringBuilder(CHUNK * 200);
        double[] ytd = new double[DemoMonth.COLUMNS.length];
        int rows = 0;
        for (DemoMonth m : months) {
            if (m.month() == 1) {
                java.util.Arrays.fill(ytd, 0);
            }
            csv.append(m.enterpriseId()).append(',').append(zoneId).append(',').append(m.year()).append('-')
                    .append(m.month() < 10 ? "0" : "").append(m.month()).append("-01");
            for (int c = 0; c < ytd.length; c++) {
                double value = m.values()[c];
                if (c == DemoMonth.EMPLOYEES) {
                    csv.append(',').append(Math.round(value));
                } else {
                    ytd[c] += value;
                    csv.append(',').append(c == DemoMonth.ENERGY ? decimal(ytd[c], 3) : decimal(ytd[c], 0));
                }
            }
            csv.append(",DEMO,demo\n");
            if (++rows % CHUNK == 0) {
                copy(copy, csv);
            }
        }
        copy(copy, csv);
    }

    void annual(long zoneId, List<DemoAnnual> rows) {
        String copy = "copy indicators_annual_figure (enterprise_id, zone_id, year, "
                + String.join(", ", DemoAnnual.COLUMNS) + ", source, reported_by) from stdin (format csv)";
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (DemoAnnual a : rows) {
            csv.append(a.enterpriseId()).append(',').append(zoneId).append(',').append(a.year());
            double[] v = a.values();
            for (int c = 0; c < v.length; c++) {
                int scale = switch (c) {
                    case 3 -> 3;
                    case 4, 5, 6, 7 -> 4;
                    case 9 -> 0;
                    case 10 -> 2;
                    default -> 0;
                };
                csv.append(',').append(decimal(v[c], scale));
            }
            csv.append(",DEMO,demo\n");
        }
        copy(copy, csv);
    }

    void analyze() {
        execute("analyze indicators_monthly_report");
        execute("analyze indicators_annual_figure");
    }

    private static String decimal(double value, int scale) {
        if (scale == 0) {
            return Long.toString(Math.round(value)); // the common case, without BigDecimal's cost
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private void copy(String sql, StringBuilder csv) {
        if (csv.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of demo figures failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        csv.setLength(0);
    }

    private void execute(String sql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
