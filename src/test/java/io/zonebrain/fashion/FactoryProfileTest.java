package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A factory's profile: the rules, derived capacity, the calendar and optimistic locking. */
@ZonebrainTest
class FactoryProfileTest {

    @Autowired
    Factories factories;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    TestUsers users;

    @Test
    void capacityIsWorkersTimesMinutesTimesEfficiency() {
        Factory f = fixtures.factory("测试制衣厂 capacity");
        assertThat(f.capacityMinutesPerDay()).isEqualByComparingTo("6240.0"); // 20 × 480 × 0.65
        assertThat(f.allocatable()).isTrue();
        assertThat(f.code()).matches("F\\d{5,}");
        assertThat(f.individualBusiness()).isTrue();
        assertThat(f.categories()).extracting(CategoryPrice::category).containsExactly("dress", "knitwear");
    }

    @Test
    void zeroCapacityIsAllowedButNotAllocatable() {
        FactoryDraft d = FashionFixtures.draft("测试停工作坊");
        FactoryDraft idle = new FactoryDraft(d.name(), d.uscc(), d.townCode(), null, null, null, 0, 480,
                d.efficiency(), 1, 0, null, d.categories(), d.processes());
        Factory f = users.as(fixtures.operator(), () -> factories.create(idle, "test"));
        assertThat(f.capacityMinutesPerDay()).isZero();
        assertThat(f.allocatable()).isFalse();
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsField() {
        FactoryDraft bad = new FactoryDraft(" ", "92330113000000000X", "mars", null, null, "call me", -3, 2000,
                new BigDecimal("2"), 4, -1, null,
                List.of(new CategoryPrice("spacesuits", BigDecimal.ONE), new CategoryPrice("dress", BigDecimal.ZERO)),
                List.of());
        assertThatThrownBy(() -> users.as(fixtures.operator(), () -> factories.create(bad, "test")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("factory.name", "factory.uscc", "factory.town", "factory.contactPhone",
                                "factory.workers", "factory.minutesPerDay", "factory.efficiency",
                                "factory.qualityLevel", "factory.minOrderPieces", "factory.categories",
                                "factory.prices", "factory.processes"));
    }

    @Test
    void aUsccWithAWrongCheckCharacterIsRefusedAndOneInUseToo() {
        Factory first = fixtures.factory("测试 USCC 工厂");
        String wrong = first.uscc().substring(0, 17) + (first.uscc().charAt(17) == '0' ? "1" : "0");
        FactoryDraft d = FashionFixtures.draft("测试 USCC 工厂二");
        assertThatThrownBy(() -> users.as(fixtures.operator(), () -> factories.create(withUscc(d, wrong), "t")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("validation.uscc.check"));
        assertThatThrownBy(() -> users.as(fixtures.operator(), () -> factories.create(withUscc(d, first.uscc()),
                "t")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageCode).containsExactly("fashion.validation.uscc.taken"));
    }

    @Test
    void overlappingClosuresAreRefusedNamingTheOneTheyOverlap() {
        Factory f = fixtures.factory("测试日历工厂");
        String op = fixtures.operator();
        users.as(op, () -> factories.addClosure(f.id(), LocalDate.of(2027, 1, 30), LocalDate.of(2027, 2, 20),
                "春节"));
        assertThatThrownBy(() -> users.as(op, () -> factories.addClosure(f.id(), LocalDate.of(2027, 2, 18),
                LocalDate.of(2027, 2, 25), "检修")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::messageCode)
                            .containsExactly("fashion.validation.closure.overlap");
                    assertThat(e.errors().get(0).args()).containsExactly("2027-01-30", "2027-02-20");
                });
        assertThatThrownBy(() -> users.as(op, () -> factories.addClosure(f.id(), LocalDate.of(2027, 3, 5),
                LocalDate.of(2027, 3, 1), null)))
                .isInstanceOf(ValidationException.class);
        Factory after = users.as(op, () -> factories.addClosure(f.id(), LocalDate.of(2027, 2, 21),
                LocalDate.of(2027, 2, 25), "检修"));
        assertThat(after.closures()).hasSize(2);
        Factory removed = users.as(op, () -> factories.removeClosure(f.id(), after.closures().get(1).id()));
        assertThat(removed.closures()).hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictNotALostUpdate() {
        Factory f = fixtures.factory("测试并发工厂");
        String op = fixtures.operator();
        FactoryDraft d = f.toDraft();
        users.as(op, () -> factories.update(f.id(), f.version(), withWorkers(d, 30), "first"));
        assertThatThrownBy(() -> users.as(op, () -> factories.update(f.id(), f.version(), withWorkers(d, 40),
                "second")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(users.as(op, () -> factories.get(f.id())).workers()).isEqualTo(30);
    }

    @Test
    void aFactoryKeepsItsOwnProfileAndCalendar() {
        Factory f = fixtures.factory("测试自管工厂");
        String own = fixtures.factoryUser(f.id());
        Factory updated = users.as(own, () -> factories.update(f.id(), f.version(), withWorkers(f.toDraft(), 25),
                "own edit"));
        assertThat(updated.workers()).isEqualTo(25);
        assertThat(users.as(own, factories::mine).id()).isEqualTo(f.id());
        users.as(own, () -> factories.addClosure(f.id(), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3),
                "劳动节"));
    }

    static FactoryDraft withUscc(FactoryDraft d, String uscc) {
        return new FactoryDraft(d.name(), uscc, d.townCode(), d.address(), d.contactName(), d.contactPhone(),
                d.workers(), d.minutesPerDay(), d.efficiency(), d.qualityLevel(), d.minOrderPieces(), d.joinedOn(),
                d.categories(), d.processes());
    }

    static FactoryDraft withWorkers(FactoryDraft d, int workers) {
        return new FactoryDraft(d.name(), d.uscc(), d.townCode(), d.address(), d.contactName(), d.contactPhone(),
                workers, d.minutesPerDay(), d.efficiency(), d.qualityLevel(), d.minOrderPieces(), d.joinedOn(),
                d.categories(), d.processes());
    }
}
