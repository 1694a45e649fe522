package io.zonebrain.evaluation;

/** A grade or class a scheme hands out: its code (A, B, C, D, T…) and the label officials print. */
public record Grade(String code, String name) {
}
