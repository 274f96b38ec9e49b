package com.copydesk.article;

/** A step a person takes to move an article through the {@link Workflow}. */
public enum WorkflowAction {
    SUBMIT_FOR_REVIEW("Submit for review"),
    REQUEST_CHANGES("Request changes"),
    MARK_READY("Mark ready"),
    RETURN_TO_REVIEW("Return to review"),
    MARK_PUBLISHED("Mark published"),
    EDIT_PUBLISHED("Edit published"),
    SPIKE("Spike"),
    RESTORE("Restore");

    private final String label;

    WorkflowAction(String label) {
        this.label = label;
    }

    /** What the button says, e.g. "Submit for review". */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
