package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.AccountLinkDirectory.LinkKind;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportTemplate;
import io.zonebrain.platform.UserAccounts.Account;
import io.zonebrain.platform.Zones;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The user list as Excel in exactly the import's layout (so an export, corrected in Excel, imports again and an
 * unedited one changes nothing), the empty template with its help sheet, and column headings for problems. Never a
 * password or a hash: the export reads {@link Account}, which has neither.
 */
@Component
public class UserWorkbooks {

    private final MessageSource messages;
    private final Zones zones;
    private final AccountLinks links;

    UserWorkbooks(MessageSource messages, Zones zones, AccountLinks links) {
        this.messages = messages;
        this.zones = zones;
        this.links = links;
    }

    /** A column key's heading in the reader's language (empty for a problem of the whole file). */
    public String heading(String key, Locale locale) {
        UserColumn column = UserColumn.of(key);
        return column == null ? "" : column.heading(locale);
    }

    /** The accounts (all of one zone), with grids by name and parties by code, looked up once for the whole list. */
    public void export(OutputStream out, long zoneId, Locale locale, List<Account> accounts) {
        Map<Long, String> grids = new HashMap<>();
        zones.grids(zoneId).forEach(g -> grids.put(g.id(), g.name()));
        Map<LinkKind, Map<Long, String>> codes = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            Set<Long> ids = new HashSet<>();
            accounts.forEach(a -> ids.add(linkId(a, kind)));
            ids.remove(null);
            codes.put(kind, links.codes(zoneId, kind, ids));
        }
        List<String> headers = Arrays.stream(UserColumn.values()).map(c -> c.heading(locale)).toList();
        String yes = msg("users.yes", locale);
        String no = msg("users.no", locale);
        ExcelExport.write(out, msg("users.export.sheet", locale), headers, sink -> accounts.forEach(a ->
                sink.accept(Arrays.asList(a.username(), a.displayName(), msg("role." + a.role().name(), locale),
                        grids.get(a.gridId()), code(codes, LinkKind.ENTERPRISE, a.enterpriseId()),
                        code(codes, LinkKind.FACTORY, a.factoryId()), code(codes, LinkKind.BRAND, a.brandId()),
                        a.enabled() ? yes : no, a.locked() ? yes : no))));
    }

    /** The passwords an import generated, to hand over: username and initial password, nothing else. */
    public void passwords(OutputStream out, Locale locale, List<IssuedPassword> issued) {
        ExcelExport.write(out, msg("users.import.passwords.sheet", locale),
                List.of(msg("users.username", locale), msg("users.import.passwords.password", locale)),
                sink -> issued.forEach(i -> sink.accept(Arrays.asList(i.username(), i.password()))));
    }

    /** Sheet 1 is the one imported: headings only, text-formatted so Excel keeps codes as typed; sheet 2 explains. */
    public void writeTemplate(OutputStream out, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            UserColumn[] columns = UserColumn.values();
            ImportTemplate.columnsSheet(wb, msg("users.export.sheet", locale),
                    Arrays.stream(columns).map(c -> c.heading(locale)).toList(), i -> ImportTemplate.ColumnFormat.TEXT);
            ImportTemplate.helpSheet(wb, msg("users.import.template.helpSheet", locale),
                    msg("users.import.help", locale), Arrays.stream(columns).map(c -> Map.entry(c.heading(locale),
                            msg("users.import.help." + c.name(), locale))).toList());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(Map<LinkKind, Map<Long, String>> codes, LinkKind kind, Long id) {
        return id == null ? null : codes.get(kind).get(id);
    }

    private static Long linkId(Account a, LinkKind kind) {
        return switch (kind) {
            case ENTERPRISE -> a.enterpriseId();
            case FACTORY -> a.factoryId();
            case BRAND -> a.brandId();
        };
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
