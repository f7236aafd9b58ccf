package org.chainatlas.project.internal;

import java.time.LocalDate;

import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.event.MeetingSigned;
import org.chainatlas.project.ProjectStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Turns a signing recorded by both sides of a meeting into a project (stage SIGNED, dated the day of signing,
 * linked to its event and meeting), once the meeting's transaction has committed: asynchronously, from the event
 * publication registry, so a signing whose intake fails (or whose node stops) is delivered again at the next start or
 * on an administrator's resubmission. The duplicate check runs as for any new signing. A meeting already turned into
 * a project is not turned again, however often the signing is delivered.
 */
@Component
class SigningIntake {

    private static final Logger log = LoggerFactory.getLogger(SigningIntake.class);

    private final ProjectPipeline pipeline;
    private final Projects projects;
    private final EnterpriseCatalog enterprises;
    private final Chains chains;

    SigningIntake(ProjectPipeline pipeline, Projects projects, EnterpriseCatalog enterprises, Chains chains) {
        this.pipeline = pipeline;
        this.projects = projects;
        this.enterprises = enterprises;
        this.chains = chains;
    }

    @ApplicationModuleListener
    public void signed(MeetingSigned signed) {
        if (signed.enterpriseId() == null) {
            log.info("Meeting {} was signed between two non-enterprise participants: no project", signed.meetingId());
            return;
        }
        if (signed.regionCode() == null) {
            log.info("Meeting {} was signed between two enterprises: a partnership, no landing project", signed.meetingId());
            return;
        }
        if (projects.findByMeetingId(signed.meetingId()).isPresent()) {
            return;
        }
        EnterpriseView enterprise = enterprises.find(signed.enterpriseId()).orElse(null);
        if (enterprise == null) {
            return;
        }
        String chainName = signed.chainCode() == null ? "" : chains.find(signed.chainCode()).map(c -> c.nameZh()).orElse("");
        String name = enterprise.nameZh() + (chainName.isEmpty() ? "" : " · " + chainName) + "项目";
        LocalDate day = LocalDate.ofInstant(signed.at(), ProjectPipeline.CHINA);
        Project p = new Project(name.length() > 200 ? name.substring(0, 200) : name, enterprise.id(), enterprise.uscc(),
                signed.regionCode(), signed.parkId(), signed.chainCode(), null, null,
                signed.amountCny() == null ? 0 : signed.amountCny(), ProjectStage.SIGNED, day, "meeting:" + signed.meetingId(),
                false);
        p.signedAt(signed.eventId(), signed.meetingId());
        // the meeting's notes are what the sides wrote about it, not the product (they were stored as "产品：…")
        String history = "签约于 " + signed.eventNameZh() + (signed.note() == null || signed.note().isBlank() ? "" : "；洽谈记录：" + signed.note());
        pipeline.persist(p, "meeting:" + signed.meetingId(), history.length() > 500 ? history.substring(0, 499) + "…" : history);
    }
}
