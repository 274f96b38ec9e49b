package com.copydesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk's transition table. Draft → In review; In review → Changes requested or Ready;
 * Changes requested → In review; Ready → Published or back to In review; Published → Draft
 * ("Edit published", a correction); any state but Spiked → Spiked; Spiked → the state it had.
 */
public final class Workflow {

    private Workflow() {
    }

    /** The actions offered for an article in {@code status}, in the order the buttons show them. */
    public static List<WorkflowAction> actionsFrom(ArticleStatus status) {
        Objects.requireNonNull(status, "status");
        List<WorkflowAction> actions = new ArrayList<>(forward(status));
        actions.add(status == ArticleStatus.SPIKED ? WorkflowAction.RESTORE : WorkflowAction.SPIKE);
        return List.copyOf(actions);
    }

    /**
     * Where {@code action} takes an article now in {@code from}; empty when the action is not
     * allowed there. {@code beforeSpike} is the state a spiked article had before it was spiked
     * (only used by {@link WorkflowAction#RESTORE}; a spiked article with no known earlier state
     * is restored to Draft).
     */
    public static Optional<ArticleStatus> target(ArticleStatus from, WorkflowAction action, ArticleStatus beforeSpike) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (!actionsFrom(from).contains(action)) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case SUBMIT_FOR_REVIEW, RETURN_TO_REVIEW -> ArticleStatus.IN_REVIEW;
            case REQUEST_CHANGES -> ArticleStatus.CHANGES_REQUESTED;
            case MARK_READY -> ArticleStatus.READY;
            case MARK_PUBLISHED -> ArticleStatus.PUBLISHED;
            case EDIT_PUBLISHED -> ArticleStatus.DRAFT;
            case SPIKE -> ArticleStatus.SPIKED;
            case RESTORE -> beforeSpike == null || beforeSpike == ArticleStatus.SPIKED ? ArticleStatus.DRAFT : beforeSpike;
        });
    }

    /** True when some action leads from {@code from} to {@code to} (for Spiked: given what it had before). */
    public static boolean allows(ArticleStatus from, ArticleStatus to, ArticleStatus beforeSpike) {
        Objects.requireNonNull(to, "to");
        return actionsFrom(from).stream()
                .anyMatch(action -> target(from, action, beforeSpike).orElse(null) == to);
    }

    /** True for states whose text is locked: Published (until "Edit published") and Spiked (until restored). */
    public static boolean isLocked(ArticleStatus status) {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.SPIKED;
    }

    private static List<WorkflowAction> forward(ArticleStatus status) {
        return switch (status) {
            case DRAFT, CHANGES_REQUESTED -> List.of(WorkflowAction.SUBMIT_FOR_REVIEW);
            case IN_REVIEW -> List.of(WorkflowAction.REQUEST_CHANGES, WorkflowAction.MARK_READY);
            case READY -> List.of(WorkflowAction.MARK_PUBLISHED, WorkflowAction.RETURN_TO_REVIEW);
            case PUBLISHED -> List.of(WorkflowAction.EDIT_PUBLISHED);
            case SPIKED -> List.of();
        };
    }
}
