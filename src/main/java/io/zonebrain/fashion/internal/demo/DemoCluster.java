package io.zonebrain.fashion.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the demo generator produces: plain values, written by {@link DemoClusterWriter}. Indexes refer to lists. */
record DemoCluster(List<DemoFactory> factories, List<DemoBrand> brands, List<String> seasons,
                   List<DemoOrder> orders, List<DemoLot> lots, double outputGrowth) {

    /** A registry enterprise of the fashion cluster, read through the registry's published view. */
    record RegistryFirm(long enterpriseId, String uscc, String name) {
    }

    record DemoFactory(String code, String name, String uscc, Long enterpriseId, String town, String address,
                       String contactName, String phone, int workers, int minutesPerDay, BigDecimal efficiency,
                       int quality, int minOrder, LocalDate joinedOn, Map<String, BigDecimal> prices,
                       List<String> processes, List<DemoClosure> closures) {

        double capacity() {
            return workers * minutesPerDay * efficiency.doubleValue();
        }

        boolean makes(String category, List<String> required, int level) {
            return quality >= level && prices.containsKey(category) && processes.containsAll(required)
                    && capacity() > 0;
        }
    }

    record DemoClosure(LocalDate from, LocalDate to, String reason) {
    }

    record DemoBrand(String code, String name, String contactName, String phone, String email, String city) {
    }

    record DemoOrder(String code, int brand, String season, String style, String category, BigDecimal sam,
                     int quantity, LocalDate due, int quality, BigDecimal targetPrice, boolean maySplit,
                     Integer smallestLot, String status, List<String> processes, OffsetDateTime postedAt,
                     List<Integer> preferred, List<Integer> blocked) {
    }

    record DemoLot(int order, int lotNo, int factory, int quantity, BigDecimal unitPrice, String status,
                   LocalDate plannedStart, LocalDate plannedFinish, LocalDate shippedOn,
                   List<DemoMilestone> milestones, Integer score, BigDecimal defectRate, OffsetDateTime ratedAt) {

        DemoLot withPrice(BigDecimal price) {
            return new DemoLot(order, lotNo, factory, quantity, price, status, plannedStart, plannedFinish, shippedOn,
                    milestones, score, defectRate, ratedAt);
        }
    }

    record DemoMilestone(String step, OffsetDateTime at) {
    }
}
