package io.zonebrain.indicators.reporting;

import static io.zonebrain.indicators.MonthlyIndicator.ELECTRICITY;
import static io.zonebrain.indicators.MonthlyIndicator.EMPLOYEES;
import static io.zonebrain.indicators.MonthlyIndicator.GROSS_OUTPUT;
import static io.zonebrain.indicators.MonthlyIndicator.REVENUE;
import static io.zonebrain.indicators.MonthlyIndicator.TOTAL_PROFIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.MonthlyFigures;
import io.zonebrain.indicators.MonthlyReport;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.indicators.Revision;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monthly report's rules, each refusing with a message that names the field. */
@ZonebrainTest
class MonthlyReportRulesTest {

    @Autowired MonthlyReports reports;
    @Autowired TestEnterprises enterprises;
    @Autowired TestUsers users;
    @Autowired AuditTrail audit;

    Enterprise firm;
    String officer;

    @BeforeEach
    void aFirm() {
        firm = enterprises.create("月报规则测试有限公司", null);
        officer = users.officer();
    }

    private MonthlyReport submit(String period, MonthlyFigures f) {
        return users.as(officer, () -> reports.submit(Figures.submission(firm.id(), period, f)));
    }

    private List<FieldError> refused(Runnable work) {
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(work::run);
        assertThat(e).as("should be refused").isNotNull();
        return e.errors();
    }

    @Test
    void submittedReportReadsBackAndSingleMonthsAreDerived() {
        submit("2016-01", Figures.of(GROSS_OUTPUT, 1_000_000, REVENUE, 900_000, EMPLOYEES, 120));
        submit("2016-02", Figures.of(GROSS_OUTPUT, 1_800_000, REVENUE, 1_500_000, EMPLOYEES, 118));

        MonthlyReport feb = users.as(officer, () -> reports.find(firm.id(), YearMonth.of(2016, 2))).orElseThrow();
        assertThat(feb.figures().get(GROSS_OUTPUT)).isEqualByComparingTo("1800000");
        assertThat(feb.source().name()).isEqualTo("API");
        assertThat(feb.reportedBy()).isEqualTo(officer);

        MonthlyFigures janAlone = users.as(officer, () -> reports.singleMonth(firm.id(), YearMonth.of(2016, 1)));
        MonthlyFigures febAlone = users.as(officer, () -> reports.singleMonth(firm.id(), YearMonth.of(2016, 2)));
        assertThat(janAlone.get(GROSS_OUTPUT)).isEqualByComparingTo("1000000");
        assertThat(febAlone.get(GROSS_OUTPUT)).isEqualByComparingTo("800000");
        assertThat(febAlone.get(REVENUE)).isEqualByComparingTo("600000");
        assertThat(febAlone.get(EMPLOYEES)).as("an average is not a sum").isNull();
    }

    @Test
    void cumulativeValuesNeverFallWithinAYear() {
        submit("2016-04", Figures.of(GROSS_OUTPUT, 5_000_000, ELECTRICITY, 30_000, TOTAL_PROFIT, 100_000));
        List<FieldError> errors = refused(() ->
                submit("2016-05", Figures.of(GROSS_OUTPUT, 4_000_000, ELECTRICITY, 35_000, TOTAL_PROFIT, 50_000)));
        assertThat(errors).extracting(FieldError::field, FieldError::messageCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("indicator.GROSS_OUTPUT",
                        "indicators.cumulative.falls"));
        assertThat(errors.get(0).args()).contains("2016-04");
        assertThat(users.as(officer, () -> reports.find(firm.id(), YearMonth.of(2016, 5)))).isEmpty();
        // a profit may fall as losses are booked, and a new year starts from zero
        submit("2016-05", Figures.of(GROSS_OUTPUT, 6_000_000, TOTAL_PROFIT, -20_000));
        assertThat(users.as(officer, () -> reports.find(firm.id(), YearMonth.of(2016, 5)))).isPresent();
    }

