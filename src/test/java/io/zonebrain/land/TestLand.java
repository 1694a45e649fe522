package io.zonebrain.land;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Builds parcels and leases for the land tests, each with a unique code, as a fresh zone admin. */
@Component
class TestLand {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    final TestUsers users;
    final TestEnterprises enterprises;
    final Parcels parcels;
    final Leases leases;
    private String admin;

    TestLand(TestUsers users, TestEnterprises enterprises, Parcels parcels, Leases leases) {
        this.users = users;
        this.enterprises = enterprises;
        this.parcels = parcels;
        this.leases = leases;
    }

    /** A parcel code no other test uses; {@code prefix} lets a test filter for its own parcels. */
    static String code(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet();
    }

    static ParcelDraft draft(String code, Enterprise owner, String areaMu) {
        return new ParcelDraft(code, "测试宗地 " + code, "杭州市临平区测试路 " + code, "industrial",
                new BigDecimal(areaMu), owner == null ? null : owner.uscc());
    }

    static LeaseDraft lease(Enterprise lessee, String mu, LocalDate from, LocalDate to) {
        return new LeaseDraft(lessee.uscc(), new BigDecimal(mu), new BigDecimal("1000"), from, to);
    }

    Parcel parcel(String code, Enterprise owner, String areaMu) {
        return users.as(admin(), () -> parcels.create(draft(code, owner, areaMu), "test"));
    }

    Lease lease(Parcel p, Enterprise lessee, String mu, LocalDate from, LocalDate to) {
        return users.as(admin(), () -> leases.add(p.id(), lease(lessee, mu, from, to), "test"));
    }

    Enterprise enterprise(String name, Long gridId) {
        return enterprises.create(name, gridId);
    }

    synchronized String admin() {
        if (admin == null) {
            admin = users.admin();
        }
        return admin;
    }
}
