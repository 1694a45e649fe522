package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The land pages as an officer uses them: filters, sorting, export, the parcel page with its chart, the forms. */
@ZonebrainTest
class LandPagesTest {

    @Autowired TestLand land;
    @Autowired Parcels parcels;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @Test
    void filtersCombineSortAndTheExportHoldsExactlyTheFilteredParcels() throws Exception {
        String prefix = TestLand.code("PG");
        Enterprise owner = land.enterprise("页面测试甲权利人有限公司", null);
        Enterprise tenant = land.enterprise("页面测试甲承租有限公司", null);
        Parcel big = land.parcel(prefix + "-BIG", owner, "120");
        land.lease(big, tenant, "30", LocalDate.of(2020, 1, 1), null);
        Parcel small = land.parcel(prefix + "-SMALL", owner, "8");
        Parcel ended = land.parcel(prefix + "-ENDED", owner, "50");
        land.lease(ended, tenant, "10", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));
        String officer = land.users.officer();

        mvc.perform(get("/land/parcels").param("q", prefix).param("hasLessees", "true").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-BIG")))
                .andExpect(content().string(not(containsString(prefix + "-ENDED"))))
                .andExpect(content().string(not(containsString(prefix + "-SMALL"))));
        mvc.perform(get("/land/parcels").param("q", prefix).param("lessee", tenant.uscc().substring(4))
                        .param("minArea", "40").with(as(officer)))
                .andExpect(content().string(containsString(prefix + "-BIG")))
                .andExpect(content().string(containsString(prefix + "-ENDED")))
                .andExpect(content().string(not(containsString(prefix + "-SMALL"))));
        mvc.perform(get("/land/parcels").param("q", prefix).param("maxArea", "10").param("owner", "页面测试甲权利人")
                        .param("landUse", "industrial").header("HX-Request", "true").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "-SMALL")))
                .andExpect(content().string(not(containsString(prefix + "-BIG"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/land/parcels").param("q", prefix).param("minArea", "abc").with(as(officer)))
                .andExpect(status().isOk());

        var sorted = land.users.as(officer, () -> parcels.list(new ParcelFilter(prefix, null, null, null, null, null,
                null, "area", true, 0, 10)));
        assertThat(sorted.items()).extracting(ParcelSummary::parcelCode)
                .containsExactly(prefix + "-BIG", prefix + "-ENDED", prefix + "-SMALL");
        assertThat(sorted.items().get(0).leasedMu()).isEqualByComparingTo("30");
        assertThat(sorted.items().get(1).leasedMu()).isEqualByComparingTo("0");

        byte[] xlsx = mvc.perform(get("/land/parcels/export.xlsx").param("q", prefix).param("minArea", "40")
                        .with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().contentType(ExcelExport.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("宗地号");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(List.of(row.getCell(0).getStringCellValue(),
                            row.getCell(6) == null ? "" : row.getCell(6).getStringCellValue()));
                }
            }
        }
        assertThat(rows).containsExactly(List.of(prefix + "-BIG", ""), List.of(prefix + "-BIG", tenant.uscc()),
                List.of(prefix + "-ENDED", ""), List.of(prefix + "-ENDED", tenant.uscc()));
    }

    @Test
    void theParcelPageShowsOwnerLeasesTheirStateAndTheAreaSplit() throws Exception {
        Enterprise owner = land.enterprise("页面测试乙权利人有限公司", null);
        Enterprise tenant = land.enterprise("页面测试乙承租有限公司", null);
        Enterprise former = land.enterprise("页面测试乙旧承租有限公司", null);
        Parcel p = land.parcel(TestLand.code("PG"), owner, "60");
        land.lease(p, tenant, "25", LocalDate.of(2020, 1, 1), null);
        land.lease(p, former, "40", LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31));
        String officer = land.users.officer();
        mvc.perform(get("/land/parcels/" + p.id()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测试乙权利人有限公司")))
                .andExpect(content().string(containsString("在租")))
                .andExpect(content().string(containsString("已终止")))
                .andExpect(content().string(containsString("id=\"area-split-chart\"")))
                .andExpect(content().string(containsString("页面测试乙权利人有限公司 自用")))
                .andExpect(content().string(containsString("&quot;value&quot;:35")))
                .andExpect(content().string(containsString("/js/land.js")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/land/parcels/" + p.id()).param("lang", "en").with(as(officer)))
                .andExpect(content().string(containsString("In force")))
                .andExpect(content().string(containsString("Leased out today")));
    }

    @Test
    void theParcelFormNamesEveryBadFieldKeepsWhatWasTypedAndReportsAConflict() throws Exception {
        String officer = land.users.officer();
        mvc.perform(post("/land/parcels").with(as(officer)).with(csrf())
                        .param("parcelCode", "坏 code").param("parcelName", "表单测试宗地")
                        .param("landUse", "industrial").param("parcelAreaMu", "abc")
                        .param("ownerUscc", "91330113000000000X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("宗地号: ")))
                .andExpect(content().string(containsString("宗地面积（亩）: ")))
                .andExpect(content().string(containsString("不是数字")))
                .andExpect(content().string(containsString("不是有效的统一社会信用代码")))
                .andExpect(content().string(containsString("value=\"表单测试宗地\"")));

        Enterprise owner = land.enterprise("页面测试丙权利人有限公司", null);
        String code = TestLand.code("PG");
        mvc.perform(post("/land/parcels").with(as(officer)).with(csrf())
                        .param("parcelCode", code).param("landUse", "warehouse").param("parcelAreaMu", "33.3")
                        .param("ownerUscc", owner.uscc()).param("reason", "新登记"))
                .andExpect(status().is3xxRedirection());
        Parcel p = land.users.as(officer, () -> parcels.list(new ParcelFilter(code, null, null, null, null, null,
                null, null, false, 0, 5))).items().stream().findFirst()
                .map(s -> land.users.as(officer, () -> parcels.get(s.id()))).orElseThrow();
        assertThat(p.landUse()).isEqualTo("warehouse");
        mvc.perform(post("/land/parcels/" + p.id()).with(as(officer)).with(csrf()).param("version", "0")
                        .param("parcelCode", code).param("landUse", "warehouse").param("parcelAreaMu", "34")
                        .param("ownerUscc", owner.uscc()))
                .andExpect(redirectedUrl("/land/parcels/" + p.id() + "?saved"));
        mvc.perform(post("/land/parcels/" + p.id()).with(as(officer)).with(csrf()).param("version", "0")
                        .param("parcelCode", code).param("landUse", "warehouse").param("parcelAreaMu", "35")
                        .param("ownerUscc", owner.uscc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(land.users.as(officer, () -> parcels.get(p.id())).parcelAreaMu()).isEqualByComparingTo("34");
    }

    @Test
    void leasesAreAddedChangedAndEndedFromTheForms() throws Exception {
        Enterprise owner = land.enterprise("页面测试丁权利人有限公司", null);
        Enterprise tenant = land.enterprise("页面测试丁承租有限公司", null);
        Parcel p = land.parcel(TestLand.code("PG"), owner, "20");
        String officer = land.users.officer();
        mvc.perform(post("/land/parcels/" + p.id() + "/leases").with(as(officer)).with(csrf())
                        .param("lesseeUscc", tenant.uscc()).param("landShareMu", "25").param("leaseFrom", "2024-01-01")
                        .param("leaseTo", "2023-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("租赁终止日: ")))
                .andExpect(content().string(containsString("早于起始日")));
        mvc.perform(post("/land/parcels/" + p.id() + "/leases").with(as(officer)).with(csrf())
                        .param("lesseeUscc", tenant.uscc()).param("landShareMu", "25").param("leaseFrom", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("超过宗地面积")));
        mvc.perform(post("/land/parcels/" + p.id() + "/leases").with(as(officer)).with(csrf())
                        .param("lesseeUscc", tenant.uscc()).param("landShareMu", "12.5")
                        .param("leaseFloorAreaM2", "5000").param("leaseFrom", "2024-01-01"))
                .andExpect(redirectedUrl("/land/parcels/" + p.id() + "?saved"));
        Lease l = land.users.as(officer, () -> parcels.get(p.id())).leases().get(0);
        mvc.perform(get("/land/parcels/" + p.id() + "/leases/" + l.id() + "/edit").with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"12.50\"")));
        mvc.perform(post("/land/parcels/" + p.id() + "/leases/" + l.id() + "/end").with(as(officer)).with(csrf())
                        .param("version", String.valueOf(l.version())).param("leaseTo", "2023-06-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("早于起始日")));
        mvc.perform(post("/land/parcels/" + p.id() + "/leases/" + l.id() + "/end").with(as(officer)).with(csrf())
                        .param("version", String.valueOf(l.version())).param("leaseTo", "2024-06-30")
                        .param("reason", "退租"))
                .andExpect(redirectedUrl("/land/parcels/" + p.id() + "?saved"));
        Lease ended = land.users.as(officer, () -> parcels.get(p.id())).leases().get(0);
        assertThat(ended.leaseTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(ended.leaseFloorAreaM2()).isEqualByComparingTo("5000");
    }
}
