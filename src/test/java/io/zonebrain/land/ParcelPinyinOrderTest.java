package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The parcel list sorts owners' names by pinyin, as the registry does (V69), not by code point. */
@ZonebrainTest
class ParcelPinyinOrderTest {

    @Autowired TestLand land;
    @Autowired Parcels parcels;

    @Test
    void ownersSortByPinyin() {
        String prefix = TestLand.code("PY");
        int n = 0;
        for (String owner : List.of("杭州", "阿里", "北京")) {
            Enterprise e = land.enterprise("地块排序" + owner + "机械有限公司" + prefix, null);
            land.parcel(prefix + "-" + n++, e, "5");
        }
        ParcelFilter filter = new ParcelFilter(prefix, null, null, null, null, null, null, "owner", false, 0, 50);
        List<String> owners = land.users.as(land.admin(), () -> parcels.list(filter)).items().stream()
                .map(p -> p.owner().name()).toList();
        assertThat(owners).containsExactly("地块排序阿里机械有限公司" + prefix, "地块排序北京机械有限公司" + prefix,
                "地块排序杭州机械有限公司" + prefix);
    }
}
