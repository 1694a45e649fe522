package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.DeliveryRecord;
import io.zonebrain.fashion.Lot;
import io.zonebrain.fashion.LotFilter;
import io.zonebrain.fashion.LotStatus;
import io.zonebrain.fashion.LotSummary;
import io.zonebrain.fashion.Milestone;
import io.zonebrain.fashion.MilestoneStep;
import io.zonebrain.fashion.QualityRating;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for lots, their milestones and quality ratings. */
@Repository
public class LotStore {

    private static final String SELECT = """
            select l.id, l.zone_id, l.order_id, o.code as order_code, l.lot_no, o.brand_id, b.name as brand_name,
                   o.style, o.category_code, o.sam_minutes, o.due_on, l.factory_id, f.code as factory_code,
                   f.name as factory_name, l.quantity, l.unit_price_yuan, l.status, l.allocation_version,
                   l.planned_start_on, l.planned_finish_on, l.decline_reason, l.shipped_on, l.version
            from fashion_lot l
            join fashion_order o on o.id = l.order_id
            join fashion_brand b on b.id = o.brand_id
            join fashion_factory f on f.id = l.factory_id
            """;

    /** Constant text; the scope parameters are a factory login's factory or a brand login's brand. */
    private static final String WHERE = """
            where l.zone_id = :zone
              and (cast(:scopeFactory as bigint) is null or l.factory_id = :scopeFactory)
              and (cast(:scopeBrand as bigint) is null or o.brand_id = :scopeBrand)
              and (cast(:status as text) is null or l.status = :status)
              and (cast(:season as text) is null
                   or o.season_id = (select s.id from fashion_season s where s.zone_id = :zone and s.code = :season))
              and (cast(:factory as text) is null or f.code = :factory or f.name ilike :factoryLike)
              and (cast(:order as bigint) is null or l.order_id = :order)
            """;

    private final JdbcClient jdbc;

    LotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<LotSummary> list(long zoneId, Long scopeFactory, Long scopeBrand, LotFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), 5000));
        int page = Math.max(0, filter.page());
        Map<String, Object> p = new HashMap<>();
        p.put("zone", zoneId);
        p.put("scopeFactory", scopeFactory);
        p.put("scopeBrand", scopeBrand);
        p.put("status", filter.status() == null ? null : filter.status().name());
        p.put("season", blank(filter.season()));
        String factory = blank(filter.factory());
        p.put("factory", factory);
        p.put("factoryLike", factory == null ? null : "%" + factory.replace("%", "\\%").replace("_", "\\_") + "%");
        p.put("order", filter.orderId());
        String from = " from fashion_lot l join fashion_order o on o.id = l.order_id "
                + "join fashion_brand b on b.id = o.brand_id join fashion_factory f on f.id = l.factory_id ";
        long total = jdbc.sql("select count(*)" + from + WHERE).params(p).query(Long.class).single();
        // open work first (proposed, then in progress), then by due date: what a factory must act on comes first
        List<LotSummary> items = jdbc.sql("""
                        select l.id, l.order_id, o.code as order_code, l.lot_no, b.name as brand_name, o.style,
                               o.category_code, l.factory_id, f.code as factory_code, f.name as factory_name,
                               l.quantity, l.unit_price_yuan, l.status, o.due_on, l.planned_finish_on, l.shipped_on,
                               (select m.step from fashion_milestone m where m.lot_id = l.id
                                order by m.at desc, m.id desc limit 1) as last_step
                        """ + from + WHERE + """
                        order by case l.status when 'PROPOSED' then 0 when 'CONFIRMED' then 1
                                 when 'IN_PRODUCTION' then 2 when 'SHIPPED' then 3 else 4 end, o.due_on, l.id
                        limit :limit offset :offset
                        """)
                .params(p).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new LotSummary(rs.getLong("id"), rs.getLong("order_id"), rs.getString("order_code"),
                        rs.getInt("lot_no"), rs.getString("brand_name"), rs.getString("style"),
                        rs.getString("category_code"), rs.getLong("factory_id"), rs.getString("factory_code"),
                        rs.getString("factory_name"), rs.getInt("quantity"), rs.getBigDecimal("unit_price_yuan"),
                        LotStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("planned_finish_on", LocalDate.class),
                        rs.getObject("shipped_on", LocalDate.class),
                        rs.getString("last_step") == null ? null : MilestoneStep.valueOf(rs.getString("last_step"))))
                .list();
        return new Paged<>(items, total, page, size);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<Lot> find(long zoneId, long id) {
        return jdbc.sql(SELECT + " where l.zone_id = :z and l.id = :id").param("z", zoneId).param("id", id)
                .query(LotStore::bare).optional().map(this::complete);
    }

    public List<Lot> ofOrder(long orderId) {
        return jdbc.sql(SELECT + " where l.order_id = :o order by l.lot_no").param("o", orderId)
                .query(LotStore::bare).list().stream().map(this::complete).toList();
    }

    private Lot complete(Lot l) {
        List<Milestone> milestones = jdbc.sql("select id, step, at, reported_by, note from fashion_milestone "
                        + "where lot_id = :l order by at, id").param("l", l.id())
                .query((rs, n) -> new Milestone(rs.getLong("id"), MilestoneStep.valueOf(rs.getString("step")),
                        rs.getObject("at", OffsetDateTime.class), rs.getString("reported_by"), rs.getString("note")))
                .list();
        QualityRating rating = jdbc.sql("select score, defect_rate_percent, note, rated_by, rated_at "
                        + "from fashion_quality_rating where lot_id = :l").param("l", l.id())
                .query(QualityRating.class).optional().orElse(null);
        return new Lot(l.id(), l.zoneId(), l.orderId(), l.orderCode(), l.lotNo(), l.brandId(), l.brandName(),
                l.style(), l.categoryCode(), l.samMinutes(), l.dueOn(), l.factoryId(), l.factoryCode(),
                l.factoryName(), l.quantity(), l.unitPriceYuan(), l.status(), l.allocationVersion(),
                l.plannedStartOn(), l.plannedFinishOn(), l.declineReason(), l.shippedOn(), milestones, rating,
                l.version());
    }

    private static Lot bare(ResultSet rs, int n) throws SQLException {
        return new Lot(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("order_id"), rs.getString("order_code"),
                rs.getInt("lot_no"), rs.getLong("brand_id"), rs.getString("brand_name"), rs.getString("style"),
                rs.getString("category_code"), rs.getBigDecimal("sam_minutes"),
                rs.getObject("due_on", LocalDate.class), rs.getLong("factory_id"), rs.getString("factory_code"),
                rs.getString("factory_name"), rs.getInt("quantity"), rs.getBigDecimal("unit_price_yuan"),
                LotStatus.valueOf(rs.getString("status")), (Long) rs.getObject("allocation_version"),
                rs.getObject("planned_start_on", LocalDate.class), rs.getObject("planned_finish_on", LocalDate.class),
                rs.getString("decline_reason"), rs.getObject("shipped_on", LocalDate.class), List.of(), null,
                rs.getInt("version"));
    }

    /** Quantity already held by the order's active (not declined) lots. */
    public int activeQuantity(long orderId) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from fashion_lot where order_id = :o "
                        + "and status <> 'DECLINED'").param("o", orderId).query(Integer.class).single();
    }

    public long insert(long zoneId, long orderId, long factoryId, int quantity, BigDecimal unitPrice,
                       LocalDate plannedStart, LocalDate plannedFinish, Long allocationVersion, String by) {
        return jdbc.sql("""
                insert into fashion_lot (zone_id, order_id, lot_no, factory_id, quantity, unit_price_yuan,
                    planned_start_on, planned_finish_on, allocation_version, proposed_by)
                values (:z, :o, (select coalesce(max(lot_no), 0) + 1 from fashion_lot where order_id = :o), :f, :q,
                    :p, :s, :e, :v, :by)
                returning id
                """)
                .param("z", zoneId).param("o", orderId).param("f", factoryId).param("q", quantity)
                .param("p", unitPrice).param("s", plannedStart).param("e", plannedFinish)
                .param("v", allocationVersion).param("by", by).query(Long.class).single();
    }

    /** A guarded status change: only from {@code from}, only at the version read. */
    public boolean transition(long id, int version, LotStatus from, LotStatus to, String declineReason,
                              LocalDate shippedOn) {
        return jdbc.sql("""
                update fashion_lot set status = :to, decline_reason = coalesce(:reason, decline_reason),
                    shipped_on = coalesce(:shipped, shipped_on), version = version + 1, updated_at = now()
                where id = :id and version = :v and status = :from
                """)
                .param("to", to.name()).param("reason", declineReason).param("shipped", shippedOn)
                .param("id", id).param("v", version).param("from", from.name()).update() == 1;
    }

    public boolean touch(long id, int version) {
        return jdbc.sql("update fashion_lot set version = version + 1, updated_at = now() where id = :id and version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    public void addMilestone(long lotId, MilestoneStep step, OffsetDateTime at, String by, String note) {
        jdbc.sql("insert into fashion_milestone (lot_id, step, at, reported_by, note) values (:l, :s, :at, :by, :n)")
                .param("l", lotId).param("s", step.name()).param("at", at).param("by", by).param("n", note).update();
    }

    public void rate(long lotId, int score, BigDecimal defectRate, String note, String by) {
        jdbc.sql("""
                insert into fashion_quality_rating (lot_id, score, defect_rate_percent, note, rated_by)
                values (:l, :s, :d, :n, :by)
                on conflict (lot_id) do update set score = excluded.score,
                    defect_rate_percent = excluded.defect_rate_percent, note = excluded.note,
                    rated_by = excluded.rated_by, rated_at = now()
                """)
                .param("l", lotId).param("s", score).param("d", defectRate).param("n", note).param("by", by).update();
    }

    /** The statuses of an order's active lots, to derive the order's status. */
    public List<LotStatus> activeStatuses(long orderId) {
        return jdbc.sql("select status from fashion_lot where order_id = :o and status <> 'DECLINED'")
                .param("o", orderId).query((rs, n) -> LotStatus.valueOf(rs.getString(1))).list();
    }

    /** Declines every proposed or confirmed lot of a cancelled order; returns how many. */
    public int declineOpen(long orderId, String reason) {
        return jdbc.sql("update fashion_lot set status = 'DECLINED', decline_reason = :r, version = version + 1, "
                        + "updated_at = now() where order_id = :o and status in ('PROPOSED', 'CONFIRMED')")
                .param("r", reason).param("o", orderId).update();
    }

    /** Per factory: lots delivered, on time, and average quality score, for a profile page. */
    public DeliveryRecord record(long factoryId) {
        return jdbc.sql("""
                select count(*) filter (where l.status = 'SHIPPED') as shipped,
                       count(*) filter (where l.status = 'SHIPPED' and l.shipped_on <= o.due_on) as on_time,
                       avg(r.score) as average_score,
                       count(*) filter (where l.status in ('PROPOSED', 'CONFIRMED', 'IN_PRODUCTION')) as open_lots
                from fashion_lot l join fashion_order o on o.id = l.order_id
                left join fashion_quality_rating r on r.lot_id = l.id
                where l.factory_id = :f
                """).param("f", factoryId).query(DeliveryRecord.class).single();
    }

    /** A factory's standard minutes per working day, rounded down (planned dates of allocated lots). */
    public int capacityPerDay(long factoryId) {
        return jdbc.sql("select floor(capacity_minutes_per_day)::int from fashion_factory where id = :f")
                .param("f", factoryId).query(Integer.class).single();
    }
}
