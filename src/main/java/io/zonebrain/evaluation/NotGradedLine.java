package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * An enterprise a run did not grade (zero land, a rejected figure, no cohort): never in the ranked 公示 list, listed
 * apart with the reasons, each naming the input field and the indicator.
 */
public record NotGradedLine(RunResultLine line, List<FieldError> problems) {
}
