package org.chainatlas.chain.internal;

import java.io.IOException;
import java.io.InputStream;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.platform.data.DataFileInvalid;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads chain data files strictly: unknown fields, wrong types and malformed JSON name their place. */
final class ChainJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ChainJson() {
    }

    static ChainDefinition read(String file, InputStream in) {
        try (in) {
            return STRICT.readValue(in, ChainDefinition.class);
        } catch (JacksonException e) {
            throw new DataFileInvalid(file, location(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new DataFileInvalid(file, "file", "cannot be read: " + e.getMessage());
        }
    }

    static String location(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        TokenStreamLocation where = e.getLocation();
        String lineCol = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
        if (path.isEmpty()) {
            return lineCol.isEmpty() ? "file" : lineCol;
        }
        return lineCol.isEmpty() ? path.toString() : path + " (" + lineCol + ")";
    }
}
