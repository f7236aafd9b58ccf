package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every JSON operation of the OpenAPI document with generated input (seeded, so a failure is reproduced by
 * its seed): hostile and malformed strings, numbers at and beyond their limits, NaN and Infinity, wrong types,
 * missing and unknown fields, junk bodies. Signed in as an administrator (so requests reach validation, not only
 * the permission check), with path ids of records made for the fuzz or of none. No answer may be a 5xx.
 * Run more cases with {@code -Dchainatlas.fuzz.cases=50 -Dchainatlas.fuzz.seed=…}.
 */
@AtlasTest
@Tag("db")
class ApiFuzzTests {

    static final long SEED = Long.getLong("chainatlas.fuzz.seed", 20261202L);
    static final int CASES = Integer.getInteger("chainatlas.fuzz.cases", 5);

    /** Operations left out: they change accounts or start long background work; each has its own tests. */
    static final List<Pattern> SKIPPED = List.of(Pattern.compile("/api/v1/users.*"), Pattern.compile("/api/v1/tokens.*"),
            Pattern.compile(".*/schedule-runs"), Pattern.compile("/api/v1/imports"), Pattern.compile(".*/evidence"),
            Pattern.compile(".*/stage"));

    static final List<String> HOSTILE = List.of("", " ", "NaN", "Infinity", "-Infinity", "1e999", "-0", "0x10", "null",
            "true", "电池~99999", "\"宜宾 电池\"~99999", "*", "((((", "\\", "a*b*c*d*e*", "' or 1=1 --", "'; drop table park; --",
            "<img src=x onerror=alert(1)>", "javascript:alert(1)", "宜\u0000宾", "\uD800", "\uFFFF\uFFFE", "%00", "%FF",
            "../../etc/passwd", "${jndi:ldap://x}", "#{7*7}", "[[${7*7}]]", "x".repeat(5000), "电池".repeat(800),
            "2026-02-30", "25:61", "9999-12-31", "0000-00-00", "510000", "999999", "nev-battery", "ABCDEFGHIJKLMNOPQR");
    static final List<String> NUMBERS = List.of("0", "-1", "1", "2147483647", "-2147483648", "2147483648",
            "9223372036854775807", "-9223372036854775808", "99999999999999999999", "0.5", "-0.0", "1e308", "4.9e-324");

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private Random random;
    private JsonNode components;
    private Map<String, Long> fixtures;

