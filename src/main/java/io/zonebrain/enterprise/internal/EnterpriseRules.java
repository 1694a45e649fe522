package io.zonebrain.enterprise.internal;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.IndustryCodes;
import io.zonebrain.enterprise.Uscc;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Zones;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The registry's rules for one enterprise record, shared by the form, the API and the Excel import. Each rule
 * names the field and says what is wrong in words an officer understands; all problems are reported at once.
 * Uniqueness of the USCC is checked by the registry, which knows which record is being edited.
 */
@Component
public class EnterpriseRules {

    static final int NAME_MAX = 200;
    static final int LEGAL_REP_MAX = 100;
    static final int ADDRESS_MAX = 300;
    static final BigDecimal CAPITAL_MAX = new BigDecimal("10000000000000"); // 10 万亿元: larger is a typo
    static final BigDecimal LAND_MAX = new BigDecimal("100000");            // 10 万亩, far above any zone's plot
    /** Letters of any script, digits, spaces and the punctuation real enterprise names use. */
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{N}\\p{M} ()（）·.,，、&'’\\-]+");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\"\\\\;=`{}\\p{Cntrl}]|--|/\\*");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    private final IndustryCodes industryCodes;
    private final Dictionaries dictionaries;
    private final Zones zones;
    private final Clock clock;

    public EnterpriseRules(IndustryCodes industryCodes, Dictionaries dictionaries, Zones zones, Clock clock) {
        this.industryCodes = industryCodes;
        this.dictionaries = dictionaries;
        this.zones = zones;
        this.clock = clock;
    }

    public List<FieldError> check(long zoneId, EnterpriseDraft d) {
        return check(live(zoneId), d);
    }

    /**
     * The same rules against a given set of code lists; an import loads them once ({@link CodeLists#snapshot}) and
     * checks 50,000 rows without a query per row.
     */
    public List<FieldError> check(CodeLists codes, EnterpriseDraft d) {
        List<FieldError> errors = new ArrayList<>();
        checkUscc(d.uscc(), errors);
        checkName(d.name(), errors);
        checkText("legalRepresentative", d.legalRepresentative(), LEGAL_REP_MAX, errors);
        checkText("address", d.address(), ADDRESS_MAX, errors);
        if (d.foundedOn() != null
                && (d.foundedOn().isAfter(LocalDate.now(clock)) || d.foundedOn().isBefore(LocalDate.of(1900, 1, 1)))) {
            errors.add(FieldError.of("foundedOn", "validation.date.range", "1900-01-01", LocalDate.now(clock)));
        }
        checkRange("registeredCapitalYuan", d.registeredCapitalYuan(), CAPITAL_MAX, errors);
        checkRange("ownLandMu", d.ownLandMu(), LAND_MAX, errors);
        checkRange("leasedAreaMu", d.leasedAreaMu(), LAND_MAX, errors);
        checkIndustry(codes, d.industryCode(), errors);
        checkCode(codes, EnterpriseTags.CLUSTER_KIND, "clusterCode", d.clusterCode(), errors);
        checkCode(codes, EnterpriseTags.PARK_KIND, "parkCode", d.parkCode(), errors);
        if (d.gridId() != null && !codes.gridExists(d.gridId())) {
            errors.add(FieldError.of("gridId", "validation.unknownCode", d.gridId()));
        }
        for (String tag : d.tags()) {
            checkCode(codes, EnterpriseTags.KIND, "tags", tag, errors);
        }
        checkContacts(d.contacts(), errors);
        return errors;
    }

    public List<FieldError> checkContacts(List<Contact> contacts, List<FieldError> errors) {
        int cdos = 0;
        for (Contact c : contacts) {
            if (c.name() == null || c.name().isBlank()) {
                errors.add(FieldError.of("contactName", "validation.required"));
            } else {
                checkText("contactName", c.name(), LEGAL_REP_MAX, errors);
            }
            checkText("contactPosition", c.position(), LEGAL_REP_MAX, errors);
            if (c.phone() != null && !c.phone().isBlank() && !PHONE.matcher(c.phone()).matches()) {
                errors.add(FieldError.of("contactPhone", "validation.phone", c.phone()));
            }
            if (c.email() != null && !c.email().isBlank()
                    && (c.email().length() > 200 || !EMAIL.matcher(c.email()).matches())) {
                errors.add(FieldError.of("contactEmail", "validation.email", c.email()));
            }
            if (c.chiefDataOfficer()) {
                cdos++;
            }
        }
        if (cdos > 1) {
            errors.add(FieldError.of("chiefDataOfficer", "validation.oneCdo"));
        }
        return errors;
    }

