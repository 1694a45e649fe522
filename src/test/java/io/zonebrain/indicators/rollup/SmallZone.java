package io.zonebrain.indicators.rollup;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-made zone of its own (so the demo zone's figures stay untouched), with two grids and firms whose reports
 * the tests write directly, in million yuan: enough to work every like-for-like rule out by hand.
 */
final class SmallZone {

    static final BigDecimal MILLION = new BigDecimal("1000000");

    final Zones.Zone zone;
    final long g1;
    final long g2;
    final String admin;
    private final EnterpriseRegistry registry;
    private final UserAccounts accounts;
    private final TestUsers users;
    private final JdbcClient jdbc;

    SmallZone(Zones zones, UserAccounts accounts, EnterpriseRegistry registry, TestUsers users, JdbcClient jdbc) {
        this.registry = registry;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        String code = "t" + System.nanoTime();
        this.zone = zones.create(code, "测试区 " + code, false);
        this.g1 = zones.addGrid(zone.id(), "G1", "一网格").id();
        this.g2 = zones.addGrid(zone.id(), "G2", "二网格").id();
        this.admin = account(Role.ZONE_ADMIN, null, null);
    }

    String account(Role role, Long gridId, Long enterpriseId) {
        String username = "sz-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(username, username, role, zone.id(), gridId, enterpriseId),
                TestUsers.PASSWORD);
        return username;
    }

    Enterprise firm(String name, long gridId) {
        return as(admin, () -> registry.create(TestEnterprises.draft(name, gridId), "test"));
    }

    /** A current report: gross output and value added (10% of it) in million yuan, cumulative. */
    void report(Enterprise firm, String period, double outputMillion) {
        insert(firm, period, outputMillion, true);
    }

    /** A replaced report, kept as history: rollups must never count it. */
    void replaced(Enterprise firm, String period, double outputMillion) {
        insert(firm, period, outputMillion, false);
    }

    private void insert(Enterprise firm, String period, double outputMillion, boolean current) {
        BigDecimal output = BigDecimal.valueOf(outputMillion).multiply(MILLION);
        jdbc.sql("""
                        insert into indicators_monthly_report (enterprise_id, zone_id, period, gross_output_yuan,
                            sales_output_yuan, export_delivery_yuan, value_added_yuan, high_tech_output_yuan,
                            source, reported_by, current)
                        values (:e, :z, :p, :g, :g, :x, :va, :ht, 'API', 'test', :current)
                        """)
                .param("e", firm.id()).param("z", zone.id()).param("p", LocalDate.parse(period + "-01"))
                .param("g", output).param("x", output.divide(BigDecimal.TEN))
                .param("va", output.divide(BigDecimal.TEN)).param("ht", output.divide(BigDecimal.valueOf(2)))
                .param("current", current).update();
    }

    <T> T as(String username, Supplier<T> work) {
        return users.as(username, work);
    }
}
