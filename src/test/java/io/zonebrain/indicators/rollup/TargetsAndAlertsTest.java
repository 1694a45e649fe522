package io.zonebrain.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.indicators.Alert;
import io.zonebrain.indicators.Alerts;
import io.zonebrain.indicators.Target;
import io.zonebrain.indicators.TargetBoard;
import io.zonebrain.indicators.TargetProgress;
import io.zonebrain.indicators.Targets;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.platform.Zones;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Targets with progress against time elapsed and "全年红"; alerts that each open an enterprise. */
@ZonebrainTest
class TargetsAndAlertsTest {

    @Autowired Targets targets;
    @Autowired Alerts alerts;
    @Autowired TestUsers users;
    @Autowired Zones zones;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void theDemoYear2023MissesItsOutputTargetButEveryHeadlineIndicatorGrows() {
        TargetBoard board = users.as(users.officer(), () -> targets.board(YearMonth.of(2023, 12)));
        TargetProgress output = board.progress().stream()
                .filter(p -> p.target().indicator().equals("GROSS_OUTPUT") && p.target().clusterCode() == null)
                .findFirst().orElseThrow();
        assertThat(output.completion()).isCloseTo(1214.0 / 1250, within(0.005));
        assertThat(output.actualGrowth()).isCloseTo(0.05, within(0.002));
        assertThat(output.timeElapsed()).isEqualTo(1.0);
        assertThat(output.onTrack()).isFalse();
        assertThat(board.progress()).anyMatch(p -> p.target().clusterCode() != null);
        assertThat(board.allRed()).isTrue();
        assertThat(board.notGrowing()).isEmpty();
        TargetBoard june = users.as(users.officer(), () -> targets.board(YearMonth.of(2023, 6)));
        assertThat(june.progress().get(0).timeElapsed()).isEqualTo(0.5);
    }

    @Test
    void adminsSetTargetsWithAnAuditTrailOthersCannot() {
        SmallZone z = new SmallZone(zones, accounts, registry, users, jdbc);
        Target t = new Target(2024, "GROSS_OUTPUT", null, new BigDecimal("500000000.00"), new BigDecimal("0.0800"));
        z.as(z.admin, () -> {
            targets.put(t, "年初目标");
            return null;
        });
        assertThat(z.as(z.admin, () -> targets.list(2024))).containsExactly(t);
        Target changed = new Target(2024, "GROSS_OUTPUT", null, null, new BigDecimal("0.0700"));
        z.as(z.admin, () -> {
            targets.put(changed, "年中调整");
            return null;
        });
        assertThat(z.as(z.admin, () -> targets.list(2024))).containsExactly(changed);
        assertThat(audit.browse("indicators_target", "2024/GROSS_OUTPUT/zone", null, 10, 0)).hasSize(2);

        String officer = z.account(Role.OFFICER, null, null);
        assertThatThrownBy(() -> z.as(officer, () -> {
            targets.put(t, "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> z.as(z.admin, () -> {
            targets.put(new Target(2024, "EMPLOYEES", null, BigDecimal.ONE, null), "x");
            return null;
        })).isInstanceOf(ValidationException.class);
    }

    @Test
    void alertsFindFallingFirmsStoppedReportsAndEnergyJumps() {
        String officer = users.officer();
        List<Alert> dec2023 = users.as(officer, () -> alerts.at(YearMonth.of(2023, 12)));
        assertThat(dec2023).filteredOn(a -> a.kind() == Alert.Kind.OUTPUT_DROP).isNotEmpty()
                .allSatisfy(a -> assertThat(a.value()).isLessThan(-0.2));
        List<Alert> jan2024 = users.as(officer, () -> alerts.at(YearMonth.of(2024, 1)));
        Long leavers = jdbc.sql("""
                        select count(*) from indicators_monthly_report r where r.zone_id = :z
                          and r.period = date '2023-12-01' and r.current and not exists (
                          select 1 from indicators_monthly_report n where n.enterprise_id = r.enterprise_id
                            and n.period = date '2024-01-01' and n.current)
                        """).param("z", users.zoneId()).query(Long.class).single();
        assertThat(leavers).isPositive();
        assertThat(jan2024).filteredOn(a -> a.kind() == Alert.Kind.STOPPED_REPORTING).hasSize(leavers.intValue());
        List<Alert> energy = new java.util.ArrayList<>();
        for (int m = 9; m <= 12; m++) {
            YearMonth period = YearMonth.of(2025, m);
            energy.addAll(users.as(officer, () -> alerts.at(period)).stream()
                    .filter(a -> a.kind() == Alert.Kind.ENERGY_JUMP).toList());
        }
        assertThat(energy).isNotEmpty().allSatisfy(a -> {
            assertThat(a.value()).isGreaterThan(0.8);
            assertThat(a.link()).isEqualTo("/enterprises/" + a.enterpriseId());
        });
        assertThatThrownBy(() -> users.as(users.enterpriseUser(energy.get(0).enterpriseId()),
                () -> alerts.at(YearMonth.of(2025, 12)))).isInstanceOf(AccessDeniedException.class);
    }
}
