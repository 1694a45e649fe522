package io.zonebrain.platform.internal;

import io.zonebrain.platform.DemoZoneCreated;
import io.zonebrain.platform.Zones;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Creates "临平经开区 (演示)" with its five service grids, then lets every module add its demo data. */
@Component
class DemoZoneSetup {

    private static final Logger log = LoggerFactory.getLogger(DemoZoneSetup.class);
    static final String DEMO_ZONE_CODE = "linping-demo";
    private static final String[][] GRIDS = {
            {"G1", "红丰创新带网格"}, {"G2", "临平新城网格"}, {"G3", "东湖网格"}, {"G4", "星桥网格"}, {"G5", "南苑网格"}};

    private final Zones zones;
    private final ApplicationEventPublisher events;
    private final long seed;

    DemoZoneSetup(Zones zones, ApplicationEventPublisher events, @Value("${zonebrain.demo.seed:20231231}") long seed) {
        this.zones = zones;
        this.events = events;
        this.seed = seed;
    }

    Zones.Zone createDemoZone() {
        Zones.Zone zone = zones.create(DEMO_ZONE_CODE, "临平经开区 (演示)", true);
        for (String[] grid : GRIDS) {
            zones.addGrid(zone.id(), grid[0], grid[1]);
        }
        return zone;
    }

    void populate(Zones.Zone zone) {
        List<String> credentials = new ArrayList<>();
        long started = System.nanoTime();
        events.publishEvent(new DemoZoneCreated(zone.id(), seed, credentials));
        log.info("Demo zone '{}' generated from seed {} in {} ms (演示数据 / demo data)", zone.name(), seed,
                (System.nanoTime() - started) / 1_000_000);
        if (!credentials.isEmpty()) {
            log.warn("\n\n    Demo users (generated passwords, shown only this once):\n      {}\n",
                    String.join("\n      ", credentials));
        }
    }
}
