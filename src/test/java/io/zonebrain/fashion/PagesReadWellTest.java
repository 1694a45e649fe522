package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Found by walking every page as each demo user (headless Chromium, zh and en): counts read as sentences, every code
 * list kind has a name, a brand's page opens without a flash message, the order import form is not taken for an
 * order page.
 */
@ZonebrainTest
class PagesReadWellTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired FashionFixtures fixtures;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private String page(String url, String user, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void oneFactoryIsOneFactoryInEnglish() throws Exception {
        String name = "读数测试工厂" + System.nanoTime() % 100000;
        fixtures.factory(name);
        String operator = fixtures.operator();
        assertThat(page("/fashion/factories?q=" + name, operator, "en")).contains(">1 factory<");
        assertThat(page("/fashion/factories?q=" + name + "无此厂", operator, "en")).contains(">no factories<");
        Factory factory = fixtures.factory(name + "乙");
        assertThat(page("/fashion/factories/" + factory.id(), operator, "en")).contains("no lots shipped")
                .contains("no lots open");
    }

    @Test
    void everyCodeListKindHasANameInBothLanguages() throws Exception {
        String admin = users.admin();
        for (String lang : new String[] {"zh_CN", "en"}) {
            String html = page("/admin/dictionaries", admin, lang);
            assertThat(html).as(lang).doesNotContain("??dict.kind");
        }
        assertThat(page("/admin/dictionaries", admin, "en")).contains("Garment categories");
    }

    @Test
    void aBrandsPageOpensAndTheOrderImportFormIsNotAnOrder() throws Exception {
        String operator = fixtures.operator();
        Brand brand = fixtures.brand("读数测试品牌" + System.nanoTime() % 100000);
        assertThat(page("/fashion/brands/" + brand.id(), operator, "zh_CN")).contains(brand.code());
        String brandUser = fixtures.brandUser(brand.id());
        assertThat(page("/fashion/orders/import", brandUser, "zh_CN")).contains("type=\"file\"");
        assertThat(page("/fashion/factories/import", operator, "zh_CN")).contains("type=\"file\"");
        mvc.perform(get("/fashion/orders/abc").with(as(operator))).andExpect(status().isNotFound());
    }
}
