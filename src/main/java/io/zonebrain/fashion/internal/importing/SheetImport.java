package io.zonebrain.fashion.internal.importing;

import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.platform.ExcelSheetReader;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** One kind of fashion import (factories, orders): who may import it, its columns, its check and its writes. */
interface SheetImport<D> {

    String kind();

    boolean allowed(FashionCaller caller);

    List<SheetColumn> columns();

    void writeTemplate(OutputStream out, long zoneId, Locale locale);

    /** Checks the whole file, writing nothing. */
    CheckedSheet<D> check(byte[] file, FashionCaller caller, ExcelSheetReader.Limits limits,
                          BiConsumer<Integer, Integer> progress);

    /** Writes one planned row (NEW or CHANGED) through the module's service; true when it created a record. */
    boolean apply(PlannedRow<D> row, String reason);
}
