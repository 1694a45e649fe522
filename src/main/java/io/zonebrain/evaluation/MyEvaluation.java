package io.zonebrain.evaluation;

/** An enterprise's own latest published result, with the run and scheme it came from; nothing of others. */
public record MyEvaluation(EvaluationRun run, Scheme scheme, RunResultDetail result) {
}
