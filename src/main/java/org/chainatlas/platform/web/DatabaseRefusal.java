package org.chainatlas.platform.web;

import java.sql.SQLException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * What a write refused by the database means to the caller. Services validate first, so a refusal is either a
 * race (two requests storing the same unique value, or saving the same version: 409, retry after reloading) or a
 * value the services did not foresee (a missing, too long, out-of-range or unknown value: 400, fix the input).
 * Nothing was stored either way.
 */
record DatabaseRefusal(HttpStatus status, String field, String message) {

    static DatabaseRefusal of(RuntimeException e) {
        if (e instanceof OptimisticLockingFailureException) {
            return new DatabaseRefusal(HttpStatus.CONFLICT, "version",
                    "someone else saved this record in the meantime; nothing was saved, reload it and apply your change again");
        }
        String state = sqlState(e);
        String constraint = constraintName(e);
        if (state == null || state.equals("23505")) {
            return new DatabaseRefusal(HttpStatus.CONFLICT, "data",
                    "the change conflicts with data stored at the same time"
                            + (constraint == null ? "" : " (" + constraint + ")") + "; nothing was saved, please reload and retry");
        }
        String what = switch (state) {
            case "23502" -> "a required value is missing";
            case "23503" -> "it refers to a record that does not exist";
            case "23514" -> "a value is not allowed here";
            case "22001" -> "a value is too long";
            case "22003" -> "a number is out of range";
            default -> state.startsWith("22") ? "a value is not valid" : "the database refused the change";
        };
        return new DatabaseRefusal(HttpStatus.BAD_REQUEST, constraint == null ? "data" : constraint,
                what + (constraint == null ? "" : " (" + constraint + ")") + "; nothing was saved");
    }

    /** The refusal as a page says it, in the reader's language, without database internals (constraint names). */
    String pageMessage() {
        if (status == HttpStatus.CONFLICT) {
            return org.chainatlas.platform.ErrorTexts.of("version".equals(field) ? "error.db.version" : "error.db.conflict", message);
        }
        return org.chainatlas.platform.ErrorTexts.of("error.db.refused", message);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
        }
        return null;
    }
}
