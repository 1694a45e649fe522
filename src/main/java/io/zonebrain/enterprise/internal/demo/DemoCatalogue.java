package io.zonebrain.enterprise.internal.demo;

import java.util.List;

/**
 * The shape of Linping EDZ as the seed articles describe it: the five industry clusters ("5+1" 产业生态圈), the
 * areas and the three "一平方公里" parks, and for each cluster the GB/T 4754-2017 classes its firms really register
 * under. Weights are relative; every class code is a level-4 code of migration V3 (a test checks it).
 */
final class DemoCatalogue {

    /** A 4-digit class and the words a fictional firm of that class would carry in its name. */
    record Industry(String code, int weight, List<String> words) {
        Industry(String code, int weight, String... words) {
            this(code, weight, List.of(words));
        }
    }

    /**
     * A cluster: its share among above-scale and below-scale firms (per mille), how likely its firms are certified
     * high-tech, and the park most of its firms sit in.
     */
    record Cluster(String code, String labelZh, String labelEn, int aboveWeight, int belowWeight, int highTechPercent,
                   String homePark, int homeParkPercent, List<Industry> industries) {
    }

    /** An area or park, the service grid (index into G1..G5) that covers it, and streets for addresses. */
    record Park(String code, String labelZh, String labelEn, int gridIndex, int weight, List<String> streets) {
    }

    static final List<Cluster> CLUSTERS = List.of(
            new Cluster("equipment", "高端装备", "High-end equipment", 400, 330, 62, "srdi-park", 20, List.of(
                    new Industry("3435", 6, "电梯", "电梯科技", "升降机"),
                    new Industry("3441", 6, "泵业", "流体设备", "真空设备"),
                    new Industry("3443", 5, "阀门", "流体控制"),
                    new Industry("3444", 4, "液压", "液压科技"),
                    new Industry("3453", 6, "传动", "齿轮", "减速机"),
                    new Industry("3411", 3, "锅炉", "热能设备"),
                    new Industry("3413", 2, "动力设备", "透平机械"),
                    new Industry("3462", 3, "风机", "通风设备"),
                    new Industry("3464", 4, "制冷设备", "冷链设备"),
                    new Industry("3467", 4, "包装机械", "包装设备"),
                    new Industry("3491", 5, "机器人", "智能装备", "自动化"),
                    new Industry("3493", 2, "增材制造", "三维打印"),
                    new Industry("3421", 3, "数控机床", "机床"),
                    new Industry("3511", 2, "重工", "矿山机械"),
                    new Industry("3311", 4, "钢结构", "钢构"),
                    new Industry("3482", 4, "紧固件", "标准件"),
                    new Industry("3484", 8, "精密机械", "机械", "五金机械"),
                    new Industry("3670", 6, "汽车部件", "汽配"),
                    new Industry("3751", 2, "动力机车", "摩托车"),
                    new Industry("3861", 4, "厨电", "电器"),
                    new Industry("3851", 3, "家电", "电器科技"))),
            new Cluster("biomed", "生物医药", "Biomedicine", 120, 70, 85, "biomed-park", 55, List.of(
                    new Industry("2710", 3, "化学原料", "医药化工"),
                    new Industry("2720", 5, "制药", "药业"),
                    new Industry("2740", 3, "中药", "本草药业"),
                    new Industry("2761", 4, "生物制药", "生物科技"),
                    new Industry("2762", 2, "生物技术", "基因科技"),
                    new Industry("2770", 3, "医用材料", "卫生材料"),
                    new Industry("2780", 2, "药用包装", "药包材"),
                    new Industry("3544", 2, "制药装备", "制药机械"),
                    new Industry("3581", 4, "医疗设备", "医疗仪器"),
                    new Industry("3584", 5, "医疗器械", "微创器械"),
                    new Industry("3589", 3, "医疗科技", "康复科技"))),
            new Cluster("fashion", "时尚家纺", "Fashion & home textiles", 220, 420, 22, "nanyuan", 25, List.of(
                    new Industry("1711", 2, "纺织", "纺纱"),
                    new Industry("1712", 2, "织造", "棉织"),
                    new Industry("1751", 6, "化纤织造", "经编", "纺织科技"),
                    new Industry("1752", 4, "印染", "染整"),
                    new Industry("1761", 4, "针织", "针纺"),
                    new Industry("1771", 5, "家纺", "床品"),
                    new Industry("1779", 8, "布艺", "家纺", "窗饰"),
                    new Industry("1781", 2, "无纺布", "非织造"),
                    new Industry("1811", 3, "运动服饰", "户外服饰"),
                    new Industry("1819", 8, "服饰", "服装", "制衣"),
                    new Industry("1829", 4, "针织服饰", "针织制衣"),
                    new Industry("1830", 2, "服饰配件", "饰品"),
                    new Industry("1951", 2, "鞋业", "鞋服"),
                    new Industry("2110", 3, "家居", "家具"))),
            new Cluster("green-energy", "绿色能源", "Green energy", 120, 80, 72, "xingqiao", 30, List.of(
                    new Industry("3825", 5, "光伏", "光电科技", "光能"),
                    new Industry("3841", 5, "锂电", "新能源", "电池科技"),
                    new Industry("3849", 4, "储能", "电源", "蓄电池"),
                    new Industry("3824", 3, "电力电子", "电气科技"),
                    new Industry("3823", 3, "电气", "开关设备"),
                    new Industry("3812", 3, "电机", "驱动科技"),
                    new Industry("3415", 1, "风能设备", "风电装备"),
                    new Industry("4416", 2, "光伏发电", "太阳能"),
                    new Industry("4415", 1, "风力发电", "风电"))),
            new Cluster("semicon", "半导体与算力", "Semiconductors & computing", 140, 100, 88, "semicon-park", 50,
                    List.of(
                    new Industry("3973", 5, "集成电路", "微电子", "芯片"),
                    new Industry("3972", 4, "半导体", "功率器件"),
                    new Industry("3974", 2, "显示科技", "显示器件"),
                    new Industry("3976", 3, "光电子", "激光科技"),
                    new Industry("3562", 5, "半导体装备", "精密装备"),
                    new Industry("3985", 4, "电子材料", "新材料"),
                    new Industry("3982", 4, "电路科技", "电子"),
                    new Industry("3983", 4, "传感技术", "传感器"),
                    new Industry("3911", 2, "计算机", "算力科技", "服务器"),
                    new Industry("3912", 2, "计算机部件", "存储科技"),
                    new Industry("3914", 4, "工控", "控制系统", "智控"))));

