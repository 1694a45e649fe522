package io.zonebrain.indicators;

/** What a figure is measured in. Money is stored in yuan and shown in 万元 / 亿元. */
public enum Unit {
    YUAN,
    KWH,
    TONNES_STANDARD_COAL,
    TONNES,
    PERSONS,
    MU
}
