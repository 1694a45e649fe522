package io.zonebrain.fashion;

import java.time.OffsetDateTime;

public record Milestone(long id, MilestoneStep step, OffsetDateTime at, String reportedBy, String note) {
}
