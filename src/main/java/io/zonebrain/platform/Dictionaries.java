package io.zonebrain.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Code lists officials maintain per zone (clusters, parks, tags, ...). Kinds are plain strings owned by modules. */
@Service
public class Dictionaries {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public Dictionaries(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Entry> entries(long zoneId, String kind) {
        return jdbc.sql("select kind, code, label_zh, label_en, sort from platform_dictionary "
                        + "where zone_id = :z and kind = :k order by sort, code")
                .param("z", zoneId).param("k", kind)
                .query(Entry.class).list();
    }

    public List<String> kinds(long zoneId) {
        return jdbc.sql("select distinct kind from platform_dictionary where zone_id = :z order by kind")
                .param("z", zoneId).query(String.class).list();
    }

    public Optional<Entry> find(long zoneId, String kind, String code) {
        return jdbc.sql("select kind, code, label_zh, label_en, sort from platform_dictionary "
                        + "where zone_id = :z and kind = :k and code = :c")
                .param("z", zoneId).param("k", kind).param("c", code)
                .query(Entry.class).optional();
    }

    public boolean contains(long zoneId, String kind, String code) {
        return find(zoneId, kind, code).isPresent();
    }

    /** Adds or relabels an entry; audited. */
    @Transactional
    public void put(long zoneId, Entry entry) {
        Optional<Entry> before = find(zoneId, entry.kind(), entry.code());
        jdbc.sql("""
                insert into platform_dictionary (zone_id, kind, code, label_zh, label_en, sort)
                values (:z, :k, :c, :zh, :en, :s)
                on conflict (zone_id, kind, code) do update
                   set label_zh = excluded.label_zh, label_en = excluded.label_en, sort = excluded.sort
                """)
                .param("z", zoneId).param("k", entry.kind()).param("c", entry.code())
                .param("zh", entry.labelZh()).param("en", entry.labelEn()).param("s", entry.sort())
                .update();
        audit.record("dictionary", zoneId + ":" + entry.kind() + ":" + entry.code(),
                before.isPresent() ? "UPDATE" : "CREATE", before.orElse(null), entry, null);
    }

    public record Entry(String kind, String code, String labelZh, String labelEn, int sort) {

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
        }
    }
}
