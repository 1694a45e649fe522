package io.zonebrain.fashion.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.Factories;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FactoryFilter;
import io.zonebrain.fashion.FashionFixtures;
import io.zonebrain.fashion.GarmentOrders;
import io.zonebrain.fashion.OrderFilter;
import io.zonebrain.fashion.OrderSummary;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.ImportRefused;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Excel round trips and bad rows for factories and orders, through the staged import life cycle. */
@ZonebrainTest
class FashionImportTest {

    @Autowired
    FashionImports imports;
    @Autowired
    FactorySheet factorySheet;
    @Autowired
    OrderSheet orderSheet;
    @Autowired
    Factories factories;
    @Autowired
    GarmentOrders orders;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestJobs jobs;
    @Autowired
    Clock clock;

    ImportSummary checked(String user, String kind, byte[] file) {
        var started = users.as(user, () -> imports.upload(kind, "test.xlsx", file));
        jobs.succeeded(started.jobId(), Duration.ofSeconds(60));
        return users.as(user, () -> imports.find(started.importId()));
    }

    ImportSummary applied(String user, long id, String mode) {
        var started = users.as(user, () -> imports.apply(id, mode));
        jobs.succeeded(started.jobId(), Duration.ofSeconds(60));
        return users.as(user, () -> imports.find(id));
    }

    byte[] exportFactories(String operator, String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.as(operator, () -> {
            factorySheet.write(out, users.zoneId(), Locale.SIMPLIFIED_CHINESE, sink -> factories.forEach(
                    new FactoryFilter(q, null, null, null, null, null, null, null, null, false, 0, 100), sink));
            return null;
        });
        return out.toByteArray();
    }

    @Test
    void anUneditedFactoryExportImportsAsNoChange() {
        String tag = "测试往返" + System.nanoTime() % 100000;
        fixtures.factory(tag + "一厂");
        fixtures.factory(tag + "二厂");
        String operator = fixtures.operator();
        ImportSummary s = checked(operator, "FACTORIES", exportFactories(operator, tag));
        assertThat(s.status()).isEqualTo("VALIDATED");
        assertThat(s.totalRows()).isEqualTo(2);
        assertThat(s.unchangedRows()).isEqualTo(2);
        assertThat(s.invalidRows()).isZero();
        ImportSummary done = applied(operator, s.id(), "all");
        assertThat(done.status()).isEqualTo("APPLIED");
        assertThat(done.createdCount() + done.updatedCount()).isZero();
    }

