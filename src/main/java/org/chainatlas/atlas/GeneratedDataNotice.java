package org.chainatlas.atlas;

import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.park.ParkCatalog;
import org.springframework.stereotype.Component;

/**
 * Whether this installation holds generated enterprises or parks ({@code bin/generate}, for load tests): their names
 * look like real ones, so every page then says so (the strip under the navigation bar), besides the badge on each
 * generated record's own page. Asked when a page is rendered, answered from a value at most a minute old.
 */
@Component("generatedData")
public class GeneratedDataNotice {

    static final long KEEP_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    private final EnterpriseCatalog enterprises;
    private final ParkCatalog parks;
    private volatile Answer answer;

    GeneratedDataNotice(EnterpriseCatalog enterprises, ParkCatalog parks) {
        this.enterprises = enterprises;
        this.parks = parks;
    }

    private record Answer(boolean present, long at) {
    }

    /** True when generated enterprises or parks are stored. */
    public boolean present() {
        Answer current = answer;
        long now = System.nanoTime();
        if (current == null || now - current.at() > KEEP_NANOS) {
            try {
                current = new Answer(enterprises.holdsGenerated() || parks.holdsGenerated(), now);
            } catch (org.springframework.dao.DataAccessException e) {
                // every page renders this strip, the error page too: a database that cannot answer must not take the
                // page with it (the last answer stands, or none until the database answers again)
                return current != null && current.present();
            }
            answer = current;
        }
        return current.present();
    }

    /** Forgets the last answer (after a generation run in the same process, and for tests). */
    public void forget() {
        answer = null;
    }
}
