package io.zonebrain.enterprise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.Uscc;
import io.zonebrain.enterprise.internal.demo.DemoEnterpriseGenerator;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo zone as the application loaded it. Other tests may add firms to the same zone, so counts are taken
 * over the USCCs the generator produces for the configured seed, which also proves the load is that seed's data.
 */
@ZonebrainTest
class DemoZoneDataTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Zones zones;
    @Autowired
    Dictionaries dictionaries;
    @Autowired
    UserAccounts accounts;
    @Value("${zonebrain.demo.seed}")
    long seed;

    long zoneId;
    List<Zones.Grid> grids;
    String[] demoUsccs;

    @BeforeEach
    void demoZone() {
        zoneId = accounts.findByUsername("admin").orElseThrow().zoneId();
        grids = zones.grids(zoneId);
        List<EnterpriseDraft> expected = new DemoEnterpriseGenerator(seed, grids.stream().map(Zones.Grid::id).toList())
                .demoZone();
        demoUsccs = expected.stream().map(EnterpriseDraft::uscc).toArray(String[]::new);
    }

    @Test
    void theZoneIsFlaggedDemoWithFiveGridsFiveClustersAndItsParks() {
        Zones.Zone zone = zones.find(zoneId).orElseThrow();
        assertThat(zone.demo()).isTrue();
        assertThat(zone.name()).contains("演示");
        assertThat(grids).extracting(Zones.Grid::code).containsExactly("G1", "G2", "G3", "G4", "G5");
        assertThat(dictionaries.entries(zoneId, EnterpriseTags.CLUSTER_KIND))
                .extracting(Dictionaries.Entry::code)
                .containsExactlyInAnyOrder("equipment", "biomed", "fashion", "green-energy", "semicon");
        assertThat(dictionaries.entries(zoneId, EnterpriseTags.CLUSTER_KIND))
                .extracting(Dictionaries.Entry::labelZh).contains("高端装备", "生物医药", "时尚家纺", "绿色能源", "半导体与算力");
        assertThat(dictionaries.entries(zoneId, EnterpriseTags.PARK_KIND)).extracting(Dictionaries.Entry::labelZh)
                .contains("红丰创新带", "临平新城", "东湖片区", "星桥片区", "南苑片区");
    }

    @Test
    void theSeedsFirmsAreAllThere385AboveScaleAnd1000Below() {
        Map<Boolean, Long> byScale = jdbc.sql("select above_scale, count(*) from enterprise "
                        + "where zone_id = :z and uscc = any(:u) group by above_scale")
                .param("z", zoneId).param("u", demoUsccs)
                .query(rs -> {
                    Map<Boolean, Long> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getBoolean(1), rs.getLong(2));
                    }
                    return m;
                });
        assertThat(byScale).containsEntry(true, 385L).containsEntry(false, 1000L);
    }

    @Test
    void tagsHaveThePublishedCounts() {
        Map<String, Long> tags = jdbc.sql("select t.tag_code, count(*) from enterprise_tag t "
                        + "join enterprise e on e.id = t.enterprise_id "
                        + "where e.zone_id = :z and e.uscc = any(:u) group by t.tag_code")
                .param("z", zoneId).param("u", demoUsccs)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(tags).containsEntry(EnterpriseTags.LISTED, 20L)
                .containsEntry(EnterpriseTags.LITTLE_GIANT, 22L)
                .containsEntry(EnterpriseTags.PROVINCIAL_SRDI, 76L)
                .containsEntry(EnterpriseTags.FUTURE_FACTORY, 4L);
        assertThat(tags.get(EnterpriseTags.IPO_NEAR) + tags.get(EnterpriseTags.IPO_MID)
                + tags.get(EnterpriseTags.IPO_LONG)).isEqualTo(100L);
        assertThat(tags).containsKeys(EnterpriseTags.HIGH_TECH, EnterpriseTags.SMART_FACTORY,
                EnterpriseTags.DIGITAL_WORKSHOP, EnterpriseTags.CHAIN_LEADER, EnterpriseTags.SERVICE_MANUFACTURING,
                EnterpriseTags.SINGLE_CHAMPION);
        List<String> unknown = jdbc.sql("select distinct t.tag_code from enterprise_tag t "
                        + "join enterprise e on e.id = t.enterprise_id where e.uscc = any(:u) and not exists "
                        + "(select 1 from platform_dictionary d where d.zone_id = :z and d.kind = 'tag' "
                        + "and d.code = t.tag_code)")
                .param("z", zoneId).param("u", demoUsccs).query(String.class).list();
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyUsccIsValidAndUnique() {
        List<String> usccs = jdbc.sql("select uscc from enterprise where zone_id = :z").param("z", zoneId)
                .query(String.class).list();
        assertThat(usccs).hasSizeGreaterThanOrEqualTo(1_385).doesNotHaveDuplicates()
                .allSatisfy(u -> assertThat(Uscc.isValid(u)).as(u).isTrue());
    }

    @Test
    void everyIndustryCodeIsAnExistingClassAndEveryCodeListEntryExists() {
        long classes = jdbc.sql("select count(*) from enterprise e join enterprise_industry_code c "
                        + "on c.code = e.industry_code and c.level = 4 where e.zone_id = :z and e.uscc = any(:u)")
                .param("z", zoneId).param("u", demoUsccs).query(Long.class).single();
        assertThat(classes).isEqualTo(1_385L);
        long dangling = jdbc.sql("""
                select count(*) from enterprise e where e.zone_id = :z and e.uscc = any(:u) and (
                   not exists (select 1 from platform_dictionary d where d.zone_id = :z and d.kind = 'park'
                               and d.code = e.park_code)
                   or (e.cluster_code is not null and not exists (select 1 from platform_dictionary d
                               where d.zone_id = :z and d.kind = 'cluster' and d.code = e.cluster_code))
                   or not exists (select 1 from platform_grid g where g.zone_id = :z and g.id = e.grid_id))
                """).param("z", zoneId).param("u", demoUsccs).query(Long.class).single();
        assertThat(dangling).isZero();
        long gridsUsed = jdbc.sql("select count(distinct grid_id) from enterprise where zone_id = :z and uscc = any(:u)")
                .param("z", zoneId).param("u", demoUsccs).query(Long.class).single();
        assertThat(gridsUsed).isEqualTo(5L);
    }

    @Test
    void demoUsersHaveTheirRolesAndScopes() {
        UserAccounts.Account officer = accounts.findByUsername("officer").orElseThrow();
        assertThat(officer.role()).isEqualTo(Role.OFFICER);
        assertThat(officer.zoneId()).isEqualTo(zoneId);
        assertThat(officer.gridId()).isNull();

        UserAccounts.Account grid1 = accounts.findByUsername("grid1").orElseThrow();
        assertThat(grid1.role()).isEqualTo(Role.OFFICER);
        assertThat(grid1.gridId()).isEqualTo(grids.get(0).id());
        assertThat(grids.get(0).code()).isEqualTo("G1");

        UserAccounts.Account enterprise = accounts.findByUsername("enterprise").orElseThrow();
        assertThat(enterprise.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(enterprise.gridId()).isNull();
        Boolean aboveScale = jdbc.sql("select above_scale from enterprise where id = :id and zone_id = :z "
                        + "and uscc = any(:u)")
                .param("id", enterprise.enterpriseId()).param("z", zoneId).param("u", demoUsccs)
                .query(Boolean.class).single();
        assertThat(aboveScale).isTrue();
    }
}
