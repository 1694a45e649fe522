package io.zonebrain.fashion.allocation.model;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A lot of a brand's order (or a GAP job): the unit the engine places on one factory.
 *
 * <p>An order that may be split arrives as several pre-cut lots of the same {@code orderId}; one that may not is a
 * single lot. A lot that cannot be placed without breaking a hard rule stays unplaced ({@code factory == null}).
 *
 * <p>The load a lot puts on a factory is {@code SAM × quantity / efficiency} standard minutes, or comes from an
 * explicit table indexed by {@link Factory#index()} (quotes, or the benchmark's resource matrix); the same for cost.
 */
@PlanningEntity
public class Lot {

    @PlanningId
    private String id;
    private String orderId;
    private String brandId;
    private String category;
    private Set<String> processes;
    private int qualityLevel;
    private long quantity;
    private double samMinutes;
    private int dueWeek;
    private Set<String> preferredFactoryIds;
    private Set<String> blockedFactoryIds;
    private long[] loadTable;
    private long[] costTable;
    private List<Factory> candidates;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidateFactories", allowsUnassigned = true)
    private Factory factory;

    @SuppressWarnings("unused") // the solver's cloner
    private Lot() {
    }

    public Lot(LotTerms terms, List<Factory> candidates) {
        this.id = terms.id();
        this.orderId = terms.orderId();
        this.brandId = terms.brandId();
        this.category = terms.category();
        this.processes = terms.processes();
        this.qualityLevel = terms.qualityLevel();
        this.quantity = terms.quantity();
        this.samMinutes = terms.samMinutes();
        this.dueWeek = terms.dueWeek();
        this.preferredFactoryIds = terms.preferredFactoryIds();
        this.blockedFactoryIds = terms.blockedFactoryIds();
        this.loadTable = terms.loadTable();
        this.costTable = terms.costTable();
        this.candidates = candidates;
    }

    /** Standard minutes this lot takes at {@code f}, rounded up. */
    public long loadOn(Factory f) {
        if (loadTable != null) {
            return loadTable[f.index()];
        }
        return (long) Math.ceil(samMinutes * quantity / f.efficiency() - 1e-9);
    }

    /** What placing this lot at {@code f} costs, in fen: price plus transport, or the table's figure. */
    public long costOn(Factory f) {
        if (costTable != null) {
            return costTable[f.index()];
        }
        Long price = f.piecePrice() == null ? null : f.piecePrice().get(category);
        return quantity * ((price == null ? 0 : price) + f.transportPerPiece());
    }

    public long load() {
        return factory == null ? 0 : loadOn(factory);
    }

    public long cost() {
        return factory == null ? 0 : costOn(factory);
    }

    /**
     * Whether {@code f} may take this lot by every rule that concerns the lot alone: category, processes, quality,
     * not blocked, and enough minutes before the due week if the factory had nothing else to do.
     */
    public boolean canBeMadeAt(Factory f) {
        return f.makes(category) && f.runsAll(processes) && f.qualityLevel() >= qualityLevel && !isBlockedAt(f)
                && loadOn(f) <= f.minutesUpTo(dueWeek);
    }

    public boolean isBlockedAt(Factory f) {
        return blockedFactoryIds != null && blockedFactoryIds.contains(f.id());
    }

    public boolean isPreferredAt(Factory f) {
        return preferredFactoryIds != null && preferredFactoryIds.contains(f.id());
    }

    /** The explicit load table, or {@code null} when load is computed from SAM. */
    public long[] getLoadTable() {
        return loadTable;
    }

    /** The explicit cost table, or {@code null} when cost is computed from prices. */
    public long[] getCostTable() {
        return costTable;
    }

    @ValueRangeProvider(id = "candidateFactories")
    public List<Factory> getCandidates() {
        return candidates;
    }

    public Factory getFactory() {
        return factory;
    }

    public void setFactory(Factory factory) {
        this.factory = factory;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public String getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getCategory() {
        return category;
    }

    public Set<String> getProcesses() {
        return processes;
    }

    public int getQualityLevel() {
        return qualityLevel;
    }

    public long getQuantity() {
        return quantity;
    }

    public double getSamMinutes() {
        return samMinutes;
    }

    public int getDueWeek() {
        return dueWeek;
    }

    public Set<String> getPreferredFactoryIds() {
        return preferredFactoryIds;
    }

    public Set<String> getBlockedFactoryIds() {
        return blockedFactoryIds;
    }

    @Override
    public String toString() {
        return id + "->" + factory;
    }
}
