package io.zonebrain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry sorts names the way a Chinese directory does, by pinyin (V69), not by Unicode code point: 北 (U+5317)
 * comes before 杭 (U+676D) and 阿 (U+963F) by code point, but 阿 (a) 北 (bei) 杭 (hang) 临 (lin) by pinyin.
 */
@ZonebrainTest
class PinyinOrderTest {

    @Autowired EnterpriseRegistry registry;
    @Autowired TestEnterprises enterprises;
    @Autowired TestUsers users;

    @Test
    void namesSortByPinyinBothWays() {
        String tag = "拼序" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (System.nanoTime() % 10)) + "测";
        for (String place : List.of("临平", "北京", "阿里", "杭州")) {
            enterprises.create(tag + place + "纺织有限公司", null);
        }
        assertThat(names(tag, false)).containsExactly(tag + "阿里纺织有限公司", tag + "北京纺织有限公司",
                tag + "杭州纺织有限公司", tag + "临平纺织有限公司");
        assertThat(names(tag, true)).containsExactly(tag + "临平纺织有限公司", tag + "杭州纺织有限公司",
                tag + "北京纺织有限公司", tag + "阿里纺织有限公司");
    }

    private List<String> names(String q, boolean descending) {
        EnterpriseFilter filter = new EnterpriseFilter(q, null, null, null, null, null, null, "name", descending, 0,
                50);
        return users.as(users.officer(), () -> registry.list(filter)).items().stream()
                .map(EnterpriseSummary::name).filter(n -> n.startsWith(q)).toList();
    }
}
