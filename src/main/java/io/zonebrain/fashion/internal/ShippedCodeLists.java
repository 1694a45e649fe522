package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.FashionCodes;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ZoneCreated;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every zone starts with the garment categories, processes and Linping's towns and streets; admins add or relabel
 * entries at /admin/dictionaries. Towns are those of 临平区 (seven streets and 塘栖镇), where the cluster's 7,600
 * workshops are.
 */
@Component
class ShippedCodeLists {

    static final List<String[]> CATEGORIES = List.of(
            new String[] {"down_jacket", "羽绒服", "Down jackets"},
            new String[] {"knitwear", "针织服装", "Knitwear"},
            new String[] {"woven_shirt", "梭织衬衫", "Woven shirts"},
            new String[] {"dress", "连衣裙", "Dresses"},
            new String[] {"denim", "牛仔服装", "Denim"},
            new String[] {"outerwear", "外套大衣", "Outerwear"},
            new String[] {"home_textile", "家纺布艺（窗帘、沙发布）", "Home textiles (curtains, sofa fabric)"});

    static final List<String[]> PROCESSES = List.of(
            new String[] {"cutting", "裁剪", "Cutting"},
            new String[] {"sewing", "缝制", "Sewing"},
            new String[] {"embroidery", "绣花", "Embroidery"},
            new String[] {"printing", "印花", "Printing"},
            new String[] {"washing", "水洗", "Washing"},
            new String[] {"finishing", "整烫包装", "Finishing & packing"});

    static final List<String[]> TOWNS = List.of(
            new String[] {"linping", "临平街道", "Linping Street"},
            new String[] {"donghu", "东湖街道", "Donghu Street"},
            new String[] {"nanyuan", "南苑街道", "Nanyuan Street"},
            new String[] {"xingqiao", "星桥街道", "Xingqiao Street"},
            new String[] {"qiaosi", "乔司街道", "Qiaosi Street"},
            new String[] {"yunhe", "运河街道", "Yunhe Street"},
            new String[] {"chongxian", "崇贤街道", "Chongxian Street"},
            new String[] {"tangqi", "塘栖镇", "Tangqi Town"});

    private final Dictionaries dictionaries;

    ShippedCodeLists(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @EventListener
    @Transactional
    void on(ZoneCreated event) {
        put(event.zoneId(), FashionCodes.CATEGORY_KIND, CATEGORIES);
        put(event.zoneId(), FashionCodes.PROCESS_KIND, PROCESSES);
        put(event.zoneId(), FashionCodes.TOWN_KIND, TOWNS);
    }

    private void put(long zoneId, String kind, List<String[]> entries) {
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            if (!dictionaries.contains(zoneId, kind, e[0])) {
                dictionaries.put(zoneId, new Dictionaries.Entry(kind, e[0], e[1], e[2], (i + 1) * 10));
            }
        }
    }
}
