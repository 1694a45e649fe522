package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.BrandDraft;
import io.zonebrain.fashion.BrandSummary;
import io.zonebrain.platform.Paged;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for brands. */
@Repository
public class BrandStore {

    private static final String SELECT = "select id, zone_id, code, name, contact_name, contact_phone, contact_email, "
            + "city, version from fashion_brand";

    private final JdbcClient jdbc;

    BrandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Brand> find(long zoneId, long id) {
        return jdbc.sql(SELECT + " where zone_id = :z and id = :id").param("z", zoneId).param("id", id)
                .query(Brand.class).optional();
    }

    public Optional<Brand> findByCode(long zoneId, String code) {
        return jdbc.sql(SELECT + " where zone_id = :z and code = :c").param("z", zoneId).param("c", code)
                .query(Brand.class).optional();
    }

    public List<Brand> all(long zoneId) {
        return jdbc.sql(SELECT + " where zone_id = :z order by code").param("z", zoneId).query(Brand.class).list();
    }

    public Paged<BrandSummary> list(long zoneId, String q, int page, int size) {
        String text = q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " where b.zone_id = :z and (cast(:q as text) is null or b.name ilike :q or b.code ilike :q "
                + "or b.city ilike :q)";
        long total = jdbc.sql("select count(*) from fashion_brand b" + where).param("z", zoneId).param("q", text)
                .query(Long.class).single();
        List<BrandSummary> rows = jdbc.sql("""
                        select b.id, b.code, b.name, b.city, b.contact_name,
                               (select count(*) from fashion_order o where o.brand_id = b.id) as orders,
                               (select count(*) from fashion_order o where o.brand_id = b.id and o.status = 'OPEN')
                                   as open_orders
                        from fashion_brand b""" + where + " order by b.code limit :l offset :o")
                .param("z", zoneId).param("q", text).param("l", size).param("o", (long) page * size)
                .query(BrandSummary.class).list();
        return new Paged<>(rows, total, page, size);
    }

    public long insert(long zoneId, BrandDraft d) {
        return jdbc.sql("""
                insert into fashion_brand (zone_id, code, name, contact_name, contact_phone, contact_email, city)
                values (:z, 'B' || lpad(nextval('fashion_brand_code_seq')::text, 4, '0'), :n, :cn, :cp, :ce, :city)
                returning id
                """)
                .param("z", zoneId).param("n", d.name()).param("cn", d.contactName()).param("cp", d.contactPhone())
                .param("ce", d.contactEmail()).param("city", d.city()).query(Long.class).single();
    }

    public boolean update(long id, int version, BrandDraft d) {
        return jdbc.sql("""
                update fashion_brand set name = :n, contact_name = :cn, contact_phone = :cp, contact_email = :ce,
                    city = :city, version = version + 1, updated_at = now()
                where id = :id and version = :v
                """)
                .param("n", d.name()).param("cn", d.contactName()).param("cp", d.contactPhone())
                .param("ce", d.contactEmail()).param("city", d.city()).param("id", id).param("v", version)
                .update() == 1;
    }
}
