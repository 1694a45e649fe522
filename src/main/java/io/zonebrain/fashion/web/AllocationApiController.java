package io.zonebrain.fashion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.fashion.AllocationProgress;
import io.zonebrain.fashion.AllocationRequest;
import io.zonebrain.fashion.AllocationRounds;
import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.AllocationVersionLot;
import io.zonebrain.fashion.LotExplanation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Allocation rounds for systems: start a round (or an at-risk re-allocation), follow its progress, stop it, read a
 * version and its lots (a brand only its orders' lots, a factory only its own), pin, re-solve, accept, explain. The
 * scope is the pages': out of scope 404, a change the role may not make 403.
 */
@RestController
@RequestMapping("/api/v1/fashion/allocations")
@Tag(name = "fashion allocation", description = "时尚E家 分配轮次 / allocation rounds and versions")
class AllocationApiController {

    private final AllocationRounds rounds;

    AllocationApiController(AllocationRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    @Operation(summary = "Allocation versions, newest first (a brand or factory: those holding its lots)")
    List<AllocationVersion> versions(@RequestParam(required = false) String season) {
        return rounds.versions(season);
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a round over a season's open orders (operator); mode AT_RISK re-allocates late lots")
    Map<String, Object> start(@RequestBody AllocationRequest request,
                              @RequestParam(defaultValue = "ROUND") String mode) {
        UUID id = "AT_RISK".equals(mode) ? rounds.reallocateAtRisk(request) : rounds.start(request);
        return Map.of("roundId", id, "progress", "/api/v1/fashion/allocations/rounds/" + id);
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "A round's status, best score over time and, when done, its version id (operator and "
            + "officials; a brand its own re-solves)")
    AllocationProgress progress(@PathVariable UUID id) {
        return rounds.progress(id);
    }

    @PostMapping("/rounds/{id}/stop")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Stop a round from any instance: it keeps the best plan found so far, marked stopped "
            + "(operator; a brand its own re-solves)")
    void stop(@PathVariable UUID id) {
        rounds.stop(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An allocation version's header: score, totals per rule, stopped, accepted")
    AllocationVersion version(@PathVariable long id) {
        return rounds.version(id);
    }

    @GetMapping("/{id}/lots")
    @Operation(summary = "The lots of a version in the caller's scope, with the page's filters")
    List<AllocationVersionLot> lots(@PathVariable long id, @RequestParam(required = false) String factory,
                                    @RequestParam(required = false) String order,
                                    @RequestParam(required = false) String town,
                                    @RequestParam(required = false) String category,
                                    @RequestParam(required = false) Boolean placed) {
        rounds.version(id);
        return rounds.lots(id, factory, order, town, category, placed);
    }

    @GetMapping("/{id}/lots/{key}/explanation")
    @Operation(summary = "Why a lot is at its factory, or which hard rule keeps it unplaced (message keys + args)")
    LotExplanation explain(@PathVariable long id, @PathVariable String key) {
        return rounds.explain(id, key);
    }

    @PostMapping("/{id}/lots/{key}/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pin a placed lot to its factory for the next re-solve (operator, or the ordering brand)")
    void pin(@PathVariable long id, @PathVariable String key) {
        rounds.pin(id, key);
    }

    @PostMapping("/{id}/resolve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Re-solve a version keeping pinned and in-production lots. Operator: the whole version; "
            + "a brand: its own orders only (other brands' lots held), at most 30 s, one running round at a time")
    Map<String, Object> resolve(@PathVariable long id, @RequestParam(required = false) Integer seconds) {
        UUID round = rounds.resolve(id, seconds);
        return Map.of("roundId", round, "progress", "/api/v1/fashion/allocations/rounds/" + round);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a version: its placed lots become PROPOSED lots for the factories (operator, once)")
    AllocationRounds.Accepted accept(@PathVariable long id) {
        return rounds.accept(id);
    }

    @PostMapping("/{id}/orders/{orderId}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The ordering brand accepts or rejects the version's proposal for one of its orders")
    void answer(@PathVariable long id, @PathVariable long orderId, @RequestParam boolean accept) {
        rounds.answer(id, orderId, accept);
    }
}
