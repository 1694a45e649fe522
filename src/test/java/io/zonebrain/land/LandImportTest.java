package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.land.internal.importing.LandColumn;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The Excel import of parcels and leases: round trip, new data, every problem by row and column, valid rows only. */
@ZonebrainTest
class LandImportTest {

    @Autowired TestLand land;
    @Autowired LandImportFlow flow;
    @Autowired Parcels parcels;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    private static Map<LandColumn, Object> parcelRow(String code, Enterprise owner, Object area) {
        Map<LandColumn, Object> r = new EnumMap<>(LandColumn.class);
        r.put(LandColumn.PARCEL_CODE, code);
        r.put(LandColumn.PARCEL_NAME, "导入测试宗地 " + code);
        r.put(LandColumn.LOCATION, "临平区导入路");
        r.put(LandColumn.LAND_USE, "工业用地");
        r.put(LandColumn.AREA, area);
        if (owner != null) {
            r.put(LandColumn.OWNER_USCC, owner.uscc());
        }
        return r;
    }

    private static Map<LandColumn, Object> leaseRow(String code, String lesseeUscc, Object mu, LocalDate from) {
        Map<LandColumn, Object> r = new EnumMap<>(LandColumn.class);
        r.put(LandColumn.PARCEL_CODE, code);
        r.put(LandColumn.LESSEE_USCC, lesseeUscc);
        r.put(LandColumn.LEASE_LAND, mu);
        r.put(LandColumn.FLOOR_AREA, 1500);
        r.put(LandColumn.LEASE_FROM, from);
        return r;
    }

    private long auditEntries(String prefix) {
        return jdbc.sql("select count(*) from platform_audit_log a where (a.entity_type = 'land_parcel' and "
                        + "a.entity_id in (select id::text from land_parcel where parcel_code like :p)) or "
                        + "(a.entity_type = 'land_lease' and a.entity_id in (select l.id::text from land_lease l "
                        + "join land_parcel p on p.id = l.parcel_id where p.parcel_code like :p))")
                .param("p", prefix + "%").query(Long.class).single();
    }

