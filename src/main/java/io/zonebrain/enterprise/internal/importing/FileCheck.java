package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.Uscc;
import io.zonebrain.enterprise.internal.EnterpriseRepository;
import io.zonebrain.enterprise.internal.EnterpriseRules;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.Zones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a whole uploaded file without writing anything: the file's shape, each row's types and the registry's
 * rules, USCCs repeated within the file, USCCs of enterprises outside the caller's data scope, and for every valid
 * row whether it would create, change or leave alone a record. Runs before the preview and again when applying, so
 * what is applied is checked against the registry as it is at that moment.
 */
@Component
class FileCheck {

    private static final int PROGRESS_EVERY = 500;

    private final EnterpriseRepository repository;
    private final EnterpriseRules rules;
    private final Dictionaries dictionaries;
    private final Zones zones;
    private final ExcelSheetReader.Limits limits;

    FileCheck(EnterpriseRepository repository, EnterpriseRules rules, Dictionaries dictionaries, Zones zones,
              ImportSettings settings) {
        this.repository = repository;
        this.rules = rules;
        this.dictionaries = dictionaries;
        this.zones = zones;
        this.limits = settings.limits();
    }

    /** {@code progress} hears (rows done, rows expected) every few hundred rows. */
    CheckedFile check(byte[] file, CurrentUser caller, BiConsumer<Integer, Integer> progress) {
        CodeListSnapshot codes = CodeListSnapshot.load(caller.zoneId(), repository, dictionaries, zones);
        DataScope scope = caller.dataScope();
        RowMapping mapping = new RowMapping(codes, scope.gridId());
        List<MappedRow> rows = new ArrayList<>();
        int[] expected = {0};
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, ImportColumn.excelColumns(), limits, row -> {
            MappedRow mapped = mapping.map(row);
            List<FieldError> errors = new ArrayList<>(mapped.errors());
            rules.check(codes.codeLists(), mapped.draft()).forEach(e -> errors.add(inColumn(e)));
            rows.add(new MappedRow(mapped.row(), mapped.draft(), mapped.contactsGiven(), errors));
            if (rows.size() % PROGRESS_EVERY == 0) {
                progress.accept(rows.size(), Math.max(expected[0], rows.size()));
            }
        }, n -> expected[0] = n);
        if (!read.ok()) {
            return new CheckedFile(read.problems(), read.dataRows(), List.of(), List.of(), 0);
        }
        markDuplicates(rows);
        Map<String, Enterprise> existing = repository.findAllByUscc(caller.zoneId(), rows.stream()
                .map(r -> r.draft().uscc()).filter(Uscc::isValid).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<PlannedRow> valid = new ArrayList<>();
        int invalid = 0;
        for (MappedRow r : rows) {
            Enterprise before = existing.get(r.draft().uscc());
            List<FieldError> rowErrors = new ArrayList<>(r.errors());
            if (before != null && !scope.covers(before.zoneId(), before.gridId(), before.id())) {
                rowErrors.add(FieldError.of(ImportColumn.USCC.key(), "import.uscc.outOfScope", before.uscc()));
            }
            if (scope.gridId() != null && r.draft().gridId() != null && !scope.gridId().equals(r.draft().gridId())) {
                rowErrors.add(FieldError.of(ImportColumn.GRID.key(), "validation.grid.outOfScope"));
            }
            if (!rowErrors.isEmpty()) {
                invalid++;
                rowErrors.forEach(e -> errors.add(e.atRow(r.row())));
                continue;
            }
            valid.add(plan(r, before));
        }
        progress.accept(rows.size(), rows.size());
        return new CheckedFile(List.of(), rows.size(), errors, valid, invalid);
    }

    /** Every row of a USCC that appears more than once is an error: which of them is meant is the user's call. */
    private static void markDuplicates(List<MappedRow> rows) {
        Map<String, List<Integer>> rowsByUscc = new LinkedHashMap<>();
        for (MappedRow r : rows) {
            if (r.draft().uscc() != null) {
                rowsByUscc.computeIfAbsent(r.draft().uscc(), k -> new ArrayList<>()).add(r.row());
            }
        }
        for (MappedRow r : rows) {
            List<Integer> same = r.draft().uscc() == null ? List.of() : rowsByUscc.get(r.draft().uscc());
            if (same.size() > 1) {
                String others = same.stream().filter(n -> n != r.row()).map(String::valueOf)
                        .collect(Collectors.joining("、"));
                r.errors().add(FieldError.of(ImportColumn.USCC.key(), "import.uscc.duplicate", r.draft().uscc(),
                        others));
            }
        }
    }

    private static FieldError inColumn(FieldError e) {
        ImportColumn column = ImportColumn.of(e.field());
        return new FieldError(e.row(), column == null ? e.field() : column.key(), e.messageCode(), e.args());
    }

    /** New, changed or unchanged; blank chief-data-officer columns keep the contacts on record. */
    private static PlannedRow plan(MappedRow r, Enterprise before) {
        if (before == null) {
            return new PlannedRow(r.row(), r.draft(), null, PlannedRow.Change.NEW);
        }
        EnterpriseDraft wanted = withContacts(r, before);
        boolean same = comparable(wanted).equals(comparable(before.toDraft()));
        return new PlannedRow(r.row(), wanted, before, same ? PlannedRow.Change.UNCHANGED : PlannedRow.Change.CHANGED);
    }

    private static EnterpriseDraft withContacts(MappedRow r, Enterprise before) {
        EnterpriseDraft d = r.draft();
        List<Contact> contacts = new ArrayList<>();
        if (r.contactsGiven()) {
            // the file's chief data officer replaces the one on record; other contacts stay as they are
            String position = before.contacts().stream().filter(Contact::chiefDataOfficer).map(Contact::position)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(RowMapping.CDO_POSITION);
            d.contacts().forEach(c -> contacts.add(new Contact(c.name(), position, c.phone(), c.email(), true)));
            before.contacts().stream().filter(c -> !c.chiefDataOfficer()).forEach(contacts::add);
        } else {
            contacts.addAll(before.contacts());
        }
        return new EnterpriseDraft(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(),
                d.registeredCapitalYuan(), d.address(), d.parkCode(), d.gridId(), d.industryCode(), d.clusterCode(),
                d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(), d.tags(), contacts);
    }

    /** A form of a draft in which equal data compares equal: amounts at two decimals, tags as a set. */
    private static List<Object> comparable(EnterpriseDraft d) {
        return java.util.Arrays.asList(d.uscc(), d.name(), d.legalRepresentative(), d.foundedOn(),
                money(d.registeredCapitalYuan()), d.address(), d.parkCode(), d.gridId(), d.industryCode(),
                d.clusterCode(), d.aboveScale(), zeroIfNull(d.ownLandMu()), zeroIfNull(d.leasedAreaMu()),
                new TreeSet<>(d.tags()),
                d.contacts().stream().sorted(Comparator.comparing(Contact::chiefDataOfficer).reversed()).toList());
    }

    private static BigDecimal money(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zeroIfNull(BigDecimal d) {
        return money(d == null ? BigDecimal.ZERO : d);
    }
}
