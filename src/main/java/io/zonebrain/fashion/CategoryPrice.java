package io.zonebrain.fashion;

import java.math.BigDecimal;

/** A category a factory makes and its price per standard minute for it; a piece costs SAM × this price. */
public record CategoryPrice(String category, BigDecimal yuanPerMinute) {
}
