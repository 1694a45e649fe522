package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.util.List;

/**
 * The virtual group in numbers for officials and the operator. Amounts in yuan, capacity in standard minutes.
 * Utilisation = standard minutes of the season's lots (not declined) / capacity over the season's working days
 * (six days a week, less each factory's closures); a factory making several categories counts towards each.
 */
public record ClusterDashboard(Participants participants, OrderBook coming, SeasonFigures previous,
                               SeasonFigures earlier, Double outputGrowth, List<Slice> byTown,
                               List<Slice> byCategory, List<Band> sizeBands, List<SeasonFigures> seasons) {

    /** Who takes part: factories (of them in the registry, individual businesses, with capacity), brands, workers. */
    public record Participants(long factories, long inRegistry, long individual, long allocatable, long brands,
                               long workers, BigDecimal capacityPerDay) {
    }

    /** The coming season's orders: how many, pieces, standard minutes, still open, and share of the capacity. */
    public record OrderBook(String season, long orders, long pieces, BigDecimal minutes, long openOrders,
                            BigDecimal seasonCapacity) {

        public Double demandShare() {
            return seasonCapacity.signum() == 0 ? null : minutes.doubleValue() / seasonCapacity.doubleValue();
        }
    }

    /** A season's delivery: value shipped, lots, on time, average quality, factories that shipped. */
    public record SeasonFigures(String season, BigDecimal outputYuan, long shippedLots, long onTimeLots,
                                BigDecimal averageScore, long participants) {

        public Double onTimeRate() {
            return shippedLots == 0 ? null : (double) onTimeLots / shippedLots;
        }

        public BigDecimal outputPerParticipant() {
            return participants == 0 ? BigDecimal.ZERO
                    : outputYuan.divide(BigDecimal.valueOf(participants), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A town or category: factories, capacity per day, capacity and booked minutes over the season. */
    public record Slice(String code, long factories, long workers, BigDecimal capacityPerDay,
                        BigDecimal seasonCapacity, BigDecimal bookedMinutes) {

        public Double utilisation() {
            return seasonCapacity.signum() == 0 ? null : bookedMinutes.doubleValue() / seasonCapacity.doubleValue();
        }
    }

    /** Factories by size band (workers). */
    public record Band(String band, long factories) {
    }
}
