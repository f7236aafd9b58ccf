package org.chainatlas.importing.internal;

import java.util.List;

import org.chainatlas.park.ParkCatalog;
import org.springframework.stereotype.Component;

/** Finds a park as clerks write it: its number on the platform, or its full name (宜宾临港经济技术开发区). */
@Component
class ParkLookup {

    private final ParkCatalog parks;

    ParkLookup(ParkCatalog parks) {
        this.parks = parks;
    }

    /** The park's id, or null with an error on the cell when no park or several have that name. */
    Long id(Cells cells, String header) {
        String v = cells.text(header);
        if (v == null) {
            return null;
        }
        if (v.strip().matches("\\d+")) {
            return cells.whole(header);
        }
        String name = v.strip();
        List<org.chainatlas.park.ParkView> named = parks.named(name);
        if (named.size() == 1) {
            return named.getFirst().id();
        }
        if (named.isEmpty()) {
            cells.error(header, "import.noPark", "no park is named '" + name + "' (give its full name or its number)", name);
        } else {
            cells.error(header, "import.ambiguousPark", named.size() + " parks are named '" + name + "': give its number",
                    named.size(), name);
        }
        return null;
    }
}
