package io.zonebrain.land.web;

import io.zonebrain.land.Lease;
import io.zonebrain.land.LeaseDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The lease form (and the "end lease" form, which uses only {@code leaseTo}, version and reason). */
public class LeaseForm {

    private String lesseeUscc;
    private BigDecimal landShareMu;
    private BigDecimal leaseFloorAreaM2;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leaseFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leaseTo;
    private int version;
    private String reason;

    static LeaseForm of(Lease l) {
        LeaseForm f = new LeaseForm();
        f.lesseeUscc = l.lessee().uscc();
        f.landShareMu = l.landShareMu();
        f.leaseFloorAreaM2 = l.leaseFloorAreaM2();
        f.leaseFrom = l.leaseFrom();
        f.leaseTo = l.leaseTo();
        f.version = l.version();
        return f;
    }

    LeaseDraft toDraft() {
        return new LeaseDraft(lesseeUscc, landShareMu, leaseFloorAreaM2, leaseFrom, leaseTo);
    }

    public String getLesseeUscc() { return lesseeUscc; }
    public void setLesseeUscc(String v) { lesseeUscc = v; }
    public BigDecimal getLandShareMu() { return landShareMu; }
    public void setLandShareMu(BigDecimal v) { landShareMu = v; }
    public BigDecimal getLeaseFloorAreaM2() { return leaseFloorAreaM2; }
    public void setLeaseFloorAreaM2(BigDecimal v) { leaseFloorAreaM2 = v; }
    public LocalDate getLeaseFrom() { return leaseFrom; }
    public void setLeaseFrom(LocalDate v) { leaseFrom = v; }
    public LocalDate getLeaseTo() { return leaseTo; }
    public void setLeaseTo(LocalDate v) { leaseTo = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
