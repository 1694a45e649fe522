package io.zonebrain.platform.web;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A job's progress page; the bar refreshes itself with htmx, and a reload finds the job in the database. */
@Controller
class JobController {

    private final BackgroundJobs jobs;

    JobController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("job", visible(id));
        return "platform/job";
    }

    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", visible(id));
        return "platform/job :: progress";
    }

    private BackgroundJobs.JobStatus visible(UUID id) {
        String me = CallerContext.require().username();
        return jobs.find(id).filter(j -> j.owner().equals(me)).orElseThrow(() -> new NotFoundException("job"));
    }
}
