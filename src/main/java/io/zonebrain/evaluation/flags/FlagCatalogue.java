package io.zonebrain.evaluation.flags;

import io.zonebrain.evaluation.GradeOverride;
import io.zonebrain.evaluation.PointsAdjustment;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeSummary;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.evaluation.internal.SchemeStore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The flag codes a zone may set: the shipped list first, then the flags the latest version of each of the zone's
 * schemes names (its points adjustments and grade overrides), in the scheme's order. The derived UNDER_TWO_YEARS
 * is never among them.
 */
@Component
class FlagCatalogue {

    /** As evaluation_flag's check: a scheme naming a flag outside it cannot have it stored, so it is not offered. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final SchemeStore schemes;

    FlagCatalogue(SchemeStore schemes) {
        this.schemes = schemes;
    }

    List<String> allowed(long zoneId) {
        Set<String> codes = new LinkedHashSet<>(FlagCodes.SHIPPED);
        for (SchemeSummary summary : schemes.list(zoneId)) {
            schemes.latest(zoneId, summary.code()).map(StoredScheme::scheme).ifPresent(s -> addFlagsOf(s, codes));
        }
        codes.remove(FlagCodes.UNDER_TWO_YEARS);
        codes.removeIf(c -> !CODE.matcher(c).matches());
        return List.copyOf(codes);
    }

    private static void addFlagsOf(Scheme scheme, Set<String> codes) {
        for (PointsAdjustment a : scheme.adjustments()) {
            if (a.flag() != null && !a.flag().isBlank()) {
                codes.add(a.flag().strip());
            }
        }
        for (GradeOverride o : scheme.overrides()) {
            if (o.flag() != null && !o.flag().isBlank()) {
                codes.add(o.flag().strip());
            }
        }
    }
}
