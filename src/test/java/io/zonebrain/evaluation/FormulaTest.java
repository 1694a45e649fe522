package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormulaTest {

    private static double[] values(double land, double tax, double valueAdded) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = land;
        v[InputField.TAX_YUAN.ordinal()] = tax;
        v[InputField.VALUE_ADDED_YUAN.ordinal()] = valueAdded;
        return v;
    }

    @Test
    void precedenceParenthesesAndUnaryMinus() {
        double[] v = values(4, 10, 6);
        assertThat(Formula.parse("taxYuan + valueAddedYuan / landMu").evaluate(v)).isEqualTo(11.5);
        assertThat(Formula.parse("(taxYuan + valueAddedYuan) / landMu").evaluate(v)).isEqualTo(4.0);
        assertThat(Formula.parse("taxYuan - valueAddedYuan - landMu").evaluate(v)).isEqualTo(0.0);
        assertThat(Formula.parse("-taxYuan * 2 + 1e1").evaluate(v)).isEqualTo(-10.0);
        assertThat(Formula.parse("taxYuan × 3 ÷ landMu").evaluate(v)).isEqualTo(7.5);
        assertThat(Formula.parse("taxYuan / landMu / 2").evaluate(v)).isEqualTo(1.25);
    }

    @Test
    void knowsWhichFieldsItReads() {
        assertThat(Formula.parse("(taxYuan + valueAddedYuan) / landMu").fields())
                .containsExactlyInAnyOrder(InputField.TAX_YUAN, InputField.VALUE_ADDED_YUAN, InputField.LAND_MU);
    }

    @Test
    void aZeroDenominatorIsNaNAndNamesItsField() {
        Formula f = Formula.parse("taxYuan / landMu");
        double[] v = values(0, 10, 6);
        assertThat(f.evaluate(v)).isNaN();
        assertThat(f.zeroDenominators(v)).containsExactly(InputField.LAND_MU);
    }

    @Test
    void anUnknownFieldIsNamedWithItsPosition() {
        assertThatThrownBy(() -> Formula.parse("taxYuan / landArea"))
                .isInstanceOfSatisfying(FormulaException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("evaluation.formula.unknownField");
                    assertThat(e.token()).isEqualTo("landArea");
                    assertThat(e.position()).isEqualTo(10);
                });
    }

    @Test
    void malformedFormulasAreRefused() {
        assertThatThrownBy(() -> Formula.parse("(taxYuan / landMu"))
                .hasFieldOrPropertyWithValue("messageCode", "evaluation.formula.unclosed");
        assertThatThrownBy(() -> Formula.parse("taxYuan /"))
                .hasFieldOrPropertyWithValue("messageCode", "evaluation.formula.endTooSoon");
        assertThatThrownBy(() -> Formula.parse("taxYuan landMu"))
                .hasFieldOrPropertyWithValue("messageCode", "evaluation.formula.unexpected");
        assertThatThrownBy(() -> Formula.parse(" "))
                .hasFieldOrPropertyWithValue("messageCode", "evaluation.formula.empty");
    }
}
