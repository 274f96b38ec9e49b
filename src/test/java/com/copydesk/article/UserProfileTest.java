package com.copydesk.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserProfileTest {

    @Test
    void initialsDefaultToTheFirstLettersOfTheName() {
        assertThat(new UserProfile("  ana maría reyes ", "", UserProfile.Role.REPORTER))
                .isEqualTo(new UserProfile("ana maría reyes", "AMR", UserProfile.Role.REPORTER));
    }

    @Test
    void aBlankOrMultiLineOrOverlongNameIsRefusedWithASentence() {
        assertThatThrownBy(() -> new UserProfile(" ", "", UserProfile.Role.EDITOR)).hasMessage("Enter your name.");
        assertThatThrownBy(() -> new UserProfile("Ana\nReyes", "", UserProfile.Role.EDITOR))
                .hasMessage("The name must be on one line.");
        assertThatThrownBy(() -> new UserProfile("x".repeat(101), "", UserProfile.Role.EDITOR))
                .hasMessage("The name is longer than 100 characters.");
    }

    @Test
    void profilesAreEqualWhenNameInitialsAndRoleAreAndOnlyThen() {
        UserProfile ana = new UserProfile("Ana Reyes", "AR", UserProfile.Role.REPORTER);
        assertThat(ana).isEqualTo(new UserProfile("Ana Reyes", "AR", UserProfile.Role.REPORTER))
                .hasSameHashCodeAs(new UserProfile("Ana Reyes", "AR", UserProfile.Role.REPORTER))
                .isNotEqualTo(new UserProfile("Ana Reyes", "AR", UserProfile.Role.EDITOR))
                .isNotEqualTo(new UserProfile("Ana Reyes", "ANR", UserProfile.Role.REPORTER))
                .isNotEqualTo(new UserProfile("Ana Reyes-Díaz", "AR", UserProfile.Role.REPORTER))
                .isNotEqualTo(null)
                .isNotEqualTo("Ana Reyes");
    }
}
