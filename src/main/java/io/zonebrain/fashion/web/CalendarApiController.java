package io.zonebrain.fashion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.fashion.CalendarDay;
import io.zonebrain.fashion.CalendarDayDraft;
import io.zonebrain.fashion.CalendarYear;
import io.zonebrain.fashion.ClusterCalendars;
import io.zonebrain.fashion.DayKind;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cluster's working calendar for systems: read a year (every participant and official), put or delete a day
 * (the operator and zone admin). A new day is put without If-Match; changing or deleting one needs the version
 * read in If-Match, and a concurrent change answers 409.
 */
@RestController
@RequestMapping("/api/v1/fashion/calendar")
@Tag(name = "fashion", description = "时尚E家 服装产能平台 / garment cluster capacity marketplace")
class CalendarApiController {

    private final ClusterCalendars calendars;
    private final Clock clock;

    CalendarApiController(ClusterCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A year of the cluster's working calendar: special days (holidays, make-up working days), "
            + "working days per month, and whether the year is the built-in default (not entered by the operator)")
    CalendarYear year(@RequestParam(required = false) Integer year) {
        return calendars.year(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PutMapping("/{day}")
    @Operation(summary = "Add a special day (no If-Match) or change it (If-Match: the version read); operator only")
    ResponseEntity<CalendarDay> put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                    @RequestBody DayRequest body,
                                    @RequestHeader(name = "If-Match", required = false) String version,
                                    @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Integer v = version == null ? null : parseVersion(version);
        CalendarDay saved = calendars.put(new CalendarDayDraft(day, body.kind(), body.name()), v, reason);
        return ResponseEntity.status(v == null ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag("\"" + saved.version() + "\"").body(saved);
    }

    @DeleteMapping("/{day}")
    @Operation(summary = "Remove a special day (If-Match: the version read); operator only")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                @RequestHeader("If-Match") String version,
                                @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        calendars.remove(day, parseVersion(version), reason);
        return ResponseEntity.noContent().build();
    }

    record DayRequest(DayKind kind, String name) {
    }

    private static int parseVersion(String etag) {
        String v = etag.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must carry the version number of the day you read");
        }
    }
}
