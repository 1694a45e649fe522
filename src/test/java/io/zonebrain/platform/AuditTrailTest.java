package io.zonebrain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** Every change leaves who, when, why and before/after in the audit log, and admins can browse it. */
@ZonebrainTest
class AuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired EnterpriseRegistry registry;
    @Autowired TestUsers users;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    @Test
    void createAndUpdateAreRecordedWithActorReasonAndBeforeAfter() {
        String officer = users.officer();
        Enterprise created = users.as(officer, () -> registry.create(
                TestEnterprises.draft("庚审计测试有限公司", null), "首次登记"));
        EnterpriseDraft d = created.toDraft();
        EnterpriseDraft renamed = new EnterpriseDraft(d.uscc(), "庚审计测试（杭州）有限公司", d.legalRepresentative(),
                d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(),
                d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts());
        users.as(officer, () -> registry.update(created.id(), created.version(), renamed, "工商变更"));

        List<AuditTrail.AuditEntry> entries = audit.browse("enterprise", String.valueOf(created.id()), null, 10, 0);
        assertThat(entries).extracting(AuditTrail.AuditEntry::action).containsExactly("UPDATE", "CREATE");
        AuditTrail.AuditEntry update = entries.get(0);
        assertThat(update.actor()).isEqualTo(officer);
        assertThat(update.reason()).isEqualTo("工商变更");
        assertThat(update.before()).contains("庚审计测试有限公司");
        assertThat(update.after()).contains("庚审计测试（杭州）有限公司");
        assertThat(entries.get(1).before()).isNull();
        assertThat(entries.get(1).reason()).isEqualTo("首次登记");
    }

    @Test
    void refusedChangesLeaveNoAuditEntry() {
        String officer = users.officer();
        int before = audit.browse(null, null, officer, 100, 0).size();
        try {
            users.as(officer, () -> registry.create(TestEnterprises.draft("<坏>", null), null));
        } catch (ValidationException expected) {
            // refused, as it should be
        }
        assertThat(audit.browse(null, null, officer, 100, 0)).hasSize(before);
    }

    @Test
    void adminsBrowseTheLogFilteredByRecord() throws Exception {
        String officer = users.officer();
        Enterprise created = users.as(officer, () -> registry.create(
                TestEnterprises.draft("辛审计浏览有限公司", null), "浏览测试"));
        String admin = users.admin();
        mvc.perform(get("/admin/audit").param("entityType", "enterprise").param("entityId", String.valueOf(created.id()))
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("浏览测试")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(officer)));
        byte[] xlsx = mvc.perform(get("/admin/audit/export.xlsx").param("entityType", "enterprise")
                        .param("entityId", String.valueOf(created.id()))
                        .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(admin))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(officer);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("浏览测试");
        }
    }
}
