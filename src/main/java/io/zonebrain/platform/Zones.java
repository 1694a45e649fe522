package io.zonebrain.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Zones (the tenants) and their service grids. */
@Service
public class Zones {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public Zones(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Zone> find(long zoneId) {
        return jdbc.sql("select id, code, name, demo from platform_zone where id = :id")
                .param("id", zoneId).query(Zone.class).optional();
    }

    public Optional<Zone> findByCode(String code) {
        return jdbc.sql("select id, code, name, demo from platform_zone where code = :c")
                .param("c", code).query(Zone.class).optional();
    }

    public boolean any() {
        return jdbc.sql("select exists(select 1 from platform_zone)").query(Boolean.class).single();
    }

    public Zone create(String code, String name, boolean demo) {
        long id = jdbc.sql("insert into platform_zone (code, name, demo) values (:c, :n, :d) returning id")
                .param("c", code).param("n", name).param("d", demo).query(Long.class).single();
        events.publishEvent(new ZoneCreated(id, demo));
        return new Zone(id, code, name, demo);
    }

    public Grid addGrid(long zoneId, String code, String name) {
        long id = jdbc.sql("insert into platform_grid (zone_id, code, name) values (:z, :c, :n) returning id")
                .param("z", zoneId).param("c", code).param("n", name).query(Long.class).single();
        return new Grid(id, zoneId, code, name);
    }

    public List<Grid> grids(long zoneId) {
        return jdbc.sql("select id, zone_id, code, name from platform_grid where zone_id = :z order by code")
                .param("z", zoneId).query(Grid.class).list();
    }

    public Optional<Grid> grid(long zoneId, long gridId) {
        return jdbc.sql("select id, zone_id, code, name from platform_grid where zone_id = :z and id = :id")
                .param("z", zoneId).param("id", gridId).query(Grid.class).optional();
    }

    public record Zone(long id, String code, String name, boolean demo) {
    }

    public record Grid(long id, long zoneId, String code, String name) {
    }
}
