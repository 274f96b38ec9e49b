package com.copydesk.exchange;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A JSON Schema (Draft 2020-12, format checks on) read from a file of the project, for checking exports. */
final class SchemaCheck {

    /** Our own export format. */
    static final Path COPYDESK = Path.of("src", "docs", "copydesk-export.schema.json");
    /**
     * The IPTC schemas, from the shared folder beside the clone (CI lays it out the same way), or
     * from the unchanged copies in src/test/resources/iptc where a clone stands alone.
     */
    static final Path NINJS_3_1 = iptc("ninjs-schema_3.1.json");
    static final Path NINJS_2_1 = iptc("ninjs-schema_2.1.json");

    private static Path iptc(String name) {
        Path shared = Path.of("..", "shared", "ninjs", name);
        return Files.isRegularFile(shared) ? shared : Path.of("src", "test", "resources", "iptc", name);
    }

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    static SchemaCheck of(Path file) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try {
            return new SchemaCheck(registry.getSchema(Files.readString(file), InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + file.toAbsolutePath(), e);
        }
    }

    /** Every violation, one line each; empty when the JSON is valid. */
    List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    List<String> errors(Path file) {
        try {
            return errors(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
