package io.zonebrain.enterprise;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The GB/T 4754-2017 code table shipped as data (migration V3). */
@Service
public class IndustryCodes {

    private final JdbcClient jdbc;

    public IndustryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IndustryCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select code, level, section, name from enterprise_industry_code where code = :c")
                .param("c", code.strip()).query(IndustryCode.class).optional();
    }

    /** The 4-digit classes (小类) an enterprise is registered under, for pickers. */
    public List<IndustryCode> classes() {
        return jdbc.sql("select code, level, section, name from enterprise_industry_code where level = 4 order by code")
                .query(IndustryCode.class).list();
    }

    /** Sections and divisions, for the list filter. */
    public List<IndustryCode> sectionsAndDivisions() {
        return jdbc.sql("select code, level, section, name from enterprise_industry_code where level <= 2 "
                        + "order by section, level, code")
                .query(IndustryCode.class).list();
    }

    public record IndustryCode(String code, int level, String section, String name) {
    }
}
