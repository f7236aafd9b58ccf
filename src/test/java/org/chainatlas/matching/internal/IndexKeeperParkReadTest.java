package org.chainatlas.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A park changed through the API reaches the matching index as committed, read inside its own transaction: the index's
 * maintenance thread takes no pooled connection for it (under load it waited for one behind the requests).
 */
@AtlasTest
class IndexKeeperParkReadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IndexKeeper keeper;

    private final JsonMapper json = JsonMapper.builder().build();

    private MatchingIndex.ParkRow row(long id) {
        return keeper.current().parks().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    @Test
    void aChangedParkIsReadBeforeItsCommitAndAppliedAsCommitted() throws Exception {
        // no land price or wage: PersistenceTests checks that the stored parks carry none the platform invented
        Map<String, Object> form = new HashMap<>(Map.of("nameZh", "索引读取测试园区", "kind", "PROVINCIAL", "regionCode", "511500",
                "plannedLandMu", 12000, "availableLandMu", 3000, "electricityCnyPerKwh", 0.45, "chainCodes", List.of("nev-battery")));
        String body = mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        keeper.settle();
        long readAfter = keeper.parksReadAfterCommit.get();
        assertThat(row(id)).as("a new park is in the index").isNotNull();
        assertThat(row(id).availableLandMu()).isEqualTo(3000.0);

        form.put("availableLandMu", 2400);
        form.put("electricityCnyPerKwh", 0.39);
        mvc.perform(put("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());
        keeper.settle();
        assertThat(row(id).availableLandMu()).as("the edit as committed").isEqualTo(2400.0);
        assertThat(row(id).electricity()).isEqualTo(0.39);

        mvc.perform(post("/api/v1/parks/" + id + "/verify").with(Users.SICHUAN_ORGANISER.auth())).andExpect(status().isOk());
        keeper.settle();
        assertThat(row(id).daysSinceVerified()).as("the confirmation reached the index").isZero();
        assertThat(keeper.parksReadAfterCommit.get()).as("no park was read again after its commit").isEqualTo(readAfter);

        mvc.perform(delete("/api/v1/parks/" + id).with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isNoContent());
        keeper.settle();
        assertThat(row(id)).as("a deleted park leaves the index").isNull();
        mvc.perform(post("/api/v1/parks/" + id + "/restore").with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isOk());
        keeper.settle();
        assertThat(row(id)).as("a restored park comes back, whatever version it had").isNotNull();
        assertThat(row(id).availableLandMu()).isEqualTo(2400.0);
    }
}