    @Test
    void editedNewAndBadRowsAreToldApartAndOnlyValidRowsApplied() throws IOException {
        String tag = "测试改表" + System.nanoTime() % 100000;
        Factory existing = fixtures.factory(tag + "老厂");
        String operator = fixtures.operator();
        byte[] exported = exportFactories(operator, tag);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(1).getCell(7).setCellValue(44); // workers 20 → 44
            Row added = sheet.createRow(2);
            String[] fresh = {"", tag + "新厂", FashionFixtures.individualUscc(), "乔司街道", "", "", "", "12", "480",
                    "0.6", "1", "200", "", "连衣裙:0.5、针织服装:0.45", "裁剪、缝制", ""};
            for (int i = 0; i < fresh.length; i++) {
                added.createCell(i).setCellValue(fresh[i]);
            }
            Row bad = sheet.createRow(3);
            String[] wrong = {"", tag + "坏行", "", "火星", "", "", "", "abc", "480", "0.6", "7", "0", "", "宇航服:1",
                    "缝制", ""};
            for (int i = 0; i < wrong.length; i++) {
                bad.createCell(i).setCellValue(wrong[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        ImportSummary s = checked(operator, "FACTORIES", edited);
        assertThat(s.changedRows()).isEqualTo(1);
        assertThat(s.newRows()).isEqualTo(1);
        assertThat(s.invalidRows()).isEqualTo(1);
        List<ImportProblem> problems = users.as(operator, () -> imports.problems(s.id(), 0, 100));
        assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(4));
        assertThat(problems).extracting(ImportProblem::field)
                .contains("factory.town", "factory.workers", "factory.qualityLevel", "factory.categories");
        assertThatThrownBy(() -> users.as(operator, () -> imports.apply(s.id(), "all")))
                .isInstanceOf(ImportRefused.class);
        ImportSummary done = applied(operator, s.id(), "valid");
        assertThat(done.createdCount()).isEqualTo(1);
        assertThat(done.updatedCount()).isEqualTo(1);
        assertThat(users.as(operator, () -> factories.get(existing.id())).workers()).isEqualTo(44);
        assertThat(users.as(operator, () -> factories.list(new FactoryFilter(tag, null, null, null, null, null, null,
                null, null, false, 0, 10))).total()).isEqualTo(2);
        // applying twice is refused: the import is no longer waiting
        assertThatThrownBy(() -> users.as(operator, () -> imports.apply(s.id(), "valid")))
                .isInstanceOf(ImportRefused.class);
    }

    @Test
    void aBrandImportsItsOwnOrdersAndReimportingChangesNothing() throws IOException {
        Brand brand = fixtures.brand("测试 导入品牌");
        Brand other = fixtures.brand("测试 别家品牌");
        String buyer = fixtures.brandUser(brand.id());
        LocalDate due = LocalDate.now(clock).plusMonths(2);
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("订单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < OrderSheet.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(OrderSheet.COLUMNS.get(i).zh());
            }
            String ref = "PO-" + System.nanoTime() % 1_000_000;
            Object[][] rows = {
                    {"", "", ref, "测试导入款一", "连衣裙", "裁剪、缝制、整烫包装", "32.5", "3000", due.toString(), "2", "25",
                            "是", "500", "", "", "", ""},
                    {"", "", "", "测试导入款二", "针织服装", "缝制", "20", "800", due.toString(), "1", "", "否", "", "", "",
                            "", ""},
                    {"", other.code(), "", "测试导入款三", "连衣裙", "缝制", "20", "800", "2020-01-01", "1", "", "否", "",
                            "", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        ImportSummary s = checked(buyer, "ORDERS", file);
        assertThat(s.newRows()).isEqualTo(2);
        assertThat(s.invalidRows()).isEqualTo(1);
        assertThat(users.as(buyer, () -> imports.problems(s.id(), 0, 100))).extracting(ImportProblem::row,
                        ImportProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple(4, "order.brand"),
                        org.assertj.core.groups.Tuple.tuple(4, "order.dueOn"));
        assertThat(applied(buyer, s.id(), "valid").createdCount()).isEqualTo(2);
        List<OrderSummary> mine = users.as(buyer, () -> orders.list(OrderFilter.all().withPage(0, 100))).items();
        assertThat(mine).extracting(OrderSummary::style).containsExactlyInAnyOrder("测试导入款一", "测试导入款二");
        // the brand's order number matches the first row again; the second row (no number) would be new again,
        // so the brand exports its list and imports that instead: nothing changes
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        users.as(buyer, () -> {
            orderSheet.write(export, users.zoneId(), Locale.SIMPLIFIED_CHINESE,
                    sink -> orders.forEach(OrderFilter.all(), sink));
            return null;
        });
        ImportSummary again = checked(buyer, "ORDERS", export.toByteArray());
        assertThat(again.unchangedRows()).isEqualTo(2);
        assertThat(again.newRows() + again.changedRows() + again.invalidRows()).isZero();
    }

    @Test
    void onlyTheOperatorImportsFactories() {
        Factory f = fixtures.factory("测试 导入权限工厂");
        String own = fixtures.factoryUser(f.id());
        assertThatThrownBy(() -> users.as(own, () -> imports.upload("FACTORIES", "x.xlsx", new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(users.officer(), () -> imports.upload("ORDERS", "x.xlsx", new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
    }
}
