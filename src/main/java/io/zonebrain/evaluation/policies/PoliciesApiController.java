package io.zonebrain.evaluation.policies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The what-if and the measures that follow a grade, and the remediation cases, for the API. */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "evaluation", description = "亩均论英雄 评价方案 / per-mu evaluation schemes")
class PoliciesApiController {

    private final MyWhatIf whatIf;
    private final PolicyMeasures measures;
    private final Remediation remediation;

    PoliciesApiController(MyWhatIf whatIf, PolicyMeasures measures, Remediation remediation) {
        this.whatIf = whatIf;
        this.measures = measures;
        this.remediation = remediation;
    }

    @GetMapping("/my-result/what-if")
    @Operation(summary = "For enterprise users: the smallest value of one indicator (its driving input, others "
            + "equal) that reaches each better grade against the run's cut-offs; unreachable when a cap stops it")
    WhatIf.Answer whatIf(@RequestParam String indicator) {
        return whatIf.solve(indicator).orElseThrow(() -> new NotFoundException("no graded published result"));
    }

    @GetMapping("/my-result/measures")
    @Operation(summary = "For enterprise users: the measures that apply to them on a date (default today), and why")
    EnterpriseMeasures myMeasures(@RequestParam(required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Long own = CallerContext.require().enterpriseId();
        if (own == null) {
            throw new NotFoundException("not an enterprise user");
        }
        return measures.forEnterprise(own, date == null ? LocalDate.now() : date);
    }

    @GetMapping("/enterprises/{id}/measures")
    @Operation(summary = "The measures that apply to an enterprise on a date, and why (officials within their "
            + "scope; an enterprise user only itself)")
    EnterpriseMeasures measures(@PathVariable long id, @RequestParam(required = false)
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return measures.forEnterprise(id, date == null ? LocalDate.now() : date);
    }

    @GetMapping("/policies")
    @Operation(summary = "The zone's measures by grade, effective-dated (officials)")
    List<PolicyMeasure> policies() {
        return measures.list();
    }

    @GetMapping("/remediation")
    @Operation(summary = "D-class remediation cases within the caller's scope (officials)")
    List<RemediationCase> cases(@RequestParam(required = false) RemediationCase.Status status,
                                @RequestParam(required = false) String owner,
                                @RequestParam(required = false) String name,
                                @RequestParam(required = false) Long runId) {
        return remediation.list(new RemediationCase.Filter(status, owner, name, runId, null));
    }

    @GetMapping("/remediation/totals")
    @Operation(summary = "Cases, open, lifted, exited and land freed (mu) within the caller's scope")
    RemediationCase.Totals totals() {
        return remediation.totals();
    }
}
