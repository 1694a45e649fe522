package io.zonebrain.evaluation;

/**
 * A grade change for enterprises carrying a flag, applied after grading: a CEILING (a serious safety or
 * environmental accident: at best C), a FLOOR (new, newly above-scale and major-project firms: not D), or a
 * FORCE_CLASS (utilities, firms under two years old, firms still building: class T, not ranked or graded).
 */
public record GradeOverride(String flag, Kind kind, String grade, String reason) {

    public enum Kind { CEILING, FLOOR, FORCE_CLASS }
}
