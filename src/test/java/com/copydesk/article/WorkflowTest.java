package com.copydesk.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.copydesk.article.ArticleStatus.CHANGES_REQUESTED;
import static com.copydesk.article.ArticleStatus.DRAFT;
import static com.copydesk.article.ArticleStatus.IN_REVIEW;
import static com.copydesk.article.ArticleStatus.PUBLISHED;
import static com.copydesk.article.ArticleStatus.READY;
import static com.copydesk.article.ArticleStatus.SPIKED;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowTest {

    /** The desk's rules written out by hand; every pair not listed here must be refused. */
    private static final Map<ArticleStatus, Set<ArticleStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(IN_REVIEW, SPIKED),
            IN_REVIEW, Set.of(CHANGES_REQUESTED, READY, SPIKED),
            CHANGES_REQUESTED, Set.of(IN_REVIEW, SPIKED),
            READY, Set.of(PUBLISHED, IN_REVIEW, SPIKED),
            PUBLISHED, Set.of(DRAFT, SPIKED));

    @Test
    void everyPairOfUnspikedStatesIsAllowedExactlyWhenTheTableSaysSo() {
        for (ArticleStatus from : ALLOWED.keySet()) {
            for (ArticleStatus to : ArticleStatus.values()) {
                assertThat(Workflow.allows(from, to, null))
                        .as(from + " → " + to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aSpikedArticleGoesBackOnlyToTheStateItHadBeforeSpiking() {
        for (ArticleStatus before : EnumSet.complementOf(EnumSet.of(SPIKED))) {
            for (ArticleStatus to : ArticleStatus.values()) {
                assertThat(Workflow.allows(SPIKED, to, before))
                        .as("spiked from " + before + " → " + to)
                        .isEqualTo(to == before);
            }
        }
    }

    @Test
    void aSpikedArticleWithNoKnownEarlierStateIsRestoredAsADraft() {
        assertThat(Workflow.target(SPIKED, WorkflowAction.RESTORE, null)).contains(DRAFT);
        assertThat(Workflow.target(SPIKED, WorkflowAction.RESTORE, SPIKED)).contains(DRAFT);
    }

    @Test
    void theOfferedActionsAreTheOnesNamedOnTheButtons() {
        assertThat(Workflow.actionsFrom(DRAFT)).containsExactly(WorkflowAction.SUBMIT_FOR_REVIEW, WorkflowAction.SPIKE);
        assertThat(Workflow.actionsFrom(IN_REVIEW))
                .containsExactly(WorkflowAction.REQUEST_CHANGES, WorkflowAction.MARK_READY, WorkflowAction.SPIKE);
        assertThat(Workflow.actionsFrom(CHANGES_REQUESTED))
                .containsExactly(WorkflowAction.SUBMIT_FOR_REVIEW, WorkflowAction.SPIKE);
        assertThat(Workflow.actionsFrom(READY))
                .containsExactly(WorkflowAction.MARK_PUBLISHED, WorkflowAction.RETURN_TO_REVIEW, WorkflowAction.SPIKE);
        assertThat(Workflow.actionsFrom(PUBLISHED)).containsExactly(WorkflowAction.EDIT_PUBLISHED, WorkflowAction.SPIKE);
        assertThat(Workflow.actionsFrom(SPIKED)).containsExactly(WorkflowAction.RESTORE);
        assertThat(WorkflowAction.SUBMIT_FOR_REVIEW.label()).isEqualTo("Submit for review");
        assertThat(WorkflowAction.MARK_PUBLISHED.label()).isEqualTo("Mark published");
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void anActionNotOfferedInAStateLeadsNowhere(ArticleStatus from) {
        for (WorkflowAction action : WorkflowAction.values()) {
            boolean offered = Workflow.actionsFrom(from).contains(action);
            assertThat(Workflow.target(from, action, DRAFT).isPresent()).as(from + " / " + action).isEqualTo(offered);
        }
    }

    /** Steps only an editor takes: judging copy and publishing it. */
    private static final Set<WorkflowAction> EDITORS_ONLY = EnumSet.of(WorkflowAction.REQUEST_CHANGES,
            WorkflowAction.MARK_READY, WorkflowAction.RETURN_TO_REVIEW, WorkflowAction.MARK_PUBLISHED,
            WorkflowAction.EDIT_PUBLISHED);

    @Test
    void anEditorIsOfferedEveryAllowedStepInEveryState() {
        for (ArticleStatus from : ArticleStatus.values()) {
            for (ArticleStatus before : ArticleStatus.values()) {
                assertThat(Workflow.actionsFor(UserProfile.Role.EDITOR, from, before))
                        .as(from + " spiked from " + before).isEqualTo(Workflow.actionsFrom(from));
            }
        }
    }

    @Test
    void everyPairOfStatesForAReporterIsAllowedOnlyForTheReportersOwnSteps() {
        Set<ArticleStatus> reporters = EnumSet.of(DRAFT, CHANGES_REQUESTED);
        for (ArticleStatus from : ArticleStatus.values()) {
            for (ArticleStatus before : EnumSet.complementOf(EnumSet.of(SPIKED))) {
                for (WorkflowAction action : Workflow.actionsFrom(from)) {
                    ArticleStatus to = Workflow.target(from, action, before).orElseThrow();
                    boolean expected = !EDITORS_ONLY.contains(action)
                            && (action != WorkflowAction.SPIKE || reporters.contains(from))
                            && (action != WorkflowAction.RESTORE || reporters.contains(to));
                    assertThat(Workflow.permits(UserProfile.Role.REPORTER, from, action, before))
                            .as(from + " → " + to + " by " + action).isEqualTo(expected);
                    assertThat(Workflow.actionsFor(UserProfile.Role.REPORTER, from, before).contains(action))
                            .as("offered: " + from + " / " + action).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aReporterCannotMarkReadyPublishOrRequestChangesAndIsToldWhy() {
        assertThat(Workflow.actionsFor(UserProfile.Role.REPORTER, IN_REVIEW, null)).isEmpty();
        assertThat(Workflow.actionsFor(UserProfile.Role.REPORTER, READY, null)).isEmpty();
        assertThat(Workflow.actionsFor(UserProfile.Role.REPORTER, DRAFT, null))
                .containsExactly(WorkflowAction.SUBMIT_FOR_REVIEW, WorkflowAction.SPIKE);
        for (WorkflowAction action : EDITORS_ONLY) {
            assertThat(Workflow.permittedTo(UserProfile.Role.REPORTER, action)).as(action.label()).isFalse();
        }
        assertThat(Workflow.refusal(UserProfile.Role.REPORTER, WorkflowAction.MARK_PUBLISHED))
                .isEqualTo("Only an editor can mark published; your profile says reporter (Edit → Profile…)");
    }

    @Test
    void onlyPublishedAndSpikedArticlesAreLocked() {
        for (ArticleStatus status : ArticleStatus.values()) {
            assertThat(Workflow.isLocked(status)).as(status.label())
                    .isEqualTo(status == PUBLISHED || status == SPIKED);
        }
    }

    @Test
    void labelsAreKeptForTheOldStatesAndReadableForTheNewOnes() {
        assertThat(IN_REVIEW.label()).isEqualTo("In review");
        assertThat(CHANGES_REQUESTED.label()).isEqualTo("Changes requested");
        assertThat(SPIKED.label()).isEqualTo("Spiked");
    }
}
