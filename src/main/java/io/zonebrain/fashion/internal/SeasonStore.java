package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.Season;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Seasons are created as orders need them: the first order due in a half-year creates its season row. */
@Repository
public class SeasonStore {

    private final JdbcClient jdbc;

    SeasonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long idFor(long zoneId, Season season) {
        return jdbc.sql("""
                insert into fashion_season (zone_id, code, starts_on, ends_on) values (:z, :c, :s, :e)
                on conflict (zone_id, code) do update set code = excluded.code
                returning id
                """)
                .param("z", zoneId).param("c", season.code()).param("s", season.startsOn())
                .param("e", season.endsOn()).query(Long.class).single();
    }

    /** Seasons that have orders, newest first. */
    public List<String> codes(long zoneId) {
        return jdbc.sql("select code from fashion_season where zone_id = :z order by starts_on desc")
                .param("z", zoneId).query(String.class).list();
    }
}