    /** Firms outside the five clusters (metal work, plastics, packaging): about one in twelve smaller firms. */
    static final List<Industry> OTHER = List.of(
            new Industry("3399", 3, "金属制品", "五金"),
            new Industry("3360", 2, "表面处理", "热处理"),
            new Industry("3393", 1, "锻造", "粉末冶金"),
            new Industry("2929", 3, "塑业", "塑料制品"),
            new Industry("2231", 2, "包装", "纸品包装"));
    static final int OTHER_BELOW_PER_MILLE = 80;

    static final List<Park> PARKS = List.of(
            new Park("hongfeng", "红丰创新带", "Hongfeng innovation belt", 0, 30, List.of("红丰路", "顺达路", "宏达路")),
            new Park("semicon-park", "半导体产业园", "Semiconductor park", 0, 6, List.of("临平北站路", "数智路")),
            new Park("newtown", "临平新城", "Linping new town", 1, 20, List.of("望梅路", "迎宾路", "藕花洲大街")),
            new Park("biomed-park", "生物医药产业园", "Biomedicine park", 1, 6, List.of("康信路", "医药港路")),
            new Park("donghu", "东湖片区", "Donghu area", 2, 30, List.of("东湖北路", "兴国路", "新洲路")),
            new Park("srdi-park", "专精特新产业园", "SRDI park", 2, 8, List.of("创业路", "智造路")),
            new Park("xingqiao", "星桥片区", "Xingqiao area", 3, 22, List.of("星桥北路", "泰极路", "星发街")),
            new Park("nanyuan", "南苑片区", "Nanyuan area", 4, 22, List.of("世纪大道", "南苑街", "超峰西路")));

    /** Two of these make a brand; chosen to sound like a firm without being one. */
    static final String BRAND_SYLLABLES = "泓恒瑞嘉晟睿澜沐锦禾岚峰骏拓航铭朗致远卓越启辰宸璟翊岳川泽知衡钧亦曜棠榕杉桐霁澄凌若蔚"
            + "硕弘昊骐麟栩煜旻珩峻湛淳岑翎韬崇舜尧禹彦稷隽靖逸翔鸿鹏潮汐沧澈涵渊";

    /**
     * Brands of real firms (the seeds name many Linping firms) and well-known ones a syllable pair could spell;
     * a generated brand that contains one is drawn again, so no demo firm is mistaken for a real one.
     */
    static final List<String> REAL_BRANDS = List.of("老板", "春风", "西奥", "福斯达", "杭汽", "南都", "贝达", "余华",
            "永创", "帷盛", "立镖", "飞仕得", "欧伦", "蕙勒", "安杰思", "民生", "恒瑞", "华为", "海康", "大华", "万向",
            "吉利", "正泰", "士兰", "晶盛", "长川", "杭氧", "杭可", "华东", "康恩贝", "海正", "泰格", "九洲", "远景",
            "启明", "卓越", "鸿鹏", "宸鸿", "舜宇", "川恒", "峰岹", "航锦", "致远", "睿创", "瑞泰", "钧达", "凌云");

    static final List<String> NAME_PREFIXES = List.of("杭州", "杭州", "杭州", "杭州", "杭州", "杭州", "杭州", "浙江",
            "浙江", "杭州临平");

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程沈姚"
            + "钱陆汪金俞屠施戚卢褚";
    static final String GIVEN_NAME_CHARS = "建国明华伟强军平志勇杰斌海波云峰磊超刚涛辉鹏飞宇浩俊晨佳欣怡婷静丽敏燕芳玲倩颖琳雪梅"
            + "红霞晓文立新永庆春秋玉德";

    static final List<String> CONTACT_POSITIONS = List.of("办公室主任", "行政经理", "总经理助理", "财务总监", "副总经理");
    static final List<String> CDO_POSITIONS = List.of("首席数据官", "首席数据官 / 信息化总监", "首席数据官 / 副总经理");

    private DemoCatalogue() {
    }
}
