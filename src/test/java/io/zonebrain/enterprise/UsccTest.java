package io.zonebrain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 check character, on codes published by real enterprises and on every single-character typo. */
class UsccTest {

    /** Published on the enterprises' own licence pages / the national enterprise credit system. */
    static final List<String> PUBLISHED = List.of(
            "91330100716105852F", // 阿里巴巴（中国）有限公司
            "914403001922038216", // 华为技术有限公司
            "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
            "91110000100010433L", // 中国石油天然气集团有限公司
            "91110108551385082Q"); // 小米科技有限责任公司

    @ParameterizedTest
    @ValueSource(strings = {"91330100716105852F", "914403001922038216", "9144030071526726XG",
            "91110000100010433L", "91110108551385082Q"})
    void acceptsPublishedCodes(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void rejectsEverySingleCharacterTypoOfPublishedCodes() {
        List<String> accepted = new ArrayList<>();
        int typos = 0;
        for (String code : PUBLISHED) {
            for (int i = 0; i < 18; i++) {
                for (char c : Uscc.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    typos++;
                    if (Uscc.isValid(typo)) {
                        accepted.add(typo);
                    }
                }
            }
        }
        assertThat(typos).isEqualTo(5 * 18 * 30);
        assertThat(accepted).isEmpty();
    }

    @Test
    void rejectsAdjacentSwapsOfPublishedCodes() {
        for (String code : PUBLISHED) {
            for (int i = 0; i < 16; i++) { // swaps within the 17 weighted characters
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(Uscc.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9133010071610585", "91330100716105852FF", "91330100716105852I", "9133010O716105852F",
            "91330100716105852f"})
    void rejectsMalformedCodes(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
    }

    @Test
    void normalisesWhatPeoplePaste() {
        assertThat(Uscc.normalise(" 9144030071526726xg ")).isEqualTo("9144030071526726XG");
        assertThat(Uscc.isValid(Uscc.normalise("9144 0300 7152 6726 xg"))).isTrue();
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(Uscc.checkCharacter("91330100716105852")).isEqualTo('F');
        assertThat(Uscc.checkCharacter("91440300715267260")).isNotEqualTo('X');
    }
}
