package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The best plan so far of a running round, saved so that a server restart does not lose it: a header and the rows
 * the version would get. Replaced as a whole in one transaction, and only while the round is still running.
 */
@Repository
public class SnapshotStore {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    SnapshotStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    /** A saved plan: when it was found, its score, the version's horizon, the orders left out, and its rows. */
    public record Saved(UUID roundId, long foundAfterMs, LocalDate horizonStart, int weeks, long hardPenalty,
                        long unplacedLots, long softPenalty, int lotsPlaced, BigDecimal costYuan,
                        List<AllocationVersion.SkippedOrder> skipped, List<VersionStore.LotWrite> rows) {
    }

    /**
     * Replaces the round's saved plan; false (and nothing written) when the round is no longer running. The round
     * row is locked first (no key update: the version's foreign key check is not blocked), so a round that ends
     * meanwhile either waits for this save or is seen as ended by it.
     */
    public boolean save(Saved plan) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            String state = jdbc.sql("select status from fashion_allocation_round where id = :r for no key update")
                    .param("r", plan.roundId()).query(String.class).optional().orElse(null);
            if (!"RUNNING".equals(state)) {
                return false;
            }
            jdbc.sql("delete from fashion_allocation_snapshot where round_id = :r").param("r", plan.roundId())
                    .update();
            jdbc.sql("""
                    insert into fashion_allocation_snapshot (round_id, found_after_ms, horizon_start, weeks,
                        hard_penalty, unplaced_lots, soft_penalty, lots_total, lots_placed, cost_yuan, skipped_orders)
                    values (:r, :found, :h0, :weeks, :hard, :unplaced, :soft, :total, :placed, :cost,
                        cast(:skipped as jsonb))
                    """).param("r", plan.roundId()).param("found", plan.foundAfterMs())
                    .param("h0", plan.horizonStart()).param("weeks", plan.weeks()).param("hard", plan.hardPenalty())
                    .param("unplaced", plan.unplacedLots()).param("soft", plan.softPenalty())
                    .param("total", plan.rows().size()).param("placed", plan.lotsPlaced())
                    .param("cost", plan.costYuan()).param("skipped", JSON.writeValueAsString(plan.skipped()))
                    .update();
            template.batchUpdate("""
                    insert into fashion_allocation_snapshot_lot (round_id, lot_key, order_id, existing_lot_id,
                        quantity, due_week, factory_id, load_minutes, cost_yuan, pinned)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, plan.rows(), 1000, (ps, l) -> {
                        ps.setObject(1, plan.roundId());
                        VersionStore.bindLot(ps, l);
                    });
            return true;
        }));
    }

    public Optional<Saved> find(UUID roundId) {
        List<VersionStore.LotWrite> rows = jdbc.sql("""
                select lot_key, order_id, existing_lot_id, quantity, due_week, factory_id, load_minutes, cost_yuan,
                       pinned
                from fashion_allocation_snapshot_lot where round_id = :r order by lot_key
                """).param("r", roundId).query((rs, n) -> new VersionStore.LotWrite(rs.getString(1), rs.getLong(2),
                        (Long) rs.getObject(3), rs.getInt(4), rs.getInt(5), (Long) rs.getObject(6), rs.getLong(7),
                        rs.getBigDecimal(8), rs.getBoolean(9))).list();
        return jdbc.sql("""
                select found_after_ms, horizon_start, weeks, hard_penalty, unplaced_lots, soft_penalty, lots_placed,
                       cost_yuan, skipped_orders
                from fashion_allocation_snapshot where round_id = :r
                """).param("r", roundId).query((rs, n) -> new Saved(roundId, rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getInt(7), rs.getBigDecimal(8), JSON.readValue(rs.getString(9),
                                new TypeReference<List<AllocationVersion.SkippedOrder>>() { }), rows)).optional();
    }

    /** Once the round has its version (or has failed), its saved plan is of no more use. */
    public void delete(UUID roundId) {
        jdbc.sql("delete from fashion_allocation_snapshot where round_id = :r").param("r", roundId).update();
    }
}
