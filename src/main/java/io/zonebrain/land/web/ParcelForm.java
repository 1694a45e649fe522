package io.zonebrain.land.web;

import io.zonebrain.land.LandUse;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.ParcelDraft;
import java.math.BigDecimal;

/** The parcel form as the browser posts it; a mutable bean because form binding needs one. */
public class ParcelForm {

    private String parcelCode;
    private String parcelName;
    private String parcelLocation;
    private String landUse = LandUse.INDUSTRIAL.code();
    private BigDecimal parcelAreaMu;
    private String ownerUscc;
    private int version;
    private String reason;

    static ParcelForm of(Parcel p) {
        ParcelForm f = new ParcelForm();
        f.parcelCode = p.parcelCode();
        f.parcelName = p.parcelName();
        f.parcelLocation = p.parcelLocation();
        f.landUse = p.landUse();
        f.parcelAreaMu = p.parcelAreaMu();
        f.ownerUscc = p.owner() == null ? null : p.owner().uscc();
        f.version = p.version();
        return f;
    }

    ParcelDraft toDraft() {
        return new ParcelDraft(parcelCode, parcelName, parcelLocation, landUse, parcelAreaMu, ownerUscc);
    }

    public String getParcelCode() { return parcelCode; }
    public void setParcelCode(String v) { parcelCode = v; }
    public String getParcelName() { return parcelName; }
    public void setParcelName(String v) { parcelName = v; }
    public String getParcelLocation() { return parcelLocation; }
    public void setParcelLocation(String v) { parcelLocation = v; }
    public String getLandUse() { return landUse; }
    public void setLandUse(String v) { landUse = v; }
    public BigDecimal getParcelAreaMu() { return parcelAreaMu; }
    public void setParcelAreaMu(BigDecimal v) { parcelAreaMu = v; }
    public String getOwnerUscc() { return ownerUscc; }
    public void setOwnerUscc(String v) { ownerUscc = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