    private void checkUscc(String uscc, List<FieldError> errors) {
        if (uscc == null || uscc.isBlank()) {
            errors.add(FieldError.of("uscc", "validation.required"));
        } else if (!Uscc.isWellFormed(uscc)) {
            errors.add(FieldError.of("uscc", "validation.uscc.format", uscc));
        } else if (!Uscc.isValid(uscc)) {
            errors.add(FieldError.of("uscc", "validation.uscc.check", uscc,
                    Uscc.checkCharacter(uscc.substring(0, 17))));
        }
    }

    private void checkName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
            return;
        }
        if (name.length() > NAME_MAX) {
            errors.add(FieldError.of("name", "validation.tooLong", NAME_MAX, name.length()));
        } else if (FORBIDDEN.matcher(name).find() || !NAME_CHARS.matcher(name).matches()) {
            errors.add(FieldError.of("name", "validation.name.chars"));
        }
    }

    private static void checkText(String field, String value, int max, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max, value.length()));
        } else if (FORBIDDEN.matcher(value).find()) {
            errors.add(FieldError.of(field, "validation.text.chars"));
        }
    }

    private static void checkRange(String field, BigDecimal value, BigDecimal max, List<FieldError> errors) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
            errors.add(FieldError.of(field, "validation.range", 0, max.toPlainString()));
        }
    }

    private static void checkIndustry(CodeLists codes, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("industryCode", "validation.required"));
            return;
        }
        Integer level = codes.industryLevel(code);
        if (level == null) {
            errors.add(FieldError.of("industryCode", "validation.industry.unknown", code));
        } else if (level != 4) {
            errors.add(FieldError.of("industryCode", "validation.industry.notClass", code));
        }
    }

    private static void checkCode(CodeLists codes, String kind, String field, String code, List<FieldError> errors) {
        if (code != null && !code.isBlank() && !codes.inDictionary(kind, code)) {
            errors.add(FieldError.of(field, "validation.unknownCode", code));
        }
    }

    /** Code lists looked up one at a time, for a single form or API call. */
    private CodeLists live(long zoneId) {
        return new CodeLists() {
            @Override
            public Integer industryLevel(String code) {
                return industryCodes.find(code).map(IndustryCodes.IndustryCode::level).orElse(null);
            }

            @Override
            public boolean inDictionary(String kind, String code) {
                return dictionaries.contains(zoneId, kind, code);
            }

            @Override
            public boolean gridExists(long gridId) {
                return zones.grid(zoneId, gridId).isPresent();
            }
        };
    }

    /** The code lists a record is checked against: GB/T 4754 classes, the zone's dictionaries and grids. */
    public interface CodeLists {

        /** The level (1–4) of an industry code, or null when it is not in GB/T 4754-2017. */
        Integer industryLevel(String code);

        boolean inDictionary(String kind, String code);

        boolean gridExists(long gridId);

        /** Everything loaded at once, for checking many records; read-only after construction. */
        static CodeLists snapshot(Map<String, Integer> industryLevels, Map<String, Set<String>> dictionaryCodes,
                                  Set<Long> gridIds) {
            return new CodeLists() {
                @Override
                public Integer industryLevel(String code) {
                    return code == null ? null : industryLevels.get(code.strip());
                }

                @Override
                public boolean inDictionary(String kind, String code) {
                    return dictionaryCodes.getOrDefault(kind, Set.of()).contains(code);
                }

                @Override
                public boolean gridExists(long gridId) {
                    return gridIds.contains(gridId);
                }
            };
        }
    }

    /** Tags must not repeat; keeps the first occurrence's order. */
    static List<String> distinct(List<String> tags) {
        Set<String> seen = new HashSet<>();
        return tags.stream().filter(seen::add).toList();
    }
}
