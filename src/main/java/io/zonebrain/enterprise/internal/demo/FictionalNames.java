package io.zonebrain.enterprise.internal.demo;

import java.util.HashSet;
import java.util.Set;

/**
 * Fictional company and person names. Company names are unique across everything one generator produces: the
 * stem ("杭州泓澜电梯") is remembered, and a brand that spells a real firm's brand is drawn again.
 */
final class FictionalNames {

    private final DemoRandom random;
    private final Set<String> stems = new HashSet<>(); // membership only: iteration order never matters

    FictionalNames(DemoRandom random) {
        this.random = random;
    }

    /** A unique stem such as 杭州泓澜电梯; the legal form (有限公司 / 股份有限公司) is added once tags are known. */
    String companyStem(String industryWord) {
        for (int attempt = 0; ; attempt++) {
            String brand = brand(attempt < 30 ? 2 : 3);
            String stem = random.oneOf(DemoCatalogue.NAME_PREFIXES) + brand + industryWord;
            if (!spellsRealBrand(brand) && stems.add(stem)) {
                return stem;
            }
        }
    }

    String person() {
        StringBuilder name = new StringBuilder().append(random.oneOf(DemoCatalogue.SURNAMES));
        int given = random.percent(70) ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(random.oneOf(DemoCatalogue.GIVEN_NAME_CHARS));
        }
        return name.toString();
    }

    private String brand(int syllables) {
        StringBuilder brand = new StringBuilder();
        while (brand.length() < syllables) {
            char c = random.oneOf(DemoCatalogue.BRAND_SYLLABLES);
            if (brand.indexOf(String.valueOf(c)) < 0) {
                brand.append(c);
            }
        }
        return brand.toString();
    }

    private static boolean spellsRealBrand(String brand) {
        for (String real : DemoCatalogue.REAL_BRANDS) {
            if (brand.contains(real) || real.contains(brand)) {
                return true;
            }
        }
        return false;
    }
}
