package org.sunshine.proactive;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One URL checked against a local web site (127.0.0.1, a random port), as the checker does it: the status, HEAD then
 * GET, redirects, timeouts, the per-host delay, and the refusals — no container, no database.
 */
class LinkProbeTest {

    private final LocalSite site = new LocalSite();

    LinkProbeTest() throws IOException {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static LinkCheckSettings settings(boolean allowPrivate, Duration hostDelay, Duration readTimeout) {
        return new LinkCheckSettings(true, Duration.ofHours(1), Duration.ofHours(1), 100, Duration.ofMinutes(1), 24, 3, 4,
                hostDelay, Duration.ofMillis(500), readTimeout, 5, "SunshineLinkChecker/test", allowPrivate);
    }

    private LinkOutcome check(String url) {
        return probe(settings(true, Duration.ZERO, Duration.ofMillis(500))).check(url);
    }

    private static LinkProbe probe(LinkCheckSettings settings) {
        return new LinkProbe(settings, new HostPacer(), settings.userAgent("http://localhost"));
    }

    @Test
    void aPageThatAnswersIsOkAskedByHeadWithTheCheckersName() {
        site.answer("/ok", LocalSite.Answer.status(200));
        assertThat(check(site.url("/ok"))).isEqualTo(LinkOutcome.OK);
        assertThat(site.seen()).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo("HEAD");
            assertThat(s.userAgent()).isEqualTo("SunshineLinkChecker/test");
        });
    }

    @Test
    void aMissingPageOrAServerErrorFailsWithItsStatus() {
        site.answer("/broken", LocalSite.Answer.status(503));
        assertThat(check(site.url("/missing"))).isEqualTo(LinkOutcome.failed("status", 404));
        assertThat(check(site.url("/broken"))).isEqualTo(LinkOutcome.failed("status", 503));
    }

    @Test
    void whenHeadIsRefusedTheCheckerAsksWithGet() {
        site.answer("/no-head", new LocalSite.Answer(200, null, 405, 0));
        site.answer("/no-head-either", new LocalSite.Answer(404, null, 501, 0));
        assertThat(check(site.url("/no-head"))).isEqualTo(LinkOutcome.OK);
        assertThat(site.seen()).extracting(LocalSite.Seen::method).containsExactly("HEAD", "GET");
        assertThat(check(site.url("/no-head-either"))).as("GET decides").isEqualTo(LinkOutcome.failed("status", 404));
    }

    @Test
    void aRedirectIsFollowedToItsPage() {
        site.answer("/ok", LocalSite.Answer.status(200));
        site.answer("/moved", LocalSite.Answer.redirect("/ok"));
        site.answer("/moved-absolute", new LocalSite.Answer(301, site.url("/moved"), 301, 0));
        site.answer("/moved-to-nothing", LocalSite.Answer.redirect("/gone"));
        assertThat(check(site.url("/moved-absolute"))).isEqualTo(LinkOutcome.OK);
        assertThat(site.seen()).extracting(LocalSite.Seen::path).containsExactly("/moved-absolute", "/moved", "/ok");
        assertThat(check(site.url("/moved-to-nothing"))).isEqualTo(LinkOutcome.failed("status", 404));
    }

    @Test
    void aRedirectLoopFailsAfterFiveRedirects() {
        site.answer("/loop", LocalSite.Answer.redirect("/loop"));
        assertThat(check(site.url("/loop"))).isEqualTo(LinkOutcome.failed("redirects", 5));
        assertThat(site.requestsTo("/loop")).as("the first request and five redirects").isEqualTo(6);
    }

    @Test
    void aServerTooSlowToAnswerTimesOut() {
        site.answer("/slow", new LocalSite.Answer(200, null, 200, 2000));
        long start = System.nanoTime();
        LinkOutcome outcome = probe(settings(true, Duration.ZERO, Duration.ofMillis(300))).check(site.url("/slow"));
        assertThat(outcome).isEqualTo(LinkOutcome.failed("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aClosedPortIsRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(check("http://127.0.0.1:" + port + "/")).isEqualTo(LinkOutcome.failed("refused"));
    }

    @Test
    void oneHostIsAskedAtMostOnceInEachDelayEvenFromSeveralThreads() throws Exception {
        site.answer("/a", LocalSite.Answer.status(200));
        Duration delay = Duration.ofMillis(300);
        LinkProbe probe = probe(settings(true, delay, Duration.ofMillis(500)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LinkOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> probe.check(site.url("/a"))));
            }
            for (Future<LinkOutcome> f : outcomes) {
                assertThat(f.get()).isEqualTo(LinkOutcome.OK);
            }
        } finally {
            pool.shutdownNow();
        }
        // the delay is kept between the requests sent; their arrivals at the server jitter when the machine is busy
        // (one arrival late, the next on time), so half the delay is asked between arrivals: without it they are ~0
        List<Long> arrivals = site.seen().stream().map(LocalSite.Seen::nanos).sorted().toList();
        assertThat(arrivals).hasSize(4);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)))
                    .as("gap before request %d", i + 1).isGreaterThanOrEqualTo(delay.dividedBy(2));
        }
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsSent() {
        site.answer("/ok", LocalSite.Answer.status(200));
        LinkProbe careful = probe(settings(false, Duration.ZERO, Duration.ofMillis(500)));
        assertThat(careful.check(site.url("/ok"))).isEqualTo(LinkOutcome.failed("address", "127.0.0.1"));
        assertThat(careful.check(site.url("/ok").replace("127.0.0.1", "localhost")).error()).startsWith("address:");
        assertThat(careful.check("http://[::1]:" + site.url("").replaceAll(".*:", "") + "/ok").error())
                .isEqualTo("address:0:0:0:0:0:0:0:1");
        assertThat(site.seen()).isEmpty();
    }

    @Test
    void everyRedirectIsCheckedAgainAndOneIntoTheNetworkIsRefusedAtThatHop() {
        // the local site stands for a public one (only 10/8 is refused here); its redirect leads inside
        site.answer("/inside", LocalSite.Answer.redirect("http://10.0.0.8/admin"));
        LinkProbe probe = new LinkProbe(settings(false, Duration.ZERO, Duration.ofMillis(500)), new HostPacer(), "test",
                a -> a.getHostAddress().startsWith("10."));
        assertThat(probe.check(site.url("/inside"))).isEqualTo(LinkOutcome.failed("address", "10.0.0.8"));
        assertThat(site.requestsTo("/inside")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "100.64.0.1", "100.127.255.254", "169.254.169.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:a00:1::1", "2002:c0a8:101::1"})
    void internalAddressesAreRefused(String address) throws IOException {
        assertThat(LinkAddresses.refused(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "223.5.5.5", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "192.169.0.1", "11.0.0.1", "2400:3200::1", "2001:da8::1", "2002:808:808::1"})
    void publicAddressesAreAsked(String address) throws IOException {
        assertThat(LinkAddresses.refused(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/file.pdf", "file:///etc/passwd", "javascript:alert(1)", "gopher://a/"})
    void onlyHttpAndHttpsAreAsked(String url) {
        assertThat(check(url).error()).startsWith("scheme:");
        assertThat(site.seen()).isEmpty();
    }

    @Test
    void aMalformedAddressFails() {
        assertThat(check("http://exa mple.gov.cn/a")).isEqualTo(LinkOutcome.failed("badUrl"));
        assertThat(check("http:///nohost")).isEqualTo(LinkOutcome.failed("badUrl"));
    }
}
