package io.zonebrain.fashion.internal.demo;

import io.zonebrain.fashion.internal.demo.DemoCluster.RegistryFirm;
import io.zonebrain.platform.DemoZoneCreated;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.UserAccounts.NewAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's fashion cluster (时尚E家), from the event's seed and today's date. Runs after the other modules'
 * demo data (enterprise 100, indicators 200, evaluation 300 and 400): the registry's garment and textile firms of
 * the fashion cluster join the virtual group as its larger factories, read through the registry's published view.
 * Creates the logins factory1 (F00001), brand1 (B0001) and operator, with passwords printed once.
 */
@Component
class DemoFashionData {

    private static final Logger log = LoggerFactory.getLogger(DemoFashionData.class);

    private final JdbcClient jdbc;
    private final DemoClusterWriter writer;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoFashionData(JdbcClient jdbc, DemoClusterWriter writer, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Order(600)
    @Transactional
    void on(DemoZoneCreated event) {
        long started = System.nanoTime();
        DemoClusterGenerator generator = new DemoClusterGenerator(event.seed(), LocalDate.now(clock));
        DemoCluster cluster = generator.generate(registryFirms(event.zoneId()));
        long generated = System.nanoTime();
        long[] ids = writer.write(event.zoneId(), cluster);
        users(event.zoneId(), ids[0], ids[1], cluster, event.printedCredentials());
        log.info("Demo fashion cluster: {} factories, {} brands, {} orders, {} lots (seasons {}; participants' output "
                        + "{}%, price correction ×{}), generated in {} ms, written in {} ms",
                cluster.factories().size(), cluster.brands().size(), cluster.orders().size(), cluster.lots().size(),
                cluster.seasons(), String.format("%+.2f", cluster.outputGrowth() * 100),
                String.format("%.4f", generator.correction()), (generated - started) / 1_000_000,
                (System.nanoTime() - generated) / 1_000_000);
    }

    /** The registry's garment (18) and textile (17) firms of the fashion cluster, by id. */
    private List<RegistryFirm> registryFirms(long zoneId) {
        return jdbc.sql("""
                        select enterprise_id, uscc, name from enterprise_published_dimensions
                        where zone_id = :z and cluster_code = 'fashion' and industry_division in ('17', '18')
                          and uscc is not null
                        order by enterprise_id
                        """)
                .param("z", zoneId).query(RegistryFirm.class).list();
    }

    private void users(long zoneId, long factoryId, long brandId, DemoCluster cluster, List<String> printed) {
        String factory = UserAccounts.generatePassword();
        accounts.create(new NewAccount("factory1", "演示工厂用户 Demo factory", Role.FACTORY, zoneId, null, null,
                factoryId, null), factory);
        printed.add("factory1 / " + factory + " (FACTORY, " + cluster.factories().get(0).code() + " "
                + cluster.factories().get(0).name() + ")");
        String brand = UserAccounts.generatePassword();
        accounts.create(new NewAccount("brand1", "演示品牌用户 Demo brand", Role.BRAND, zoneId, null, null, null,
                brandId), brand);
        printed.add("brand1 / " + brand + " (BRAND, " + cluster.brands().get(0).code() + " "
                + cluster.brands().get(0).name() + ")");
        String operator = UserAccounts.generatePassword();
        accounts.create(new NewAccount("operator", "时尚E家运营方 Demo cluster operator", Role.CLUSTER_OPERATOR, zoneId,
                null, null), operator);
        printed.add("operator / " + operator + " (CLUSTER_OPERATOR, 时尚E家)");
    }
}
