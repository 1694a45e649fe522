package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.Dictionaries;
import io.zonebrain.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A small cluster of its own for a round test: a new town (so the demo's factories stay out), an operator, factories
 * and brands with logins, orders due in 2027AW. Shared context, so every code is unique.
 */
final class AllocationWorld {

    static final LocalDate DUE = LocalDate.of(2027, 9, 30);
    static final List<String> BASIC = List.of("cutting", "sewing");
    private static final AtomicInteger SEQ = new AtomicInteger();

    final String town = "t-rounds-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    final String operator;
    private final FashionFixtures fixtures;
    private final TestUsers users;
    private final Factories factories;
    private final GarmentOrders orders;
    private final AllocationRounds rounds;

    AllocationWorld(FashionFixtures fixtures, TestUsers users, Dictionaries dictionaries, Factories factories,
                    GarmentOrders orders, AllocationRounds rounds) {
        this.fixtures = fixtures;
        this.users = users;
        this.factories = factories;
        this.orders = orders;
        this.rounds = rounds;
        this.operator = fixtures.operator();
        dictionaries.put(users.zoneId(), new Dictionaries.Entry("fashion_town", town, "测试镇", "Test town", 99));
    }

    /** A brand with one login. */
    record Buyer(Brand brand, String user) {
    }

    Buyer buyer() {
        Brand b = fixtures.brand("轮次测试品牌" + SEQ.incrementAndGet());
        return new Buyer(b, fixtures.brandUser(b.id()));
    }

    Factory factory(int workers, String pricePerMinute) {
        FactoryDraft d = new FactoryDraft("轮次测试工厂" + SEQ.incrementAndGet(), FashionFixtures.individualUscc(), town,
                "临平区测试路 3 号", "王测试", "13800000000", workers, 480, new BigDecimal("0.65"), 2, 0,
                LocalDate.of(2024, 3, 1), List.of(new CategoryPrice("dress", new BigDecimal(pricePerMinute))), BASIC);
        return users.as(operator, () -> factories.create(d, "test"));
    }

    GarmentOrder order(Buyer buyer, int quantity, int smallest) {
        OrderDraft d = new OrderDraft(null, null, "轮次测试款" + SEQ.incrementAndGet(), "dress", new BigDecimal("30"),
                quantity, DUE, 2, new BigDecimal("20"), true, smallest, null, BASIC, List.of(), List.of());
        return users.as(buyer.user(), () -> orders.create(d, "test"));
    }

    /** Every brand's orders on the town's factories. */
    AllocationRequest request(int seconds) {
        return new AllocationRequest("2027AW", null, town, null, seconds);
    }

    long round(int seconds) {
        return finished(operator, users.as(operator, () -> rounds.start(request(seconds))));
    }

    /** Waits (as {@code who}, who must see the round) for the round to succeed; returns its version. */
    long finished(String who, UUID id) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            AllocationProgress p = users.as(who, () -> rounds.progress(id));
            if (!p.running()) {
                assertThat(p.status()).as(p.message()).isEqualTo("SUCCEEDED");
                return p.runId();
            }
            sleep(50);
        }
        throw new AssertionError("round did not finish");
    }

    static void await(String what, long seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
