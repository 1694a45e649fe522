package io.zonebrain.cockpit.web;

/**
 * One headline tile as the page shows it: a label key, the value already formatted in the unit officials read
 * (亿元, %, firms), the growth as "+5.0%" (null if not comparable), and where a click leads.
 */
record Tile(String labelKey, String value, String unitKey, String growth, boolean up, String drill) {
}
