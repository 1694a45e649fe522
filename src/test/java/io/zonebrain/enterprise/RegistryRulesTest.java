package io.zonebrain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The registry's rules: each bad value is refused with the field named, and nothing is written. */
@ZonebrainTest
class RegistryRulesTest {

    @Autowired EnterpriseRegistry registry;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    String officer;

    @BeforeEach
    void signIn() {
        officer = users.officer();
    }

    private long enterpriseCount() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    private List<FieldError> refused(EnterpriseDraft draft) {
        long before = enterpriseCount();
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> users.as(officer, () -> registry.create(draft, null)));
        assertThat(thrown).as("the draft should be refused").isNotNull();
        assertThat(enterpriseCount()).as("nothing written").isEqualTo(before);
        return thrown.errors();
    }

    private static EnterpriseDraft with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(TestEnterprises.draft("丙测试装备有限公司", null))).build();
    }

    @Test
    void acceptsAValidEnterpriseAndStoresEveryField() {
        EnterpriseDraft draft = TestEnterprises.draft("丁测试装备有限公司", users.gridId("G3"));
        Enterprise created = users.as(officer, () -> registry.create(draft, "新登记"));
        assertThat(created.id()).isPositive();
        assertThat(created.toDraft()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(draft);
        assertThat(created.version()).isZero();
    }

    @Test
    void refusesAWrongCheckDigitAndSaysWhichItShouldBe() {
        String good = TestEnterprises.newUscc();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        List<FieldError> errors = refused(with(b -> b.uscc(good.substring(0, 17) + wrong)));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("uscc");
            assertThat(e.messageCode()).isEqualTo("validation.uscc.check");
            assertThat(e.args()).contains(good.charAt(17));
        });
    }

    @Test
    void refusesADuplicateUscc() {
        Enterprise first = users.as(officer, () -> registry.create(TestEnterprises.draft("戊测试有限公司", null), null));
        List<FieldError> errors = refused(with(b -> b.uscc(first.uscc())));
        assertThat(errors).extracting(FieldError::messageCode).containsExactly("validation.uscc.taken");
    }

    @Test
    void acceptsLowerCaseAndSpacesInTheUsccAsTheSameCode() {
        String uscc = TestEnterprises.newUscc();
        String typed = " " + uscc.substring(0, 9) + " " + uscc.substring(9).toLowerCase() + " ";
        Enterprise created = users.as(officer, () -> registry.create(with(b -> b.uscc(typed)), null));
        assertThat(created.uscc()).isEqualTo(uscc);
    }

    @Test
    void refusesMissingRequiredFields() {
        List<FieldError> errors = refused(with(b -> b.uscc(null).name("  ").industry(null)));
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("uscc", "name", "industryCode");
        assertThat(errors).extracting(FieldError::messageCode).containsOnly("validation.required");
    }

    @Test
    void refusesScriptTagsAndSqlInNames() {
        assertThat(refused(with(b -> b.name("<script>alert(1)</script>有限公司"))))
                .extracting(FieldError::field, FieldError::messageCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "validation.name.chars"));
        assertThat(refused(with(b -> b.name("x'; drop table enterprise; --"))))
                .extracting(FieldError::messageCode).containsExactly("validation.name.chars");
        assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single()).isPositive();
    }

    @Test
    void acceptsRealWorldPunctuationInNames() {
        Enterprise e = users.as(officer, () -> registry.create(
                with(b -> b.name("杭州·临平 A&B 智能装备（中国）有限公司")), null));
        assertThat(e.name()).isEqualTo("杭州·临平 A&B 智能装备（中国）有限公司");
    }

    @Test
    void refusesOverLongFields() {
        List<FieldError> errors = refused(with(b -> b.name("长".repeat(201)).address("路".repeat(301))));
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("name", "address");
        assertThat(errors).extracting(FieldError::messageCode).containsOnly("validation.tooLong");
    }

    @Test
    void refusesIndustryCodesOutsideTheStandardOrAboveClassLevel() {
        assertThat(refused(with(b -> b.industry("9999")))).extracting(FieldError::messageCode)
                .containsExactly("validation.industry.unknown");
        assertThat(refused(with(b -> b.industry("341")))).extracting(FieldError::messageCode)
                .containsExactly("validation.industry.notClass");
    }

    @Test
    void refusesImplausibleNumbersAndDates() {
        List<FieldError> errors = refused(with(b -> b.capital(new BigDecimal("-1")).ownLand(new BigDecimal("1000000"))
                .founded(LocalDate.now().plusDays(2))));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("registeredCapitalYuan", "ownLandMu", "foundedOn");
    }

    @Test
    void refusesUnknownCodesAndTwoChiefDataOfficers() {
        List<FieldError> errors = refused(with(b -> b.cluster("no-such-cluster").tags(List.of("no-such-tag"))
                .contacts(List.of(new Contact("甲", null, null, null, true), new Contact("乙", null, null, null, true)))));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("clusterCode", "tags", "chiefDataOfficer");
    }

    @Test
    void twoOfficersEditingTheSameEnterpriseDoNotOverwriteEachOther() {
        Enterprise read = users.as(officer, () -> registry.create(TestEnterprises.draft("己测试有限公司", null), null));
        String other = users.officer();
        users.as(other, () -> registry.update(read.id(), read.version(),
                new Builder(read.toDraft()).address("第一位专员的地址").build(), "第一位"));
        assertThatThrownBy(() -> users.as(officer, () -> registry.update(read.id(), read.version(),
                new Builder(read.toDraft()).address("第二位专员的地址").build(), "第二位")))
                .isInstanceOf(ConcurrentEditException.class);
        Enterprise now = users.as(officer, () -> registry.get(read.id()));
        assertThat(now.address()).isEqualTo("第一位专员的地址");
        assertThat(now.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void apiReportsEveryBadFieldByNameInChineseOrEnglish() throws Exception {
        String body = "{\"uscc\":\"123\",\"name\":\"<b>坏</b>\",\"industryCode\":\"0000\"}";
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(officer, TestUsers.PASSWORD))
                        .contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'uscc')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("统一社会信用代码"))));
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(officer, TestUsers.PASSWORD))
                        .header("Accept-Language", "en").contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Enterprise name"))));
    }

    /** Changes one field of a draft at a time. */
    static final class Builder {
        private EnterpriseDraft d;

        Builder(EnterpriseDraft d) {
            this.d = d;
        }

        Builder uscc(String v) { d = new EnterpriseDraft(v, d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder name(String v) { d = new EnterpriseDraft(d.uscc(), v, d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder founded(LocalDate v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), v, d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder capital(BigDecimal v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), v, d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder address(String v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), v, d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder industry(String v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), v, d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder cluster(String v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), v, d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder ownLand(BigDecimal v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), v, d.leasedAreaMu(), d.tags(), d.contacts()); return this; }
        Builder tags(List<String> v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), v, d.contacts()); return this; }
        Builder contacts(List<Contact> v) { d = new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(), d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), v); return this; }

        EnterpriseDraft build() {
            return d;
        }
    }
}
