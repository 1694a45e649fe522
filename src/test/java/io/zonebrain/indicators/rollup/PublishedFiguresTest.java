package io.zonebrain.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.ZoneSummary;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo zone reproduces every figure the seed articles publish (data/published/linping-figures.csv): totals
 * within ±0.5%, growth and shares within ±0.2 percentage points, through the service and through the API.
 */
@ZonebrainTest
class PublishedFiguresTest {

    private static final double YI = 1e8;

    @Autowired EconomicRollups rollups;
    @Autowired TestUsers users;
    @Autowired MockMvc mvc;

    @Test
    void december2023MatchesThePublishedYear() {
        ZoneSummary s = users.as(users.officer(), () -> rollups.zoneSummary(YearMonth.of(2023, 12), null));
        assertTotal(s.aboveScaleOutputYtd(), 1214);
        assertThat(s.aboveScaleOutputYoy()).isCloseTo(0.050, within(0.002));
        assertTotal(s.valueAddedYtd(), 337);
        assertThat(s.valueAddedYoy()).isCloseTo(0.052, within(0.002));
        assertTotal(s.highTechOutputYtd(), 1004.85);
        assertThat(s.highTechShare()).isCloseTo(0.827, within(0.002));
        assertThat(s.highTechOutputYoy()).isCloseTo(0.0691, within(0.002));
        assertThat(s.enterprisesAbove100m()).isBetween(123, 127);
        assertThat(s.shareOfOutputAbove100m()).isGreaterThan(0.92).isCloseTo(0.92, within(0.002));
        assertThat(s.aboveScaleEnterprises()).isEqualTo(385);
    }

    @Test
    void june2023MatchesThePublishedHalfYear() {
        ZoneSummary s = users.as(users.officer(), () -> rollups.zoneSummary(YearMonth.of(2023, 6), null));
        assertTotal(s.aboveScaleOutputYtd(), 558);
        assertThat(s.aboveScaleOutputYoy()).isCloseTo(0.053, within(0.002));
    }

    @Test
    void theApiAnswersTheSameFigures() throws Exception {
        String json = mvc.perform(get("/api/v1/indicators/zone-summary").param("period", "2023-12")
                        .with(httpBasic(users.admin(), TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.period")).isEqualTo("2023-12");
        assertThat(JsonPath.<Integer>read(json, "$.aboveScaleEnterprises")).isEqualTo(385);
        assertThat(number(json, "$.aboveScaleOutputYtd") / YI).isCloseTo(1214, within(1214 * 0.005));
        assertThat(number(json, "$.aboveScaleOutputYoy")).isCloseTo(0.050, within(0.002));
        assertThat(number(json, "$.valueAddedYtd") / YI).isCloseTo(337, within(337 * 0.005));
        assertThat(number(json, "$.valueAddedYoy")).isCloseTo(0.052, within(0.002));
        assertThat(number(json, "$.highTechOutputYtd") / YI).isCloseTo(1004.85, within(1004.85 * 0.005));
        assertThat(number(json, "$.highTechShare")).isCloseTo(0.827, within(0.002));
        assertThat(JsonPath.<Integer>read(json, "$.enterprisesAbove100m")).isBetween(123, 127);
        assertThat(number(json, "$.shareOfOutputAbove100m")).isGreaterThan(0.92);
    }

    private static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    private static void assertTotal(BigDecimal yuan, double publishedYi) {
        assertThat(yuan.doubleValue() / YI).isCloseTo(publishedYi, within(publishedYi * 0.005));
    }
}