    @Test
    void negativeOutputAndFutureMonthsAreRefused() {
        List<FieldError> errors = refused(() -> submit("2099-01", Figures.of(GROSS_OUTPUT, -5)));
        assertThat(errors).extracting(FieldError::messageCode)
                .contains("indicators.period.future", "indicators.value.negative");
        assertThat(errors).extracting(FieldError::field).contains("period", "indicator.GROSS_OUTPUT");
    }

    @Test
    void aJumpBeyondFiftyPercentNeedsAReason() {
        submit("2015-03", Figures.of(GROSS_OUTPUT, 3_000_000));
        List<FieldError> errors = refused(() -> submit("2016-03", Figures.of(GROSS_OUTPUT, 5_000_000)));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.messageCode()).isEqualTo("indicators.jump.needsReason");
            assertThat(e.field()).isEqualTo("indicator.GROSS_OUTPUT");
            assertThat(e.args().get(0)).isEqualTo("66.7");
        });
        MonthlyReport accepted = users.as(officer, () -> reports.submit(Figures.withReason(
                Figures.submission(firm.id(), "2016-03", Figures.of(GROSS_OUTPUT, 5_000_000)), "新产线投产", false)));
        assertThat(accepted.jumpReason()).isEqualTo("新产线投产");
    }

    @Test
    void wanTypedWhereYuanAreExpectedIsNamedAsALikelyUnitMistake() {
        submit("2015-06", Figures.of(GROSS_OUTPUT, 80_000_000));
        List<FieldError> errors = refused(() -> submit("2016-06", Figures.of(GROSS_OUTPUT, 8_200)));
        assertThat(errors).extracting(FieldError::messageCode).containsExactly("indicators.unit.wanWhereYuanExpected");
        // the jump rule stays quiet: the unit is the problem, and it is named once
        MonthlyReport confirmed = users.as(officer, () -> reports.submit(Figures.withReason(
                Figures.submission(firm.id(), "2016-06", Figures.of(GROSS_OUTPUT, 8_200)), "停产检修", true)));
        assertThat(confirmed.figures().get(GROSS_OUTPUT)).isEqualByComparingTo("8200");
    }

    @Test
    void aCorrectionKeepsTheEarlierVersionAndIsAudited() {
        submit("2016-09", Figures.of(GROSS_OUTPUT, 9_000_000));
        submit("2016-09", Figures.of(GROSS_OUTPUT, 9_100_000));

        List<Revision<MonthlyReport>> history = users.as(officer, () -> reports.history(firm.id(), YearMonth.of(2016, 9)));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(0).report().figures().get(GROSS_OUTPUT)).isEqualByComparingTo("9100000");
        assertThat(history.get(1).current()).isFalse();
        assertThat(history.get(1).replacedAt()).isNotNull();
        assertThat(history.get(1).report().figures().get(GROSS_OUTPUT)).isEqualByComparingTo("9000000");

        var entries = audit.browse("indicators.monthly-report", firm.id() + ":2016-09", null, 10, 0);
        assertThat(entries).extracting(AuditTrail.AuditEntry::action).containsExactly("UPDATE", "CREATE");
        assertThat(entries.get(0).before()).contains("9000000");
        assertThat(entries.get(0).after()).contains("9100000");
        assertThat(entries.get(0).actor()).isEqualTo(officer);
    }

    @Test
    void grossOutputIsRequired() {
        List<FieldError> errors = refused(() -> submit("2016-10", Figures.of(REVENUE, new BigDecimal("1"))));
        assertThat(errors).extracting(FieldError::messageCode).containsExactly("indicators.value.required");
        assertThatThrownBy(() -> submit("2016-10", Figures.of(GROSS_OUTPUT, 1, EMPLOYEES, "10.5")))
                .isInstanceOf(ValidationException.class);
    }
}
