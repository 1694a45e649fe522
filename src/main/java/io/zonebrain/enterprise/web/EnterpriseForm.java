package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The profile form as the browser posts it; a mutable bean because form binding needs one. */
public class EnterpriseForm {

    static final int CONTACT_ROWS = 4;

    private String uscc;
    private String name;
    private String legalRepresentative;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;
    private BigDecimal registeredCapitalWan;
    private String address;
    private String parkCode;
    private Long gridId;
    private String industryCode;
    private String clusterCode;
    private boolean aboveScale;
    private BigDecimal ownLandMu;
    private BigDecimal leasedAreaMu;
    private List<String> tags = new ArrayList<>();
    private List<ContactForm> contacts = new ArrayList<>();
    private int version;
    private String reason;

    public EnterpriseForm() {
        padContacts();
    }

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        f.uscc = e.uscc();
        f.name = e.name();
        f.legalRepresentative = e.legalRepresentative();
        f.foundedOn = e.foundedOn();
        f.registeredCapitalWan = e.registeredCapitalYuan() == null ? null
                : e.registeredCapitalYuan().movePointLeft(4).stripTrailingZeros();
        f.address = e.address();
        f.parkCode = e.parkCode();
        f.gridId = e.gridId();
        f.industryCode = e.industryCode();
        f.clusterCode = e.clusterCode();
        f.aboveScale = e.aboveScale();
        f.ownLandMu = e.ownLandMu();
        f.leasedAreaMu = e.leasedAreaMu();
        f.tags = new ArrayList<>(e.tags());
        f.contacts = new ArrayList<>(e.contacts().stream().map(ContactForm::of).toList());
        f.version = e.version();
        f.padContacts();
        return f;
    }

    /** A few empty rows so a contact can be added without script. */
    void padContacts() {
        while (contacts.size() < CONTACT_ROWS) {
            contacts.add(new ContactForm());
        }
    }

    EnterpriseDraft toDraft() {
        return new EnterpriseDraft(uscc, name, legalRepresentative, foundedOn,
                registeredCapitalWan == null ? null : registeredCapitalWan.movePointRight(4), address, parkCode,
                gridId, industryCode, clusterCode, aboveScale, ownLandMu, leasedAreaMu, tags, contactList());
    }

    List<Contact> contactList() {
        return contacts.stream().filter(c -> !c.isEmpty()).map(ContactForm::toContact).toList();
    }

    public String getUscc() { return uscc; }
    public void setUscc(String v) { uscc = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate v) { foundedOn = v; }
    public BigDecimal getRegisteredCapitalWan() { return registeredCapitalWan; }
    public void setRegisteredCapitalWan(BigDecimal v) { registeredCapitalWan = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getParkCode() { return parkCode; }
    public void setParkCode(String v) { parkCode = v; }
    public Long getGridId() { return gridId; }
    public void setGridId(Long v) { gridId = v; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String v) { industryCode = v; }
    public String getClusterCode() { return clusterCode; }
    public void setClusterCode(String v) { clusterCode = v; }
    public boolean isAboveScale() { return aboveScale; }
    public void setAboveScale(boolean v) { aboveScale = v; }
    public BigDecimal getOwnLandMu() { return ownLandMu; }
    public void setOwnLandMu(BigDecimal v) { ownLandMu = v; }
    public BigDecimal getLeasedAreaMu() { return leasedAreaMu; }
    public void setLeasedAreaMu(BigDecimal v) { leasedAreaMu = v; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> v) { tags = v == null ? new ArrayList<>() : v; }
    public List<ContactForm> getContacts() { return contacts; }
    public void setContacts(List<ContactForm> v) { contacts = v == null ? new ArrayList<>() : v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }

    public static class ContactForm {
        private String name;
        private String position;
        private String phone;
        private String email;
        private boolean chiefDataOfficer;

        static ContactForm of(Contact c) {
            ContactForm f = new ContactForm();
            f.name = c.name();
            f.position = c.position();
            f.phone = c.phone();
            f.email = c.email();
            f.chiefDataOfficer = c.chiefDataOfficer();
            return f;
        }

        boolean isEmpty() {
            return blank(name) && blank(position) && blank(phone) && blank(email);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        Contact toContact() {
            return new Contact(name, position, phone, email, chiefDataOfficer);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public boolean isChiefDataOfficer() { return chiefDataOfficer; }
        public void setChiefDataOfficer(boolean v) { chiefDataOfficer = v; }
    }
}
