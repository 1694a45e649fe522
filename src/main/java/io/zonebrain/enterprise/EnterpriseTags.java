package io.zonebrain.enterprise;

import java.util.List;

/**
 * The standard tags every zone starts with (dictionary kind {@value #KIND}); zones add their own in the UI.
 * Above-scale (规上) is a column of its own because statistics and filters depend on it.
 */
public final class EnterpriseTags {

    public static final String KIND = "tag";
    public static final String CLUSTER_KIND = "cluster";
    public static final String PARK_KIND = "park";

    public static final String HIGH_TECH = "high-tech";
    public static final String PROVINCIAL_SRDI = "srdi-provincial";
    public static final String LITTLE_GIANT = "little-giant";
    public static final String SINGLE_CHAMPION = "single-champion";
    public static final String LISTED = "listed";
    public static final String IPO_NEAR = "ipo-near";
    public static final String IPO_MID = "ipo-mid";
    public static final String IPO_LONG = "ipo-long";
    public static final String FUTURE_FACTORY = "future-factory";
    public static final String SMART_FACTORY = "smart-factory";
    public static final String DIGITAL_WORKSHOP = "digital-workshop";
    public static final String CHAIN_LEADER = "chain-leader";
    public static final String SERVICE_MANUFACTURING = "service-manufacturing";

    /** code, Chinese label, English label. */
    public static final List<String[]> STANDARD = List.of(
            new String[] {HIGH_TECH, "高新技术企业", "High-tech enterprise"},
            new String[] {PROVINCIAL_SRDI, "省级专精特新", "Provincial SRDI SME"},
            new String[] {LITTLE_GIANT, "国家级专精特新小巨人", "National little giant"},
            new String[] {SINGLE_CHAMPION, "单项冠军", "Single champion"},
            new String[] {LISTED, "上市企业", "Listed company"},
            new String[] {IPO_NEAR, "上市后备(近期)", "IPO reserve (near)"},
            new String[] {IPO_MID, "上市后备(中期)", "IPO reserve (mid)"},
            new String[] {IPO_LONG, "上市后备(远期)", "IPO reserve (long)"},
            new String[] {FUTURE_FACTORY, "未来工厂", "Future factory"},
            new String[] {SMART_FACTORY, "智能工厂", "Smart factory"},
            new String[] {DIGITAL_WORKSHOP, "数字化车间", "Digital workshop"},
            new String[] {CHAIN_LEADER, "链主企业", "Chain leader"},
            new String[] {SERVICE_MANUFACTURING, "服务型制造示范", "Service-manufacturing demonstrator"});

    private EnterpriseTags() {
    }
}
