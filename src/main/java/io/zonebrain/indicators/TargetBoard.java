package io.zonebrain.indicators;

import java.util.List;

/**
 * The targets of a year at a month, with the "全年红" state: every headline indicator (output, value added,
 * revenue, profit, taxes) growing year on year, like for like.
 */
public record TargetBoard(String period, List<TargetProgress> progress, boolean allRed, List<String> notGrowing) {
}
