package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationProgress;
import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.AllocationVersionLot;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** SQL for rounds, their progress points, allocation versions and what is said about them (pins, answers). */
@Repository
public class VersionStore {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VersionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * A round as stored. {@code forBrandId}: the brand whose re-solve it is; {@code aliveAt}: the heartbeat of the
     * JVM running it; {@code interruptedAfterSeconds}: set when it was closed after that JVM died.
     */
    public record RoundRow(UUID id, long zoneId, String season, String category, String town, Long brandId,
                           String mode, Long parentRunId, int timeLimitSeconds, String startedBy,
                           OffsetDateTime startedAt, String status, String message, Long runId, Long forBrandId,
                           OffsetDateTime stopRequestedAt, String stopRequestedBy, OffsetDateTime aliveAt,
                           Integer interruptedAfterSeconds) {

        public boolean stopRequested() {
            return stopRequestedAt != null;
        }
    }

    /** Fails with a DuplicateKeyException when the round is a brand's and that brand already has one running. */
    public void insertRound(UUID id, long zoneId, RoundSpec spec, Long parentRunId, int seconds, String by) {
        jdbc.sql("""
                insert into fashion_allocation_round (id, zone_id, season_code, category_code, town_code, brand_id,
                    mode, parent_run_id, time_limit_seconds, started_by, for_brand_id)
                values (:id, :z, :s, :c, :t, :b, :m, :p, :l, :by, :fb)
                """).param("id", id).param("z", zoneId).param("s", spec.season()).param("c", spec.category())
                .param("t", spec.town()).param("b", spec.brandId()).param("m", spec.mode().name())
                .param("p", parentRunId).param("l", seconds).param("by", by).param("fb", spec.forBrandId()).update();
    }

    public void finishRound(UUID id, String status, String message, Long runId) {
        finishRound(id, status, message, runId, null);
    }

    /**
     * Ends a round that is still running; a round already closed (by the orphan sweep of another instance, say) is
     * left as it is.
     */
    public void finishRound(UUID id, String status, String message, Long runId, Integer interruptedAfterSeconds) {
        jdbc.sql("""
                update fashion_allocation_round set status = :s, message = :m, run_id = :r,
                    interrupted_after_seconds = :i
                where id = :id and status = 'RUNNING'
                """).param("s", status).param("m", message == null ? null
                        : message.substring(0, Math.min(1990, message.length())))
                .param("r", runId).param("i", interruptedAfterSeconds).param("id", id).update();
    }

    /** The stop button, from any instance: true when the round was running and not yet asked to stop. */
    public boolean requestStop(UUID id, String by) {
        return jdbc.sql("""
                update fashion_allocation_round set stop_requested_at = now(), stop_requested_by = :by
                where id = :id and status = 'RUNNING' and stop_requested_at is null
                """).param("id", id).param("by", by).update() == 1;
    }

    /** The heartbeat of a round this JVM runs; answers whether someone asked it to stop (empty: no longer running). */
    public Optional<Boolean> heartbeat(UUID id) {
        return jdbc.sql("""
                update fashion_allocation_round set alive_at = now() where id = :id and status = 'RUNNING'
                returning stop_requested_at is not null
                """).param("id", id).query(Boolean.class).optional();
    }

    public boolean stopRequested(UUID id) {
        return jdbc.sql("select stop_requested_at is not null from fashion_allocation_round where id = :id")
                .param("id", id).query(Boolean.class).optional().orElse(false);
    }

    /** Whether the brand has a round running now (the check before a start; the unique index is the guarantee). */
    public boolean brandRunning(long brandId) {
        return jdbc.sql("select exists (select 1 from fashion_allocation_round where for_brand_id = :b "
                + "and status = 'RUNNING')").param("b", brandId).query(Boolean.class).single();
    }

    /** Running rounds whose heartbeat is older than {@code staleSeconds}, oldest first. */
    public List<UUID> staleRounds(int staleSeconds) {
        return jdbc.sql("""
                select id from fashion_allocation_round
                where status = 'RUNNING' and alive_at < now() - make_interval(secs => :stale)
                order by alive_at
                """).param("stale", staleSeconds).query(UUID.class).list();
    }

    /**
     * Locks a stale running round for closing (inside a transaction); empty when it is no longer stale or running,
     * or another instance is closing it right now.
     */
    public Optional<RoundRow> lockStale(UUID id, int staleSeconds) {
        return jdbc.sql(ROUND + """
                 where id = :id and status = 'RUNNING' and alive_at < now() - make_interval(secs => :stale)
                 for update skip locked
                """).param("id", id).param("stale", staleSeconds).query(VersionStore::roundRow).optional();
    }

