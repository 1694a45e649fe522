/**
 * The per-mu evaluation (亩均论英雄): schemes as versioned data, the scoring kernel that turns one year's annual
 * figures into indicator scores, totals, ranks and grades with a per-indicator trace, and (later) runs, publication
 * and the policies that follow a grade. The kernel ({@link io.zonebrain.evaluation.ScoringKernel}) is pure Java
 * without a database, so a run, a what-if and a benchmark all score exactly the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "evaluation")
package io.zonebrain.evaluation;
