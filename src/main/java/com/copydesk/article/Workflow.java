package com.copydesk.article;

import java.util.ArrayList;
import java.util.EnumSet;
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

    /**
     * The actions a person in {@code role} is offered for an article in {@code status}: those of
     * {@link #actionsFrom} that {@link #permits} allows.
     */
    public static List<WorkflowAction> actionsFor(UserProfile.Role role, ArticleStatus status, ArticleStatus beforeSpike) {
        return actionsFrom(status).stream().filter(action -> permits(role, status, action, beforeSpike)).toList();
    }

    /**
     * Whether a person in {@code role} may take {@code action} on an article in {@code from}.
     * Editors may take every step. A reporter files copy and may take back only what is still
     * theirs: submit for review, spike a draft (or one sent back with changes requested), and
     * restore a spiked article that goes back to one of those states. Judging copy (request
     * changes, mark ready, return to review, publish, edit published) is the editors' part.
     */
    public static boolean permits(UserProfile.Role role, ArticleStatus from, WorkflowAction action, ArticleStatus beforeSpike) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (role == UserProfile.Role.EDITOR) {
            return true;
        }
        return switch (action) {
            case SUBMIT_FOR_REVIEW -> true;
            case SPIKE -> isReporters(from);
            case RESTORE -> target(from, action, beforeSpike).map(Workflow::isReporters).orElse(true);
            default -> false;
        };
    }

    /** Whether a person in {@code role} may ever take {@code action}, in some state. */
    public static boolean permittedTo(UserProfile.Role role, WorkflowAction action) {
        return role == UserProfile.Role.EDITOR || EnumSet.of(WorkflowAction.SUBMIT_FOR_REVIEW, WorkflowAction.SPIKE,
                WorkflowAction.RESTORE).contains(action);
    }

    /** The sentence, without a full stop, telling a person in {@code role} why {@code action} is refused. */
    public static String refusal(UserProfile.Role role, WorkflowAction action) {
        String verb = action.label().toLowerCase(java.util.Locale.ROOT);
        return permittedTo(role, action)
                ? "As a " + role.label().toLowerCase(java.util.Locale.ROOT) + " you can " + verb
                        + " only an article that is a draft or has changes requested"
                : "Only an editor can " + verb + "; your profile says "
                        + role.label().toLowerCase(java.util.Locale.ROOT) + " (Edit → Profile…)";
    }

    private static boolean isReporters(ArticleStatus status) {
        return status == ArticleStatus.DRAFT || status == ArticleStatus.CHANGES_REQUESTED;
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
