package com.copydesk.exchange;

/** What an import does with an article whose id is already in the database. */
public enum ConflictPolicy {
    /** Keep the article in the database; the one in the file is left out. */
    SKIP("Keep mine"),
    /** The article in the file replaces the one in the database. */
    REPLACE("Replace"),
    /** The article in the file is added as a new article with a new id. */
    COPY("Import as copy");

    private final String label;

    ConflictPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The policy named on a command line: skip, replace or copy, in any case. */
    public static ConflictPolicy parse(String name) {
        for (ConflictPolicy policy : values()) {
            if (policy.name().equalsIgnoreCase(name.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not one of skip, replace, copy");
    }
}
