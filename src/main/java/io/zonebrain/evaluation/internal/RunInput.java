package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseYear;

/** One enterprise's kernel input for a run, with the name and USCC the 公示 list will show. */
public record RunInput(EnterpriseYear year, String name, String uscc) {
}