    private static final String ROUND = """
            select id, zone_id, season_code, category_code, town_code, brand_id, mode, parent_run_id,
                   time_limit_seconds, started_by, started_at, status, message, run_id, for_brand_id,
                   stop_requested_at, stop_requested_by, alive_at, interrupted_after_seconds
            from fashion_allocation_round
            """;

    private static RoundRow roundRow(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getObject("id", UUID.class), rs.getLong("zone_id"), rs.getString("season_code"),
                rs.getString("category_code"), rs.getString("town_code"), (Long) rs.getObject("brand_id"),
                rs.getString("mode"), (Long) rs.getObject("parent_run_id"), rs.getInt("time_limit_seconds"),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class), rs.getString("status"),
                rs.getString("message"), (Long) rs.getObject("run_id"), (Long) rs.getObject("for_brand_id"),
                rs.getObject("stop_requested_at", OffsetDateTime.class), rs.getString("stop_requested_by"),
                rs.getObject("alive_at", OffsetDateTime.class), (Integer) rs.getObject("interrupted_after_seconds"));
    }

    public void addPoint(UUID round, long elapsedMs, long hard, long unplaced, long soft) {
        jdbc.sql("insert into fashion_allocation_point (round_id, elapsed_ms, hard_penalty, unplaced, soft_penalty) "
                        + "values (:r, :e, :h, :u, :s)")
                .param("r", round).param("e", elapsedMs).param("h", hard).param("u", unplaced).param("s", soft)
                .update();
    }

    public Optional<RoundRow> round(long zoneId, UUID id) {
        return jdbc.sql(ROUND + " where zone_id = :z and id = :id").param("z", zoneId).param("id", id)
                .query(VersionStore::roundRow).optional();
    }

    /** Points with the soft penalty converted from hundredths of a fen to yuan. */
    public List<AllocationProgress.Point> points(UUID round) {
        return jdbc.sql("select elapsed_ms, hard_penalty, unplaced, soft_penalty from fashion_allocation_point "
                        + "where round_id = :r order by elapsed_ms, id")
                .param("r", round).query((rs, n) -> new AllocationProgress.Point(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4) / (double) AllocationVersion.UNITS_PER_YUAN)).list();
    }

    /** The header of a version; its lots follow in {@link #insertLots}, in the same transaction. */
    public long insertRun(RoundRow round, long spentMs, boolean stopped, LocalDate horizonStart, int weeks,
                          long hard, long unplaced, long soft, int lotsTotal, int lotsPlaced, BigDecimal cost,
                          List<AllocationVersion.RuleTotal> rules, List<AllocationVersion.SkippedOrder> skipped) {
        return insertRun(round, spentMs, stopped, horizonStart, weeks, hard, unplaced, soft, lotsTotal, lotsPlaced,
                cost, rules, skipped, null);
    }

    /** {@code interruptedAfterSeconds}: a version written from the plan saved before the server stopped. */
    public long insertRun(RoundRow round, long spentMs, boolean stopped, LocalDate horizonStart, int weeks,
                          long hard, long unplaced, long soft, int lotsTotal, int lotsPlaced, BigDecimal cost,
                          List<AllocationVersion.RuleTotal> rules, List<AllocationVersion.SkippedOrder> skipped,
                          Integer interruptedAfterSeconds) {
        return jdbc.sql("""
                insert into fashion_allocation_run (zone_id, round_id, season_code, category_code, town_code,
                    brand_id, mode, parent_run_id, started_by, started_at, time_limit_seconds, spent_ms, stopped,
                    horizon_start, weeks, hard_penalty, unplaced_lots, soft_penalty, lots_total, lots_placed,
                    cost_yuan, rule_totals, skipped_orders, for_brand_id, interrupted_after_seconds)
                values (:z, :round, :s, :c, :t, :b, :m, :p, :by, :at, :l, :spent, :stopped, :h0, :weeks, :hard,
                    :unplaced, :soft, :total, :placed, :cost, cast(:rules as jsonb), cast(:skipped as jsonb), :fb,
                    :interrupted)
                returning id
                """).param("z", round.zoneId()).param("round", round.id()).param("s", round.season())
                .param("c", round.category()).param("t", round.town()).param("b", round.brandId())
                .param("m", round.mode()).param("p", round.parentRunId()).param("by", round.startedBy())
                .param("at", round.startedAt()).param("l", round.timeLimitSeconds()).param("spent", spentMs)
                .param("stopped", stopped).param("h0", horizonStart).param("weeks", weeks).param("hard", hard)
                .param("unplaced", unplaced).param("soft", soft).param("total", lotsTotal)
                .param("placed", lotsPlaced).param("cost", cost).param("rules", JSON.writeValueAsString(rules))
                .param("skipped", JSON.writeValueAsString(skipped)).param("fb", round.forBrandId())
                .param("interrupted", interruptedAfterSeconds).query(Long.class).single();
    }

    public record LotWrite(String key, long orderId, Long existingLotId, int quantity, int dueWeek, Long factoryId,
                           long loadMinutes, BigDecimal costYuan, boolean pinned) {
    }

    public void insertLots(long runId, List<LotWrite> lots) {
        template.batchUpdate("""
                insert into fashion_allocation_run_lot (run_id, lot_key, order_id, existing_lot_id, quantity,
                    due_week, factory_id, load_minutes, cost_yuan, pinned) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lots, 1000, (ps, l) -> {
                    ps.setLong(1, runId);
                    bindLot(ps, l);
                });
    }

    /** Parameters 2–10 of an insert of a version's or a saved plan's lot row (parameter 1 is the owner's id). */
    static void bindLot(java.sql.PreparedStatement ps, LotWrite l) throws java.sql.SQLException {
        ps.setString(2, l.key());
        ps.setLong(3, l.orderId());
        ps.setObject(4, l.existingLotId());
        ps.setInt(5, l.quantity());
        ps.setInt(6, l.dueWeek());
        ps.setObject(7, l.factoryId());
        ps.setLong(8, l.loadMinutes());
        ps.setBigDecimal(9, l.costYuan());
        ps.setBoolean(10, l.pinned());
    }

    private static final String RUN = """
            select r.*, a.accepted_by, a.accepted_at from fashion_allocation_run r
            left join fashion_allocation_acceptance a on a.run_id = r.id
            """;

    public Optional<AllocationVersion> run(long zoneId, long id) {
        return jdbc.sql(RUN + " where r.zone_id = :z and r.id = :id").param("z", zoneId).param("id", id)
                .query(VersionStore::version).optional();
    }

    /** Versions, newest first; a brand or factory sees those that hold lots of its own. */
    public List<AllocationVersion> runs(long zoneId, Long scopeFactory, Long scopeBrand, String season, int limit) {
        return jdbc.sql(RUN + """
                 where r.zone_id = :z and (cast(:season as text) is null or r.season_code = :season)
                   and (cast(:f as bigint) is null or exists (select 1 from fashion_allocation_run_lot x
                        where x.run_id = r.id and x.factory_id = :f))
                   and (cast(:b as bigint) is null or exists (select 1 from fashion_allocation_run_lot x
                        join fashion_order o on o.id = x.order_id where x.run_id = r.id and o.brand_id = :b))
                 order by r.id desc limit :limit
                """).param("z", zoneId).param("season", season).param("f", scopeFactory).param("b", scopeBrand)
                .param("limit", limit).query(VersionStore::version).list();
    }

    private static AllocationVersion version(ResultSet rs, int n) throws SQLException {
        return new AllocationVersion(rs.getLong("id"), rs.getString("season_code"), rs.getString("category_code"),
                rs.getString("town_code"), (Long) rs.getObject("brand_id"), rs.getString("mode"),
                (Long) rs.getObject("parent_run_id"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getInt("time_limit_seconds"), rs.getLong("spent_ms"), rs.getBoolean("stopped"),
                rs.getObject("horizon_start", LocalDate.class), rs.getInt("weeks"), rs.getLong("hard_penalty"),
                rs.getLong("unplaced_lots"), rs.getLong("soft_penalty"), rs.getInt("lots_total"),
                rs.getInt("lots_placed"), rs.getBigDecimal("cost_yuan"),
                JSON.readValue(rs.getString("rule_totals"), new TypeReference<List<AllocationVersion.RuleTotal>>() { }),
                JSON.readValue(rs.getString("skipped_orders"),
                        new TypeReference<List<AllocationVersion.SkippedOrder>>() { }),
                rs.getString("accepted_by"), rs.getObject("accepted_at", OffsetDateTime.class),
                (Long) rs.getObject("for_brand_id"), (Integer) rs.getObject("interrupted_after_seconds"));
    }

    /** Filters of the lots table; the scope parameters are a factory login's factory or a brand login's brand. */
    public record LotQuery(Long scopeFactory, Long scopeBrand, String factory, String order, String town,
                           String category, Boolean placed, String key) {
    }

    public List<AllocationVersionLot> lots(long runId, LotQuery q) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", runId);
        p.put("sf", q.scopeFactory());
        p.put("sb", q.scopeBrand());
        p.put("factory", blank(q.factory()));
        p.put("order", blank(q.order()));
        p.put("town", blank(q.town()));
        p.put("category", blank(q.category()));
        p.put("placed", q.placed());
        p.put("key", q.key());
        return jdbc.sql("""
                select x.lot_key, x.order_id, o.code as order_code, o.brand_id, b.name as brand_name, o.style,
                       o.category_code, o.due_on, x.existing_lot_id, x.quantity, x.factory_id, f.code as factory_code,
                       f.name as factory_name, f.town_code, x.load_minutes, x.cost_yuan, x.pinned,
                       exists (select 1 from fashion_allocation_pin p where p.run_id = x.run_id
                               and p.lot_key = x.lot_key) as pinned_now,
                       (select a.answer from fashion_allocation_brand_answer a where a.run_id = x.run_id
                        and a.order_id = x.order_id) as answer
                from fashion_allocation_run_lot x
                join fashion_order o on o.id = x.order_id
                join fashion_brand b on b.id = o.brand_id
                left join fashion_factory f on f.id = x.factory_id
                where x.run_id = :run
                  and (cast(:sf as bigint) is null or x.factory_id = :sf)
                  and (cast(:sb as bigint) is null or o.brand_id = :sb)
                  and (cast(:factory as text) is null or f.code = upper(:factory))
                  and (cast(:order as text) is null or o.code = upper(:order))
                  and (cast(:town as text) is null or f.town_code = :town)
                  and (cast(:category as text) is null or o.category_code = :category)
                  and (cast(:placed as boolean) is null or (x.factory_id is not null) = :placed)
                  and (cast(:key as text) is null or x.lot_key = :key)
                order by o.code, x.lot_key
                """).params(p).query((rs, n) -> new AllocationVersionLot(rs.getString("lot_key"),
                        rs.getLong("order_id"), rs.getString("order_code"), rs.getLong("brand_id"),
                        rs.getString("brand_name"), rs.getString("style"), rs.getString("category_code"),
                        rs.getObject("due_on", LocalDate.class), (Long) rs.getObject("existing_lot_id"),
                        rs.getInt("quantity"), (Long) rs.getObject("factory_id"), rs.getString("factory_code"),
                        rs.getString("factory_name"), rs.getString("town_code"), rs.getLong("load_minutes"),
                        rs.getBigDecimal("cost_yuan"), rs.getBoolean("pinned"), rs.getBoolean("pinned_now"),
                        rs.getString("answer"))).list();
    }

    public void pin(long runId, String key, String by) {
        jdbc.sql("insert into fashion_allocation_pin (run_id, lot_key, pinned_by) values (:r, :k, :by) "
                + "on conflict do nothing").param("r", runId).param("k", key).param("by", by).update();
    }

    public Set<String> pins(long runId) {
        return Set.copyOf(jdbc.sql("select lot_key from fashion_allocation_pin where run_id = :r").param("r", runId)
                .query(String.class).list());
    }

    /** Records the acceptance; false when the version was already accepted (a second click). */
    public boolean accept(long runId, String by, int written, int skipped) {
        return jdbc.sql("insert into fashion_allocation_acceptance (run_id, accepted_by, lots_written, lots_skipped) "
                        + "values (:r, :by, :w, :s) on conflict do nothing")
                .param("r", runId).param("by", by).param("w", written).param("s", skipped).update() == 1;
    }

    public void lockRun(long runId) {
        jdbc.sql("select id from fashion_allocation_run where id = :r for update").param("r", runId)
                .query(Long.class).optional();
    }

    public boolean answer(long runId, long orderId, String answer, String by) {
        return jdbc.sql("insert into fashion_allocation_brand_answer (run_id, order_id, answer, answered_by) "
                        + "values (:r, :o, :a, :by) on conflict do nothing")
                .param("r", runId).param("o", orderId).param("a", answer).param("by", by).update() == 1;
    }

    public Optional<Long> latestRun(long zoneId, String season) {
        return jdbc.sql("select max(id) from fashion_allocation_run where zone_id = :z and season_code = :s")
                .param("z", zoneId).param("s", season).query(Long.class).optional();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
