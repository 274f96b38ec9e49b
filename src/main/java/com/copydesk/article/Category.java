package com.copydesk.article;

import java.util.Objects;

/** A section of the publication, such as "Politics". Names are unique, ignoring case. */
public record Category(long id, String name) {

    public Category {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("category name is blank");
        }
    }
}
