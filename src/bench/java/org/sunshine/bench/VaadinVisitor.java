package org.sunshine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One visitor of the site without a browser, speaking Vaadin Flow 24's HTTP bootstrap as its client does: the
 * page's GET (which creates the HTTP and Vaadin sessions and answers the index page), then the client's
 * {@code ?v-r=init&location=…} (which creates an empty UI and answers its id, CSRF token and state as JSON), then
 * the client router's {@code ui-navigate} event in a UIDL request ({@code ?v-r=uidl&v-uiId=…} with the token and the
 * sync and client ids the last answer gave), which creates the route's view and answers its components. Further
 * UIDL requests send the login form's {@code login} event and later navigations.
 * Its cookies (the session's, a load balancer's) are kept by hand: one {@link HttpClient} serves every visitor.
 */
final class VaadinVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private JsonNode lastChanges;

    VaadinVisitor(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens a page as a browser does: the index page, the UI's init request, the router's navigation to it. */
    void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + route))
                .header("Accept", "text/html").GET());
        expect(page, 200, "GET /" + route);
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + location
                + "&query=")).header("Accept", "application/json").GET());
        expect(init, 200, "init of /" + route);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new IOException("init of /" + route + ": no UI in the answer: " + abbreviate(init.body()));
        }
        uiId = config.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        lastChanges = uidl.path("changes");
        // the page as first opened: no trigger, no history state yet
        uidl(event(1, "ui-navigate", navigation(route, "", null)));
        if (lastChanges.size() == 0) {
            throw new IOException("/" + route + ": the navigation created nothing");
        }
    }

    /**
     * Signs in through the login form on the open {@code login} page: the form's {@code login} event with the
     * username and password, as the vaadin-login-form element sends it. True if the answer navigated away.
     */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        int form = nodeWithTag(lastChanges, "vaadin-login-form");
        if (form < 0) {
            throw new IOException("no vaadin-login-form in the login page's state");
        }
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.username", username);
        data.put("event.detail.password", password);
        String before = cookies.toString();
        JsonNode answer = uidl(event(form, "login", data));
        // the session id changes at a sign-in (no session fixation)
        return !cookies.toString().equals(before) && !answer.toString().contains("vaadin-login-form");
    }

    /** Navigates within the open UI, as a router link does: the UI's {@code ui-navigate} event. */
    void navigate(String route) throws IOException, InterruptedException {
        ObjectNode state = JSON.createObjectNode();
        state.put("idx", 1);
        uidl(event(1, "ui-navigate", navigation(route, "link", state)));
    }

    /** The data of the client router's {@code ui-navigate} event. */
    private static ObjectNode navigation(String route, String trigger, JsonNode historyState) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", historyState == null ? JSON.nullNode() : historyState);
        data.put("trigger", trigger);
        return data;
    }

    /** The answer's state changes, to look into (e.g. which view opened). */
    JsonNode lastChanges() {
        return lastChanges;
    }

    /** The session cookie's value, or null. */
    String sessionId() {
        return cookies.get("JSESSIONID");
    }

    private static ArrayNode event(int node, String name, ObjectNode data) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode event = rpc.addObject();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return rpc;
    }

    private JsonNode uidl(ArrayNode rpc) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new IllegalStateException("no page open");
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        expect(answer, 200, "UIDL");
        String body = answer.body();
        if (body.startsWith(UIDL_PREFIX)) {
            body = body.substring(UIDL_PREFIX.length());
        }
        JsonNode parsed = JSON.readTree(body);
        JsonNode state = parsed.isArray() ? parsed.path(0) : parsed;
        if (state.has("meta") && state.path("meta").has("sessionExpired")) {
            throw new IOException("UIDL: the session expired");
        }
        syncId = state.path("syncId").asInt(syncId);
        clientId = state.path("clientId").asInt(clientId + 1);
        lastChanges = state.path("changes");
        return state;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** The node whose tag is {@code tag} in a list of state changes, or -1. */
    static int nodeWithTag(JsonNode changes, String tag) {
        for (JsonNode change : changes) {
            if ("tag".equals(change.path("key").asText()) && tag.equals(change.path("value").asText())) {
                return change.path("node").asInt(-1);
            }
        }
        return -1;
    }

    private static void expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(what + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
