package io.zonebrain.fashion.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoFactory;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoLot;
import io.zonebrain.fashion.internal.demo.DemoCluster.DemoOrder;
import io.zonebrain.fashion.internal.demo.DemoCluster.RegistryFirm;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo cluster as a pure function: deterministic, the published figures, and consistent with its own rules. */
class DemoClusterGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final List<RegistryFirm> REGISTRY = List.of(
            new RegistryFirm(11, "91330113MA2H00000" + Uscc.checkCharacter("91330113MA2H00000"), "杭州测试服饰有限公司"),
            new RegistryFirm(12, "91330113MA2H00001" + Uscc.checkCharacter("91330113MA2H00001"), "杭州测试家纺有限公司"));

    static DemoCluster generate(long seed) {
        return new DemoClusterGenerator(seed, TODAY).generate(REGISTRY);
    }

    @Test
    void theSameSeedAndDayGiveTheSameCluster() {
        DemoCluster a = generate(20231231);
        DemoCluster b = generate(20231231);
        assertThat(a).isEqualTo(b);
        assertThat(generate(7).factories().get(5)).isNotEqualTo(a.factories().get(5));
    }

    @Test
    void sizesAreThoseOfTheSeeds() {
        DemoCluster c = generate(20231231);
        assertThat(c.factories()).hasSize(7_600);
        assertThat(c.brands()).hasSize(300);
        assertThat(c.seasons()).containsExactly("2025SS", "2026SS", "2027SS");
        assertThat(c.orders().stream().filter(o -> o.season().equals("2027SS"))).hasSize(2_000);
        assertThat(c.orders().stream().filter(o -> o.season().equals("2025SS"))).hasSize(1_600);
        assertThat(c.orders().stream().filter(o -> o.season().equals("2026SS"))).hasSize(1_720);
        // +15% average output per participating factory, the figure seed 003 publishes
        assertThat(c.outputGrowth()).isCloseTo(0.15, within(0.0005));
    }

    @Test
    void factoriesAreMostlySmallWorkshopsSpreadOverTheTowns() {
        DemoCluster c = generate(20231231);
        long small = c.factories().stream().filter(f -> f.workers() >= 3 && f.workers() <= 60).count();
        assertThat(small).isGreaterThan(7_600 * 85 / 100);
        assertThat(c.factories().stream().map(DemoFactory::town).collect(Collectors.toSet())).hasSize(8);
        assertThat(c.factories().stream().filter(f -> f.uscc().startsWith("92")).count()).isGreaterThan(2_000);
        assertThat(c.factories().stream().filter(f -> f.capacity() == 0).count()).isPositive();
        assertThat(c.factories()).allSatisfy(f -> assertThat(Uscc.isValid(f.uscc())).isTrue());
        assertThat(c.factories().stream().map(DemoFactory::uscc).distinct()).hasSize(7_600);
        assertThat(c.factories().get(1).enterpriseId()).isEqualTo(11L);
        assertThat(c.factories()).allSatisfy(f -> {
            for (int i = 1; i < f.closures().size(); i++) { // never overlapping
                assertThat(f.closures().get(i).from()).isAfter(f.closures().get(i - 1).to());
            }
        });
    }

    @Test
    void everyCompletedLotIsAtAFactoryThatCanMakeItAndOrdersAreCovered() {
        DemoCluster c = generate(20231231);
        for (DemoLot l : c.lots()) {
            DemoOrder o = c.orders().get(l.order());
            DemoFactory f = c.factories().get(l.factory());
            assertThat(f.makes(o.category(), o.processes(), o.quality())).as(o.code()).isTrue();
        }
        Map<Integer, Integer> placed = c.lots().stream().collect(Collectors.groupingBy(DemoLot::order,
                Collectors.summingInt(DemoLot::quantity)));
        for (int i = 0; i < c.orders().size(); i++) {
            DemoOrder o = c.orders().get(i);
            if (o.status().equals("COMPLETED") || o.status().equals("PLACED") || o.status().equals("IN_PRODUCTION")) {
                assertThat(placed.get(i)).as(o.code()).isEqualTo(o.quantity());
            } else {
                assertThat(placed).as(o.code()).doesNotContainKey(i);
            }
        }
        double onTimePrevious = c.lots().stream().filter(l -> c.orders().get(l.order()).season().equals("2026SS"))
                .mapToInt(l -> l.shippedOn().isAfter(c.orders().get(l.order()).due()) ? 0 : 1).average().orElse(0);
        assertThat(onTimePrevious).isBetween(0.85, 0.95);
    }

    @Test
    void theComingSeasonIsAfterTodayAndTheDemoLoginsHaveWorkToDo() {
        DemoCluster c = generate(20231231);
        Season coming = Season.coming(TODAY);
        assertThat(c.orders().stream().filter(o -> o.season().equals(coming.code())))
                .allSatisfy(o -> assertThat(o.due()).isAfter(TODAY.plusDays(13)));
        List<String> factoryOneOpen = c.lots().stream()
                .filter(l -> l.factory() == 0 && !l.status().equals("SHIPPED")).map(DemoLot::status).toList();
        assertThat(factoryOneOpen).startsWith("PROPOSED", "CONFIRMED", "IN_PRODUCTION");
        assertThat(c.lots().stream().filter(l -> l.factory() == 0 && l.status().equals("SHIPPED")).count())
                .isGreaterThanOrEqualTo(8);
        Set<Integer> brandOneOrders = new HashSet<>();
        for (int i = 0; i < c.orders().size(); i++) {
            if (c.orders().get(i).brand() == 0) {
                brandOneOrders.add(i);
            }
        }
        assertThat(brandOneOrders.size()).isGreaterThan(20);
        assertThat(c.orders().stream().filter(o -> !o.preferred().isEmpty()).count()).isPositive();
        assertThat(c.orders().stream().filter(o -> !o.blocked().isEmpty()).count()).isPositive();
    }
}
