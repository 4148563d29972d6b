package org.sunshine.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner clients of the fault drills (docs/reliability.md): each files complaints through the Open311 API, every
 * ticket with its own {@code partner_ticket_id}, sent again every 250 ms until it is acknowledged (200 or 201), as the
 * 12345 hotline does; the answers are counted by the phase of the drill in which they came. Afterwards
 * {@link #check} compares what was acknowledged with what the database holds: lost and duplicated tickets.
 * Used by {@link FaultDrill} (one node) and {@link ClusterDrill} (the local cluster).
 */
final class DrillClients {

    /** No answer at all (connection refused or reset), in the counts. */
    static final int NO_ANSWER = -1;
    private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");
    private static final int MAX_TICKETS_PER_CLIENT = 5000;

    /** What the database holds of the drill's tickets against what was acknowledged. */
    record Outcome(int acknowledged, int repeats, int stored, int rows, long lost, int duplicates, long unanswered,
                   int refused) {

        boolean clean() {
            return lost == 0 && duplicates == 0 && refused == 0;
        }

        void print() {
            System.out.println("acknowledged:  " + acknowledged + " tickets (" + repeats
                    + " of them by a repeat answered 200 with the first complaint)");
            System.out.println("stored:        " + stored + " tickets in " + rows + " complaints ("
                    + unanswered + " stored whose answer was never seen: in flight at a kill, or sent last)");
            System.out.println("lost:          " + lost);
            System.out.println("duplicates:    " + duplicates);
            System.out.println("refused (4xx): " + refused);
        }
    }

    private final URI endpoint;
    private final String key;
    private final String ticketPrefix;
    private final long deadline;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final List<Thread> threads = new ArrayList<>();
    /** Answers by phase (in the order the phases came) and status. */
    private final Map<String, Map<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();
    private final List<String> phases = new ArrayList<>();
    /** The acknowledged tickets and the request id each was acknowledged with. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile String phase;
    private volatile boolean running = true;
    private volatile long lastAcknowledged;

    /**
     * Clients of {@code base} (http://127.0.0.1:18391) with the partner key {@code key}; their tickets are named
     * {@code ticketPrefix-client-n}; nothing is sent after {@code deadline} (a {@link System#nanoTime()}).
     */
    DrillClients(String base, String key, String ticketPrefix, String firstPhase, long deadline) {
        this.endpoint = URI.create(base + "/api/open311/v2/requests.json");
        this.key = key;
        this.ticketPrefix = ticketPrefix;
        this.deadline = deadline;
        phase(firstPhase);
    }

    /** Answers from now on count in this phase. */
    synchronized void phase(String label) {
        phase = label;
        if (!phases.contains(label)) {
            phases.add(label);
        }
    }

    void start(int clients) {
        for (int c = 1; c <= clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> file(client), "drill-client-" + client);
            thread.start();
            threads.add(thread);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    /** The {@link System#nanoTime()} of the last acknowledgement. */
    long lastAcknowledged() {
        return lastAcknowledged;
    }

    /** Waits until a ticket is acknowledged after {@code since} (a nanoTime); returns how long after it, in ms. */
    long awaitFilingAfter(long since) throws InterruptedException {
        while (lastAcknowledged < since && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return Duration.ofNanos(lastAcknowledged - since).toMillis();
    }

    /** The answers of one phase by status. */
    Map<Integer, AtomicInteger> answers(String label) {
        return answers.getOrDefault(label, Map.of());
    }

    /** The answers of every phase, in order. */
    synchronized Map<String, Map<Integer, AtomicInteger>> answersByPhase() {
        Map<String, Map<Integer, AtomicInteger>> all = new LinkedHashMap<>();
        phases.forEach(p -> all.put(p, answers(p)));
        return all;
    }

    /** Answers of these phases whose status the predicate refuses. */
    long wrong(List<String> labels, LongPredicate allowed) {
        return labels.stream().flatMap(p -> answers(p).entrySet().stream())
                .filter(e -> !allowed.test(e.getKey())).mapToLong(e -> e.getValue().get()).sum();
    }

    /** One partner: its own tickets in turn, each sent again until acknowledged. */
    private void file(int client) {
        for (int n = 1; n <= MAX_TICKETS_PER_CLIENT && running; n++) {
            String ticket = ticketPrefix + "-" + client + "-" + n;
            boolean first = true;
            while (running && System.nanoTime() < deadline) {
                int status;
                String body = "";
                try {
                    HttpResponse<String> response = http.send(request(ticket, first), HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    body = response.body();
                } catch (IOException e) {
                    status = NO_ANSWER;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                first = false;
                count(phase, status); // by the phase in which the answer came: one sent before a kill counts after it
                if (status == 200 || status == 201) {
                    Matcher id = REQUEST_ID.matcher(body);
                    acknowledged.put(ticket, id.find() ? id.group(1) : "?");
                    if (status == 200) {
                        repeats.incrementAndGet();
                    }
                    lastAcknowledged = System.nanoTime();
                    break;
                }
                if (status >= 400 && status < 500 && status != 429) {
                    refused.incrementAndGet();
                    break;
                }
                sleep(250); // sooner than Retry-After asks, to see every answer of an outage
            }
        }
    }

    private HttpRequest request(String ticket, boolean first) {
        String form = "api_key=" + key + "&service_code=COMPLAINT&partner_ticket_id=" + ticket
                + "&attribute%5Bsubject%5D=" + encode("故障演练 " + ticket)
                + "&description=" + encode("故障演练的诉求 " + ticket + (first ? "" : "（重发）"));
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private void count(String during, int status) {
        answers.computeIfAbsent(during, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    /** Compares the acknowledged tickets with the complaints of API client {@code clientName} in {@code database}. */
    Outcome check(Connection db, String database, String clientName) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        int rows = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT partner_ticket_id, tracking_code FROM " + database
                + ".complaint WHERE api_client = ? AND partner_ticket_id LIKE ?")) {
            s.setString(1, clientName);
            s.setString(2, ticketPrefix + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    stored.merge(r.getString(1), r.getString(2), (a, b) -> a + "," + b);
                }
            }
        }
        long lost = acknowledged.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
        long unanswered = stored.keySet().stream().filter(t -> !acknowledged.containsKey(t)).count();
        return new Outcome(acknowledged.size(), repeats.get(), stored.size(), rows, lost, rows - stored.size(),
                unanswered, refused.get());
    }

    /** "201 × 2327, 503 × 24". */
    static String describe(Map<Integer, AtomicInteger> byStatus) {
        if (byStatus.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byStatus).forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(status == NO_ANSWER ? "no answer (refused or reset)" : status.toString()).append(" × ")
                .append(n.get()));
        return text.toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
