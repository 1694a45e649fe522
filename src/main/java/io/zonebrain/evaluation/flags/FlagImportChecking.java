package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a whole flags file without writing: its shape, each row's USCC (known in the caller's zone), flag (a code
 * the zone allows, or its label in Chinese or English; never the derived UNDER_TWO_YEARS) and note, the same
 * enterprise and flag twice in the file, and whether each valid row is new or already set. Runs for the preview
 * and again inside the applying transaction.
 */
@Component
class FlagImportChecking {

    private static final ExcelSheetReader.Limits LIMITS = new ExcelSheetReader.Limits(
            ExcelSheetReader.Limits.DEFAULT_MAX_BYTES, 50_000);

    private final FlagStore store;
    private final FlagCatalogue catalogue;
    private final MessageSource messages;

    FlagImportChecking(FlagStore store, FlagCatalogue catalogue, MessageSource messages) {
        this.store = store;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    private record ReadRow(int row, String uscc, String flag, String note, List<FieldError> errors) {
    }

    CheckedFlags check(int year, byte[] file, CurrentUser caller, BiConsumer<Integer, Integer> progress) {
        List<String> allowed = catalogue.allowed(caller.zoneId());
        Map<String, String> byLabel = labels(allowed);
        List<ReadRow> rows = new ArrayList<>();
        ExcelSheetReader.Result read = ExcelSheetReader.read(file, FlagImportLayout.COLUMNS, LIMITS,
                row -> rows.add(readRow(row, allowed, byLabel)));
        if (!read.ok()) {
            return new CheckedFlags(read.problems(), read.dataRows(), List.of(), List.of(), 0);
        }
        markDuplicates(rows);
        Map<String, FlagStore.Firm> known = store.byUscc(caller.dataScope(),
                rows.stream().map(ReadRow::uscc).filter(Objects::nonNull).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<CheckedFlags.Planned> valid = new ArrayList<>();
        int invalid = 0;
        int done = 0;
        for (ReadRow r : rows) {
            List<FieldError> rowErrors = new ArrayList<>(r.errors());
            FlagStore.Firm firm = r.uscc() == null ? null : known.get(r.uscc());
            if (r.uscc() != null && firm == null) {
                rowErrors.add(FieldError.of("uscc", "flags.unknownUscc", r.uscc()));
            }
            if (rowErrors.isEmpty()) {
                boolean exists = store.find(caller.zoneId(), year, firm.id(), r.flag()).isPresent();
                valid.add(new CheckedFlags.Planned(r.row(), firm.id(), r.flag(), r.note(), exists));
            } else {
                invalid++;
                rowErrors.forEach(e -> errors.add(e.atRow(r.row())));
            }
            if (++done % 200 == 0) {
                progress.accept(done, rows.size());
            }
        }
        progress.accept(rows.size(), rows.size());
        return new CheckedFlags(List.of(), rows.size(), errors, valid, invalid);
    }

    private static ReadRow readRow(ExcelRow row, List<String> allowed, Map<String, String> byLabel) {
        List<FieldError> errors = new ArrayList<>();
        String uscc = row.cell(FlagImportLayout.USCC).value();
        if (uscc == null) {
            errors.add(FieldError.of("uscc", "flags.enterpriseRequired"));
        } else {
            uscc = uscc.toUpperCase(Locale.ROOT);
        }
        String flag = row.cell(FlagImportLayout.FLAG).value();
        if (flag != null) {
            String asCode = flag.toUpperCase(Locale.ROOT);
            flag = allowed.contains(asCode) || asCode.equals(FlagCodes.UNDER_TWO_YEARS) ? asCode
                    : byLabel.getOrDefault(flag, flag);
        }
        EvaluationFlags.checkCode(flag == null ? "" : flag, allowed, errors);
        String note = row.cell(FlagImportLayout.NOTE).value();
        if (note != null && note.length() > EvaluationFlags.NOTE_MAX) {
            errors.add(FieldError.of("flagNote", "flags.noteTooLong", String.valueOf(EvaluationFlags.NOTE_MAX)));
        }
        return new ReadRow(row.number(), uscc, flag, note, errors);
    }

    /** The labels officials type (中文 or English) for each allowed code that has one. */
    private Map<String, String> labels(List<String> allowed) {
        Map<String, String> byLabel = new HashMap<>();
        for (String code : allowed) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = messages.getMessage(FlagCodes.labelKey(code), null, null, locale);
                if (label != null) {
                    byLabel.put(label, code);
                }
            }
        }
        return byLabel;
    }

    /** The same enterprise and flag twice: every such row is an error, naming the other rows. */
    private static void markDuplicates(List<ReadRow> rows) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (ReadRow r : rows) {
            if (r.uscc() != null && r.flag() != null) {
                byKey.computeIfAbsent(r.uscc() + "|" + r.flag(), k -> new ArrayList<>()).add(r.row());
            }
        }
        for (ReadRow r : rows) {
            List<Integer> same = r.uscc() == null || r.flag() == null ? List.of() : byKey.get(r.uscc() + "|" + r.flag());
            if (same.size() > 1) {
                r.errors().add(FieldError.of("uscc", "flags.import.duplicate", r.uscc(), r.flag(),
                        same.stream().filter(n -> n != r.row()).map(String::valueOf).collect(Collectors.joining("、"))));
            }
        }
    }
}