    @Test
    void noJsonOperationAnswersAServerError() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        components = doc.path("components").path("schemas");
        String token = json.readTree(mvc.perform(post("/api/v1/tokens").with(Users.ADMIN.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"fuzz\"}")).andReturn().getResponse()
                .getContentAsString()).get("token").asString();
        fixtures = fixtures(token);
        random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") || SKIPPED.stream().anyMatch(p -> p.matcher(path.getKey()).matches())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().properties().iterator(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
                JsonNode body = op.getValue().path("requestBody").path("content");
                if (body.has("multipart/form-data")) {
                    continue;
                }
                operations++;
                for (int i = 0; i < CASES; i++) {
                    Case c = generate(path.getKey(), method, op.getValue(), body.path("application/json").path("schema"));
                    MockHttpServletRequestBuilder request = request(method, c.url).header("Authorization", "Bearer " + token);
                    if (c.body != null) {
                        request.contentType(MediaType.APPLICATION_JSON).content(c.body.getBytes(StandardCharsets.UTF_8));
                    }
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    requests++;
                    if (status >= 500) {
                        failures.add(status + " " + method + " " + c.url + (c.body == null ? "" : " body "
                                + (c.body.length() > 300 ? c.body.substring(0, 300) + "…" : c.body)));
                    }
                }
            }
        }
        System.out.printf("API fuzz: %d requests over %d operations, seed %d, %d server errors%n", requests, operations, SEED,
                failures.size());
        assertThat(operations).as("the OpenAPI document lists the JSON operations").isGreaterThan(40);
        assertThat(failures).as(requests + " requests over " + operations + " operations (seed " + SEED + ")").isEmpty();
    }

    record Case(String url, String body) {
    }

    /** Records the fuzz may change or delete: its own park, enterprise and event. */
    private Map<String, Long> fixtures(String token) throws Exception {
        long park = id(post("/api/v1/parks"), token, "{\"nameZh\":\"模糊测试园区\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\"}");
        long enterprise = id(post("/api/v1/enterprises"), token, "{\"nameZh\":\"模糊测试企业\",\"uscc\":\""
                + org.chainatlas.enterprise.Uscc.compose("511500", 88_000_001L).value() + "\",\"hqRegionCode\":\"511500\"}");
        long event = id(post("/api/v1/events"), token, "{\"nameZh\":\"模糊测试活动\",\"hostRegionCode\":\"511500\",\"startsOn\":\""
                + java.time.LocalDate.now() + "\",\"endsOn\":\"" + java.time.LocalDate.now().plusDays(1) + "\"}");
        return Map.of("parks", park, "enterprises", enterprise, "events", event);
    }

    private long id(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        String answer = mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private Case generate(String template, HttpMethod method, JsonNode operation, JsonNode bodySchema) {
        StringBuilder url = new StringBuilder();
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        while (variable.find()) {
            url.append(template, last, variable.start());
            url.append(encode(pathValue(template, variable.group(1))));
            last = variable.end();
        }
        url.append(template.substring(last));
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asString()) || (!parameter.path("required").asBoolean() && random.nextInt(3) == 0)) {
                continue;
            }
            query.add(encode(parameter.path("name").asString()) + "=" + encode(scalar(parameter.path("schema"))));
        }
        if (random.nextInt(8) == 0) {
            query.add("unknown=" + encode(pick(HOSTILE)));
        }
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        String body = null;
        if (!bodySchema.isMissingNode() && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)) {
            int kind = random.nextInt(10);
            body = kind == 0 ? pick(List.of("", "{", "[]", "null", "{\"a\":", "\"x\"", "{\"nameZh\":NaN}", "[1,2,"))
                    : json.writeValueAsString(value(bodySchema, 0));
        }
        return new Case(url.toString(), body);
    }

    /** A path id: the fuzz's own record of that kind, a record that does not exist, or something not an id. */
    private String pathValue(String template, String name) {
        String collection = template.replaceFirst("^/api/v1/", "").replaceFirst("/.*", "");
        Long own = fixtures.get(collection);
        int roll = random.nextInt(6);
        if (own != null && name.equals("id") && roll < 3) {
            return String.valueOf(own);
        }
        if (name.equals("code")) {
            return roll < 3 ? "nev-battery" : pick(HOSTILE);
        }
        return roll < 4 ? pick(List.of("0", "-1", "987654321", "9223372036854775807", "99999999999999999999"))
                : pick(HOSTILE);
    }

    private String scalar(JsonNode schema) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString();
        int roll = random.nextInt(10);
        if (roll == 0) {
            return pick(HOSTILE);
        }
        if (s.has("enum") && roll < 8) {
            return s.get("enum").get(random.nextInt(s.get("enum").size())).asString();
        }
        return switch (type) {
            case "integer", "number" -> roll < 7 ? pick(NUMBERS) : pick(List.of("NaN", "Infinity", "1e999", "abc"));
            case "boolean" -> pick(List.of("true", "false", "yes", "2"));
            default -> roll < 6 ? pick(HOSTILE) : randomText();
        };
    }

    private JsonNode value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        int roll = random.nextInt(12);
        if (roll == 0) {
            return nodes.nullNode();
        }
        if (roll == 1 || depth > 4) {
            return mistyped();
        }
        String type = s.path("type").asString(s.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").properties().iterator(); p.hasNext();) {
                    Map.Entry<String, JsonNode> property = p.next();
                    if (random.nextInt(5) > 0) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                if (random.nextInt(10) == 0) {
                    object.put("unexpected", pick(HOSTILE));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                int n = random.nextInt(10) == 0 ? 200 : random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(value(s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return roll < 8 ? nodes.numberNode(new java.math.BigInteger(pick(NUMBERS.subList(0, 9)))) : nodes.stringNode(pick(NUMBERS));
            }
            case "number" -> {
                return roll < 6 ? nodes.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(12)))
                        : nodes.stringNode(pick(List.of("NaN", "Infinity", "-Infinity", "1e999", "0.5")));
            }
            case "boolean" -> {
                return nodes.booleanNode(random.nextBoolean());
            }
            default -> {
                if (s.has("enum") && roll < 9) {
                    return s.get("enum").get(random.nextInt(s.get("enum").size()));
                }
                if ("date".equals(s.path("format").asString()) && roll < 8) {
                    return nodes.stringNode(pick(List.of("2026-05-01", "2026-02-30", "1900-01-01", "9999-12-31", "2026-13-01")));
                }
                return nodes.stringNode(roll < 7 ? pick(HOSTILE) : randomText());
            }
        }
    }

    private JsonNode mistyped() {
        return switch (random.nextInt(5)) {
            case 0 -> nodes.stringNode(pick(HOSTILE));
            case 1 -> nodes.numberNode(random.nextLong());
            case 2 -> nodes.arrayNode().add(pick(HOSTILE));
            case 3 -> nodes.objectNode().put("x", pick(HOSTILE));
            default -> nodes.booleanNode(true);
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            s = components.path(s.get("$ref").asString().replaceFirst("^#/components/schemas/", ""));
        }
        if (s.has("allOf") && s.get("allOf").size() > 0) {
            return resolve(s.get("allOf").get(0));
        }
        if (s.has("oneOf") && s.get("oneOf").size() > 0) {
            return resolve(s.get("oneOf").get(random.nextInt(s.get("oneOf").size())));
        }
        return s;
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x30) : 0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
