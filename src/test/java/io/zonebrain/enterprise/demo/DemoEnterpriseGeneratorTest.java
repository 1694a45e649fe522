package io.zonebrain.enterprise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.Uscc;
import io.zonebrain.enterprise.internal.demo.DemoEnterpriseGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator alone, in memory: determinism, the published counts, valid identifiers, real industry classes. */
class DemoEnterpriseGeneratorTest {

    private static final long SEED = 20231231L;
    private static final List<Long> GRIDS = List.of(11L, 12L, 13L, 14L, 15L);
    private static List<EnterpriseDraft> demo;
    private static List<EnterpriseDraft> synthetic;

    @BeforeAll
    static void generate() {
        DemoEnterpriseGenerator generator = new DemoEnterpriseGenerator(SEED, GRIDS);
        demo = generator.demoZone();
        synthetic = generator.synthetic(20_000);
    }

    @Test
    void sameSeedGivesTheSameZoneAndTheSameSyntheticLoad() {
        DemoEnterpriseGenerator again = new DemoEnterpriseGenerator(SEED, GRIDS);
        assertThat(again.demoZone()).isEqualTo(demo);
        assertThat(again.synthetic(2_000)).isEqualTo(synthetic.subList(0, 2_000));
    }

    @Test
    void anotherSeedGivesAnotherZone() {
        List<EnterpriseDraft> other = new DemoEnterpriseGenerator(SEED + 1, GRIDS).demoZone();
        assertThat(other).hasSameSizeAs(demo).isNotEqualTo(demo);
        assertThat(other.get(0).uscc()).isNotEqualTo(demo.get(0).uscc());
    }

    @Test
    void hasThe385AboveScaleAndThe1000LandHoldingFirms() {
        assertThat(demo).hasSize(1_385);
        assertThat(demo.stream().filter(EnterpriseDraft::aboveScale)).hasSize(385);
        assertThat(demo.stream().filter(d -> !d.aboveScale())).hasSize(1_000)
                .allSatisfy(d -> assertThat(d.ownLandMu()).isPositive());
    }

    @Test
    void tagsMatchThePublishedCounts() {
        assertThat(count(demo, EnterpriseTags.LISTED)).isEqualTo(20);
        assertThat(count(demo, EnterpriseTags.LITTLE_GIANT)).isEqualTo(22);
        assertThat(count(demo, EnterpriseTags.PROVINCIAL_SRDI)).isEqualTo(76);
        assertThat(count(demo, EnterpriseTags.IPO_NEAR) + count(demo, EnterpriseTags.IPO_MID)
                + count(demo, EnterpriseTags.IPO_LONG)).isEqualTo(100);
        assertThat(count(demo, EnterpriseTags.FUTURE_FACTORY)).isEqualTo(4);
        assertThat(count(demo, EnterpriseTags.HIGH_TECH)).isBetween(300L, 700L);
        assertThat(count(demo, EnterpriseTags.CHAIN_LEADER)).isBetween(5L, 20L);
        assertThat(count(demo, EnterpriseTags.SINGLE_CHAMPION)).isBetween(1L, 10L);
        assertThat(demo.stream().filter(d -> d.tags().contains(EnterpriseTags.LISTED)))
                .allSatisfy(d -> assertThat(d.aboveScale()).isTrue())
                .allSatisfy(d -> assertThat(d.name()).endsWith("股份有限公司"));
        assertThat(demo.stream().filter(d -> d.tags().contains(EnterpriseTags.LITTLE_GIANT)))
                .allSatisfy(d -> assertThat(d.aboveScale()).isTrue());
        assertThat(demo.stream().filter(d -> d.tags().contains(EnterpriseTags.PROVINCIAL_SRDI) && d.aboveScale()))
                .hasSizeGreaterThan(50);
    }

    @Test
    void usccsAreValidAndUniqueAcrossDemoAndSyntheticFirms() {
        Set<String> seen = new HashSet<>();
        for (EnterpriseDraft d : all()) {
            assertThat(Uscc.isValid(d.uscc())).as(d.uscc()).isTrue();
            assertThat(d.uscc()).startsWith("91330113");
            assertThat(seen.add(d.uscc())).as("duplicate " + d.uscc()).isTrue();
        }
    }

    @Test
    void namesAreUniqueAndFictional() {
        Set<String> seen = new HashSet<>();
        for (EnterpriseDraft d : all()) {
            assertThat(d.name()).matches("(杭州|浙江|杭州临平)\\p{IsHan}+(股份)?有限公司");
            assertThat(seen.add(d.name())).as("duplicate " + d.name()).isTrue();
            assertThat(d.name()).doesNotContain("老板", "春风", "西奥", "贝达", "福斯达", "南都");
        }
    }

    @Test
    void everyIndustryCodeIsAClassOfTheShippedCodeTable() throws IOException {
        Set<String> classes = levelFourCodes();
        assertThat(classes).hasSizeGreaterThan(1_300);
        assertThat(all()).allSatisfy(d -> assertThat(classes).contains(d.industryCode()));
    }

    @Test
    void firmsSpreadOverAllGridsParksAndClusters() {
        assertThat(demo.stream().map(EnterpriseDraft::gridId).distinct()).containsExactlyInAnyOrderElementsOf(GRIDS);
        assertThat(demo.stream().map(EnterpriseDraft::clusterCode).filter(c -> c != null).distinct())
                .containsExactlyInAnyOrder("equipment", "biomed", "fashion", "green-energy", "semicon");
        assertThat(demo.stream().map(EnterpriseDraft::parkCode).distinct()).contains("hongfeng", "newtown", "donghu",
                "xingqiao", "nanyuan");
        assertThat(demo.stream().filter(EnterpriseDraft::aboveScale)).allSatisfy(d ->
                assertThat(d.clusterCode()).isNotNull());
    }

    @Test
    void aboveScaleFirmsHoldMoreLandAndMostNameAChiefDataOfficer() {
        assertThat(median(true)).isGreaterThan(median(false).multiply(BigDecimal.valueOf(2)));
        long above = demo.stream().filter(EnterpriseDraft::aboveScale).count();
        long withCdo = demo.stream().filter(EnterpriseDraft::aboveScale)
                .filter(d -> d.contacts().stream().anyMatch(c -> c.chiefDataOfficer())).count();
        assertThat(withCdo).isGreaterThan(above * 3 / 4);
        assertThat(demo).allSatisfy(d -> assertThat(d.contacts().stream().filter(c -> c.chiefDataOfficer()))
                .hasSizeLessThanOrEqualTo(1));
    }

    private static List<EnterpriseDraft> all() {
        List<EnterpriseDraft> all = new ArrayList<>(demo);
        all.addAll(synthetic);
        return all;
    }

    private static long count(List<EnterpriseDraft> drafts, String tag) {
        return drafts.stream().filter(d -> d.tags().contains(tag)).count();
    }

    private static BigDecimal median(boolean aboveScale) {
        List<BigDecimal> land = demo.stream().filter(d -> d.aboveScale() == aboveScale)
                .map(EnterpriseDraft::ownLandMu).sorted().toList();
        return land.get(land.size() / 2);
    }

    private static Set<String> levelFourCodes() throws IOException {
        try (InputStream in = DemoEnterpriseGeneratorTest.class
                .getResourceAsStream("/db/migration/V3__enterprise_industry_codes.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> codes = new HashSet<>();
            Matcher m = Pattern.compile("\\('(\\d{4})', 4,").matcher(sql);
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
    }
}
