package io.zonebrain.support;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Builds valid, unique enterprises for tests; each test varies only what it is about. */
@Component
public class TestEnterprises {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final EnterpriseRegistry registry;
    private final TestUsers users;

    public TestEnterprises(EnterpriseRegistry registry, TestUsers users) {
        this.registry = registry;
        this.users = users;
    }

    /** A fresh valid USCC: 91 + 330113 (临平) + 9 serial digits + check character. */
    public static String newUscc() {
        String first17 = "91330113" + String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        return first17 + Uscc.checkCharacter(first17);
    }

    public static EnterpriseDraft draft(String name, Long gridId) {
        return new EnterpriseDraft(newUscc(), name, "张测试", LocalDate.of(2010, 5, 1), new BigDecimal("50000000"),
                "杭州市临平区测试路 1 号", null, gridId, "3411", null, true, new BigDecimal("30.5"),
                new BigDecimal("2"), List.of("high-tech"),
                List.of(new Contact("李数据", "CIO", "0571-86000000", "cdo@example.com", true)));
    }

    /** Registers an enterprise as a fresh zone admin. */
    public Enterprise create(String name, Long gridId) {
        String admin = users.admin();
        return users.as(admin, () -> registry.create(draft(name, gridId), "test"));
    }
}
