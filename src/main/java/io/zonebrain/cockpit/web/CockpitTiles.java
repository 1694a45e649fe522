package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.Drill;
import io.zonebrain.indicators.Figure;
import io.zonebrain.indicators.Rollup;
import java.time.YearMonth;
import java.util.List;

/** The headline tiles the issue lists, each drilling down to the firms behind it. */
final class CockpitTiles {

    private CockpitTiles() {
    }

    static List<Tile> of(Rollup r, YearMonth period) {
        String all = drill(period, Drill.Kind.ALL);
        return List.of(
                amount("cockpit.tile.output", r.output(), all),
                amount("cockpit.tile.valueAdded", r.valueAdded(), all),
                amount("cockpit.tile.revenue", r.revenue(), all),
                amount("cockpit.tile.profit", r.profit(), all),
                amount("cockpit.tile.taxes", r.taxes(), all),
                new Tile("cockpit.tile.highTechShare", Figures.percent(r.highTechShare()), "cockpit.unit.percent",
                        Figures.growth(r.highTechOutput().yoy()), r.highTechOutput().growing(), all),
                new Tile("cockpit.tile.exports", Figures.yi(r.exportDelivery().ytd()), "cockpit.unit.yi",
                        Figures.growth(r.exportDelivery().yoy()), r.exportDelivery().growing(), all),
                new Tile("cockpit.tile.exportShare", Figures.percent(r.exportShare()), "cockpit.unit.percent", null,
                        false, all),
                new Tile("cockpit.tile.enterprises", Integer.toString(r.enterprises()), "cockpit.unit.firms", null,
                        false, all),
                new Tile("cockpit.tile.above100m", Integer.toString(r.enterprisesAbove100m()), "cockpit.unit.firms",
                        null, false, drill(period, Drill.Kind.ABOVE_100M)),
                new Tile("cockpit.tile.shareAbove100m", Figures.percent(r.shareOfOutputAbove100m()),
                        "cockpit.unit.percent", null, false, drill(period, Drill.Kind.ABOVE_100M)),
                new Tile("cockpit.tile.growing", Integer.toString(r.enterprisesGrowing()), "cockpit.unit.firms", null,
                        true, drill(period, Drill.Kind.GROWING)),
                new Tile("cockpit.tile.shrinking", Integer.toString(r.enterprisesShrinking()), "cockpit.unit.firms",
                        null, false, drill(period, Drill.Kind.SHRINKING)));
    }

    private static Tile amount(String key, Figure f, String drill) {
        return new Tile(key, Figures.yi(f.ytd()), "cockpit.unit.yi", Figures.growth(f.yoy()), f.growing(), drill);
    }

    static String drill(YearMonth period, Drill.Kind kind) {
        return "/cockpit/firms?period=" + period + "&kind=" + kind.name();
    }
}
