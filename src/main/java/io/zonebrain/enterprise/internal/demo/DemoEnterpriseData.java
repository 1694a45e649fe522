package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.internal.demo.DemoCatalogue.Cluster;
import io.zonebrain.enterprise.internal.demo.DemoCatalogue.Park;
import io.zonebrain.platform.DemoZoneCreated;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.Zones;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the demo zone "临平经开区 (演示)": its clusters and parks, 385 above-scale and 1,000 below-scale
 * land-holding firms, and demo users. With {@code zonebrain.bench.synthetic-enterprises} > 0 (benchmarks only) it
 * then adds that many more firms from the same generator.
 */
@Component
class DemoEnterpriseData {

    private static final Logger log = LoggerFactory.getLogger(DemoEnterpriseData.class);
    private static final int SYNTHETIC_CHUNK = 10_000;

    private final Dictionaries dictionaries;
    private final Zones zones;
    private final DemoEnterpriseWriter writer;
    private final DemoUsers users;
    private final int syntheticEnterprises;

    DemoEnterpriseData(Dictionaries dictionaries, Zones zones, DemoEnterpriseWriter writer, DemoUsers users,
                       @Value("${zonebrain.bench.synthetic-enterprises:0}") int syntheticEnterprises) {
        this.dictionaries = dictionaries;
        this.zones = zones;
        this.writer = writer;
        this.users = users;
        this.syntheticEnterprises = syntheticEnterprises;
    }

    // Early among the demo listeners: other modules' demo data (indicators, land, visits) is about these firms.
    @EventListener
    @Order(100)
    @Transactional
    void on(DemoZoneCreated event) {
        long started = System.nanoTime();
        putCodeLists(event.zoneId());
        List<Long> gridIds = zones.grids(event.zoneId()).stream().map(Zones.Grid::id).toList();
        DemoEnterpriseGenerator generator = new DemoEnterpriseGenerator(event.seed(), gridIds);
        List<EnterpriseDraft> demo = generator.demoZone();
        Map<String, Long> ids = writer.insert(event.zoneId(), demo);
        users.create(event.zoneId(), demo, ids, event.printedCredentials());
        for (int done = 0; done < syntheticEnterprises; done += SYNTHETIC_CHUNK) {
            writer.insert(event.zoneId(), generator.synthetic(Math.min(SYNTHETIC_CHUNK, syntheticEnterprises - done)));
        }
        writer.analyze();
        log.info("Demo enterprises: {} generated, {} synthetic for benchmarks, in {} ms", demo.size(),
                syntheticEnterprises, (System.nanoTime() - started) / 1_000_000);
    }

    private void putCodeLists(long zoneId) {
        int sort = 0;
        for (Cluster c : DemoCatalogue.CLUSTERS) {
            dictionaries.put(zoneId, new Dictionaries.Entry(EnterpriseTags.CLUSTER_KIND, c.code(), c.labelZh(),
                    c.labelEn(), sort += 10));
        }
        sort = 0;
        for (Park p : DemoCatalogue.PARKS) {
            dictionaries.put(zoneId, new Dictionaries.Entry(EnterpriseTags.PARK_KIND, p.code(), p.labelZh(),
                    p.labelEn(), sort += 10));
        }
    }
}
