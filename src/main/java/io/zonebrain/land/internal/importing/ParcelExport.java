package io.zonebrain.land.internal.importing;

import io.zonebrain.land.Lease;
import io.zonebrain.land.Parcel;
import io.zonebrain.platform.ExcelExport;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The parcel list as Excel in exactly the import layout: per parcel the owner's row, then one row per lease (ended
 * ones too) repeating the parcel's columns. An official can export, correct in Excel and import again; an unedited
 * export re-imports as "no change".
 */
@Component
public class ParcelExport {

    private final LandUseLabels landUses;

    ParcelExport(LandUseLabels landUses) {
        this.landUses = landUses;
    }

    public void write(OutputStream out, Locale locale, Consumer<Consumer<Parcel>> parcels) {
        List<String> headers = Arrays.stream(LandColumn.values()).map(c -> c.heading(locale)).toList();
        boolean english = "en".equals(locale.getLanguage());
        ExcelExport.write(out, english ? "parcels" : "宗地", headers, sink -> parcels.accept(p -> {
            sink.accept(row(p, null, locale));
            for (Lease l : p.leases()) {
                sink.accept(row(p, l, locale));
            }
        }));
    }

    private List<Object> row(Parcel p, Lease l, Locale locale) {
        return Arrays.asList(p.parcelCode(), p.parcelName(), p.parcelLocation(), landUses.label(p.landUse(), locale),
                p.parcelAreaMu(), p.owner() == null ? null : p.owner().uscc(), l == null ? null : l.lessee().uscc(),
                l == null ? null : l.landShareMu(), l == null ? null : l.leaseFloorAreaM2(),
                l == null ? null : l.leaseFrom(), l == null ? null : l.leaseTo());
    }
}
