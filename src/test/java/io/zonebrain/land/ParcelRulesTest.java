package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A parcel or lease on its own: every problem at once, each naming its field. */
class ParcelRulesTest {

    @Test
    void aBadParcelGetsEveryProblemNamedByField() {
        var errors = ParcelRules.check(ParcelRules.normalise(new ParcelDraft("  ", "名称<script>", null, "farm",
                new BigDecimal("-1"), "91330113000000000X")));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("parcelCode", "parcelName", "landUse", "parcelAreaMu", "ownerUscc");
        assertThat(errors).extracting(FieldError::messageCode).contains("land.validation.required",
                "land.validation.text.forbidden", "land.validation.landUse.unknown", "land.validation.mu.positive",
                "land.validation.uscc.invalid");
    }

    @Test
    void codesAndLandUsesAreReadAsPeopleTypeThem() {
        ParcelDraft d = ParcelRules.normalise(new ParcelDraft(" 330113-101-0001a ", " 厂区 ", "", " INDUSTRIAL ",
                new BigDecimal("12.50"), " "));
        assertThat(d.parcelCode()).isEqualTo("330113-101-0001A");
        assertThat(d.parcelName()).isEqualTo("厂区");
        assertThat(d.parcelLocation()).isNull();
        assertThat(d.landUse()).isEqualTo("industrial");
        assertThat(d.ownerUscc()).isNull();
        assertThat(ParcelRules.check(d)).isEmpty();
        assertThat(ParcelRules.check(new ParcelDraft("X 1", null, null, "industrial", new BigDecimal("1.234"), null)))
                .extracting(FieldError::messageCode)
                .containsExactlyInAnyOrder("land.validation.parcelCode.format", "land.validation.number.precision");
    }

    @Test
    void aLeaseNeedsALesseeAPositiveShareAndOrderedDates() {
        var errors = ParcelRules.check(new LeaseDraft(null, BigDecimal.ZERO, new BigDecimal("-3"),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("lesseeUscc", "landShareMu", "leaseFloorAreaM2", "leaseTo");
        assertThat(errors).extracting(FieldError::messageCode).contains("land.validation.lease.datesOrder");
        assertThat(ParcelRules.check(new LeaseDraft(null, BigDecimal.ONE, null, null, null)))
                .extracting(FieldError::field).containsExactlyInAnyOrder("lesseeUscc", "leaseFrom");
    }
}
