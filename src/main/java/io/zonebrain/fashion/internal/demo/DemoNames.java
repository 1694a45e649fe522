package io.zonebrain.fashion.internal.demo;

import java.util.HashSet;
import java.util.Set;

/**
 * Fictional names for the demo cluster's workshops, brands and people. Any likeness to a real firm is chance;
 * the pages say the data is demo data.
 */
final class DemoNames {

    private static final String[] SYLLABLES = {"锦", "绣", "雅", "韵", "华", "彩", "丝", "织", "云", "裳", "禾", "恒",
            "美", "诺", "佳", "艺", "润", "丰", "嘉", "欣", "悦", "茂", "源", "禧", "尚", "品", "程", "盛", "达", "汇",
            "泽", "瑞", "晨", "宇", "凯", "越", "博", "鑫", "兴", "和", "新", "航", "秀", "婷",
            "菲", "帆", "蓝", "青", "缘", "舒"};
    private static final String[] COMPANY = {"服饰有限公司", "制衣有限公司", "针织有限公司", "服装有限公司", "时装有限公司",
            "家纺有限公司"};
    private static final String[] INDIVIDUAL = {"服装加工厂", "制衣加工部", "服装厂", "缝纫加工坊", "服饰加工部",
            "针织加工厂"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "沈", "郑", "钱", "许", "蒋", "俞", "韩", "金", "陆"};
    private static final String[] GIVEN = {"建国", "丽华", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "勇", "军",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "海燕", "晓东", "雪梅", "志强", "红梅", "文"};
    private static final String[] BRAND_WORDS = {"墨语", "素言", "织梦", "初见", "半夏", "青禾", "木棉", "知秋", "浅语",
            "拾光", "南栀", "北屿", "暖阳", "云朵", "星河", "逸尚", "简素", "柒月", "鹿鸣", "晴川", "月白", "山茶", "若水",
            "西子", "江南", "忆江", "朝颜", "芷若", "锦时", "素锦"};
    private static final String[] BRAND_KINDS = {"女装", "服饰", "时装", "家居", "童装", "设计师品牌", "买手店"};
    static final String[] CITIES = {"杭州", "上海", "深圳", "广州", "北京", "宁波", "成都", "武汉", "南京", "苏州"};

    private final DemoRandom random;
    private final Set<String> used = new HashSet<>();

    DemoNames(DemoRandom random) {
        this.random = random;
    }

    /** A workshop's name: 个体工商户 carry the street in their name, companies a place prefix. */
    String factory(String townLabel, boolean individual) {
        while (true) {
            String core = random.oneOf(SYLLABLES) + random.oneOf(SYLLABLES);
            String name = individual
                    ? "临平区" + townLabel + core + random.oneOf(INDIVIDUAL)
                    : (random.percent(50) ? "杭州" : "杭州临平") + core + random.oneOf(COMPANY);
            if (used.add(name)) {
                return name;
            }
        }
    }

    String brand() {
        while (true) {
            String name = random.oneOf(BRAND_WORDS) + random.oneOf(BRAND_KINDS);
            if (used.add(name)) {
                return name;
            }
            String numbered = name + "·" + random.oneOf(SYLLABLES) + random.oneOf(SYLLABLES);
            if (used.add(numbered)) {
                return numbered;
            }
        }
    }

    String person() {
        return random.oneOf(SURNAMES) + random.oneOf(GIVEN);
    }

    /** A made-up mobile number. */
    String mobile() {
        return "1380000" + String.format("%04d", random.nextInt(10_000));
    }
}