    @Test
    void anUnchangedExportReimportsAsNoChangeInEitherLanguage() throws Exception {
        String prefix = TestLand.code("IMRT");
        Enterprise owner = land.enterprise("导入测试甲权利人有限公司", null);
        Enterprise tenant = land.enterprise("导入测试甲承租有限公司", null);
        Parcel p = land.parcel(prefix + "-1", owner, "66.6");
        land.lease(p, tenant, "20.25", LocalDate.of(2021, 3, 1), null);
        land.lease(p, tenant, "5", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));
        land.parcel(prefix + "-2", null, "7");
        String officer = land.users.officer();
        long auditBefore = auditEntries(prefix);
        for (String lang : List.of("zh_CN", "en")) {
            byte[] export = mvc.perform(get("/land/parcels/export.xlsx").param("q", prefix).param("lang", lang)
                            .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(officer))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            long id = flow.check(mvc, officer, export);
            Map<String, Object> counts = flow.counts(id);
            assertThat(counts).containsEntry("total_rows", 4).containsEntry("invalid_rows", 0)
                    .containsEntry("new_rows", 0).containsEntry("changed_rows", 0).containsEntry("unchanged_rows", 4);
            assertThat(flow.apply(mvc, officer, id, "all").message()).contains("0 created, 0 updated");
        }
        assertThat(land.users.as(officer, () -> parcels.get(p.id())).version()).isEqualTo(p.version());
        assertThat(auditEntries(prefix)).isEqualTo(auditBefore);
    }

    /** The demo zone's 1,300-odd parcels and their leases: exported, checked and applied as "no change". */
    @Test
    void theDemoZonesWholeLandReimportsAsNoChange() throws Exception {
        String officer = land.users.officer();
        long started = System.nanoTime();
        byte[] export = mvc.perform(get("/land/parcels/export.xlsx").param("q", "330113-")
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long id = flow.check(mvc, officer, export);
        Map<String, Object> counts = flow.counts(id);
        assertThat((Integer) counts.get("total_rows")).isGreaterThan(1_300);
        assertThat(counts).containsEntry("invalid_rows", 0).containsEntry("new_rows", 0)
                .containsEntry("changed_rows", 0).containsEntry("unchanged_rows", counts.get("total_rows"));
        assertThat(flow.apply(mvc, officer, id, "all").message()).contains("0 created, 0 updated");
        System.out.printf("Demo land round trip: %s rows exported, checked and applied in %d ms%n",
                counts.get("total_rows"), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aNewWorkbookCreatesParcelsAndLeasesInOneTransactionAndAChangedShareUpdatesTheLease() throws Exception {
        String prefix = TestLand.code("IMNEW");
        Enterprise owner = land.enterprise("导入测试乙权利人有限公司", null);
        Enterprise b = land.enterprise("导入测试乙承租一有限公司", null);
        Enterprise c = land.enterprise("导入测试乙承租二有限公司", null);
        String officer = land.users.officer();
        long id = flow.check(mvc, officer, LandImportFlow.workbook(List.of(
                parcelRow(prefix + "-A", owner, 40),
                leaseRow(prefix + "-A", b.uscc(), 12.5, LocalDate.of(2022, 1, 1)),
                leaseRow(prefix + "-A", c.uscc(), "7.5", LocalDate.of(2023, 1, 1)),
                parcelRow(prefix + "-B", null, "3.25"))));
        assertThat(flow.counts(id)).containsEntry("invalid_rows", 0).containsEntry("new_rows", 4);
        assertThat(flow.apply(mvc, officer, id, "all").message()).contains("4 created");
        var listed = land.users.as(officer, () -> parcels.list(new ParcelFilter(prefix, null, null, null, null, null,
                null, null, false, 0, 10)));
        assertThat(listed.items()).extracting(ParcelSummary::parcelCode).containsExactly(prefix + "-A", prefix + "-B");
        Parcel a = land.users.as(officer, () -> parcels.get(listed.items().get(0).id()));
        assertThat(a.owner().id()).isEqualTo(owner.id());
        assertThat(a.leases()).extracting(Lease::landShareMu).usingComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).containsExactly(new BigDecimal("12.5"), new BigDecimal("7.5"));
        assertThat(jdbc.sql("select count(*) from platform_audit_log where reason = 'Excel 导入 land.xlsx' and "
                        + "entity_type = 'land_lease' and entity_id = :id")
                .param("id", String.valueOf(a.leases().get(0).id())).query(Long.class).single()).isEqualTo(1);

        // lease rows alone for a registered parcel: one changed, one new
        Enterprise d = land.enterprise("导入测试乙承租三有限公司", null);
        long again = flow.check(mvc, officer, LandImportFlow.workbook(List.of(
                leaseRow(prefix + "-A", b.uscc(), 15, LocalDate.of(2022, 1, 1)),
                leaseRow(prefix + "-A", d.uscc(), 2, LocalDate.of(2024, 1, 1)))));
        assertThat(flow.counts(again)).containsEntry("invalid_rows", 0).containsEntry("new_rows", 1)
                .containsEntry("changed_rows", 1);
        flow.apply(mvc, officer, again, "all");
        Parcel after = land.users.as(officer, () -> parcels.get(a.id()));
        assertThat(after.leases()).hasSize(3);
        assertThat(after.leases().get(0).landShareMu()).isEqualByComparingTo("15");
        assertThat(after.leases().get(0).version()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsListedByRowAndColumnAndOnlyTheValidRowsCanBeApplied() throws Exception {
        String prefix = TestLand.code("IMBAD");
        Enterprise owner = land.enterprise("导入测试丙权利人有限公司", null);
        Enterprise b = land.enterprise("导入测试丙承租一有限公司", null);
        Enterprise c = land.enterprise("导入测试丙承租二有限公司", null);
        String officer = land.users.officer();
        Map<LandColumn, Object> unknownOwner = parcelRow(prefix + "-W", null, 5);
        unknownOwner.put(LandColumn.OWNER_USCC, TestEnterprises.newUscc());
        long id = flow.check(mvc, officer, LandImportFlow.workbook(List.of(
                parcelRow(prefix + "-X", owner, 50),                                 // row 2: fine
                leaseRow(prefix + "-X", b.uscc(), 30, LocalDate.of(2023, 1, 1)),    // row 3: with row 4 over 50
                leaseRow(prefix + "-X", c.uscc(), 30, LocalDate.of(2023, 6, 1)),    // row 4
                parcelRow(prefix + "-Y", owner, "abc"),                              // row 5: area not a number
                leaseRow(prefix + "-Y", b.uscc(), 1, LocalDate.of(2023, 1, 1)),     // row 6: its parcel row is bad
                leaseRow(prefix + "-Z", b.uscc(), 1, LocalDate.of(2023, 1, 1)),     // row 7: no such parcel
                leaseRow(prefix + "-X", owner.uscc(), 1, LocalDate.of(2023, 1, 1)), // row 8: the owner as lessee
                unknownOwner,                                                        // row 9: unknown owner
                parcelRow(prefix + "-V", null, 9))));                                // row 10: fine
        assertThat(flow.counts(id)).containsEntry("total_rows", 9).containsEntry("invalid_rows", 7)
                .containsEntry("valid_rows", 2);

        mvc.perform(get("/land/import/" + id)
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("租赁用地(亩)")))
                .andExpect(content().string(containsString("超过宗地面积")))
                .andExpect(content().string(containsString("宗地面积(亩)")))
                .andExpect(content().string(containsString("“abc”不是数字")))
                .andExpect(content().string(containsString("该宗地的宗地行（第 5 行）有错误")))
                .andExpect(content().string(containsString("尚未登记")))
                .andExpect(content().string(containsString("承租方不能是宗地的权利人")))
                .andExpect(content().string(containsString("本园区企业库中没有统一社会信用代码为")));
        assertThat(flow.apply(mvc, officer, id, "all")).as("a file with errors is not imported whole").isNull();
        assertThat(flow.counts(id)).containsEntry("status", "VALIDATED");
        assertThat(flow.apply(mvc, officer, id, "valid").message()).contains("2 created");
        var listed = land.users.as(officer, () -> parcels.list(new ParcelFilter(prefix, null, null, null, null, null,
                null, null, false, 0, 10)));
        assertThat(listed.items()).extracting(ParcelSummary::parcelCode)
                .containsExactly(prefix + "-V", prefix + "-X");
        assertThat(listed.items()).allSatisfy(s -> assertThat(s.lessees()).isZero());
        assertThat(flow.apply(mvc, officer, id, "valid")).as("a second confirmation does nothing").isNull();

        byte[] report = mvc.perform(get("/land/import/" + id + "/errors.xlsx")
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(report))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("租赁用地(亩)");
        }
    }

    @Test
    void theTemplateHasTheImportColumnsAndExplainsThem() throws Exception {
        byte[] template = mvc.perform(get("/land/import/template.xlsx").with(SecurityMockMvcRequestPostProcessors
                        .user(userDetails.loadUserByUsername(land.users.officer()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("宗地号");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("承租方统一社会信用代码");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).contains("宗地号");
            assertThat(wb.getSheetAt(2).getRow(0).getCell(1).getStringCellValue()).isEqualTo("工业用地");
        }
    }

    @Test
    void onlyOfficialsImportAndAGridOfficerOnlyTheirParcels() throws Exception {
        Enterprise owner = land.enterprise("导入测试丁权利人有限公司", land.users.gridId("G5"));
        Enterprise tenant = land.enterprise("导入测试丁承租有限公司", land.users.gridId("G5"));
        Parcel p = land.parcel(TestLand.code("IMSC"), owner, "10");
        String enterpriseUser = land.users.enterpriseUser(owner.id());
        mvc.perform(multipart("/land/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
                                LandImportFlow.workbook(List.of(parcelRow(TestLand.code("IMSC"), owner, 1)))))
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(enterpriseUser)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        String g1 = land.users.gridOfficer(land.users.gridId("G1"));
        long id = flow.check(mvc, g1, LandImportFlow.workbook(List.of(
                leaseRow(p.parcelCode(), tenant.uscc(), 1, LocalDate.of(2024, 1, 1)))));
        assertThat(flow.counts(id)).containsEntry("invalid_rows", 1);
        assertThat(jdbc.sql("select errors::text from land_import where id = :id").param("id", id)
                .query(String.class).single()).contains("land.import.outOfScope");
    }
}
