import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A load generator that plays visitors of the public site the way a browser running Vaadin 25's
 * client does, over plain HTTP, and measures what each visitor costs the server.
 *
 * <p>Each visitor has its own cookies (so its own HTTP session and Vaadin UI) and does, like a
 * first-time visitor clicking through the site ("browse"):
 * <ol>
 *   <li>GET /en: the bootstrap page (index.html, no view in it);</li>
 *   <li>GET /?v-r=init&amp;location=en&amp;query=&amp;v-sw=...: what Flow.ts sends to create the UI
 *       (JavaScriptBootstrapHandler; relative to {@code <base href=".">}, so at the servlet
 *       root); gives the UI id, the security key and the empty UI's first changes;</li>
 *   <li>POST /?v-r=uidl&amp;v-uiId=N with the event "ui-navigate" on the UI's root node (1),
 *       data {route:"en", query:"", appShellTitle:"", historyState, trigger:""}: the first
 *       navigation renders What's on (trigger "" = page load);</li>
 *   <li>the same event with route "en/activities/&lt;slug&gt;" and trigger "link" (an anchor with
 *       the router-link attribute; "client" for a plain anchor): an activity that has sessions,
 *       found among the What's on page's links;</li>
 *   <li>the same with route "en/sessions": the sessions page, from the site's navigation.</li>
 *   <li>optionally (--unload) the beacon the client sends on "pagehide" ({"UNLOAD":true}), which
 *       closes the UI; a visitor who simply goes away sends nothing.</li>
 * </ol>
 * Static files (JavaScript, CSS, fonts) are not fetched: they are the same for everybody and
 * cacheable; the figures are those of the Vaadin requests.
 *
 * <p>Two modes: N visitors with C of them at a time (the default), or a time-boxed load
 * (--duration=S) with C visitors at a time, each thinking --think-ms between steps, a new visitor
 * taking the place of each one who finishes. Around the measured phase it reads the server's used
 * heap after a full GC (jcmd GC.run, GC.heap_info) and its CPU time (/proc/PID/stat), and prints
 * heap per visitor, CPU per page view and the latency percentiles of each kind of request.
 *
 * <p>Run by bench/visitors.sh, which builds and starts the application; needs Jackson 3 on the
 * class path (the application's own dependency) and a JDK 21+.
 */
public class LoadGenerator {
    /** An anchor in a block of static markup: its href, and whether it has router-link. */
    static final Pattern MARKUP_LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>");
    /** A booking reference (booking.BookingService: 8 of A-Z and 2-9 without I, O, 0 and 1). */
    static final Pattern REFERENCE = Pattern.compile("[A-HJ-NP-Z2-9]{8}");


    // ---------------------------------------------------------------------------------- options

    static final class Options {
        String url = "http://127.0.0.1:8080";
        long pid = -1;
        int visitors = 300;
        int concurrency = 4;
        long thinkMs = 0;
        long durationS = 0;
        long rampS = -1;
        int warmup = 30;
        String lang = "en";
        boolean unload = false;
        long stopOnErrors = -1;
        Path stopFile = Path.of("target/bench/STOP");
        long timeoutS = 60;
        long launchedAt = -1;
        long waitS = 300;
        Path serverLog;
        String serverDescription = "";
        long progressS = 10;
        String scenario = "browse";
        String consultation = "gp-evening-and-saturday-appointments";
        int answerPages = -1;
        long session = -1;
        String activity;
        Path results;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    usage();
                    System.exit(0);
                }
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument: " + a);
                }
                String key = a.substring(2);
                String value = null;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                if (key.equals("unload")) {
                    o.unload = value == null || Boolean.parseBoolean(value);
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + key + " needs a value");
                    }
                    value = args[++i];
                }
                switch (key) {
                    case "url" -> o.url = value.replaceAll("/+$", "");
                    case "pid" -> o.pid = Long.parseLong(value);
                    case "visitors" -> o.visitors = Integer.parseInt(value);
                    case "concurrency" -> o.concurrency = Integer.parseInt(value);
                    case "think-ms" -> o.thinkMs = Long.parseLong(value);
                    case "duration" -> o.durationS = Long.parseLong(value);
                    case "ramp" -> o.rampS = Long.parseLong(value);
                    case "warmup" -> o.warmup = Integer.parseInt(value);
                    case "lang" -> o.lang = value;
                    case "stop-on-errors" -> o.stopOnErrors = Long.parseLong(value);
                    case "stop-file" -> o.stopFile = Path.of(value);
                    case "timeout" -> o.timeoutS = Long.parseLong(value);
                    case "launched-at" -> o.launchedAt = Long.parseLong(value);
                    case "wait" -> o.waitS = Long.parseLong(value);
                    case "server-log" -> o.serverLog = Path.of(value);
                    case "server" -> o.serverDescription = value;
                    case "progress" -> o.progressS = Long.parseLong(value);
                    case "scenario" -> o.scenario = value;
                    case "consultation" -> o.consultation = value;
                    case "answer-pages" -> o.answerPages = Integer.parseInt(value);
                    case "session" -> o.session = Long.parseLong(value);
                    case "activity" -> o.activity = value;
                    case "results" -> o.results = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option --" + key);
                }
            }
            if (!o.scenario.equals("browse") && !o.scenario.equals("respond") && !o.scenario.equals("book")) {
                throw new IllegalArgumentException("--scenario is browse, respond or book");
            }
            if (o.scenario.equals("book") && (o.session < 0 || o.activity == null)) {
                throw new IllegalArgumentException("--scenario=book needs --session=ID and --activity=SLUG");
            }
            if (o.concurrency < 1 || o.visitors < 0 || o.thinkMs < 0) {
                throw new IllegalArgumentException("concurrency must be >= 1, visitors and think-ms >= 0");
            }
            if (o.rampS < 0) {
                // spread the first arrivals over one think time, so that C visitors do not all ask
                // for their first page in the same millisecond
                o.rampS = o.durationS > 0 ? Math.max(1, o.thinkMs / 1000) : 0;
            }
            return o;
        }

        static void usage() {
            System.out.println("""
                    LoadGenerator: Vaadin visitors over HTTP, heap per visitor, CPU per page view.
                      --url=http://127.0.0.1:8080  the application
                      --pid=N                 the server's process id (for jcmd and /proc); without it no heap/CPU
                      --visitors=300          visitors in the measured phase (visitor mode)
                      --concurrency=4         visitors at a time
                      --think-ms=0            pause between a visitor's steps (random, 0.5x to 1.5x)
                      --duration=S            time-boxed mode: run S seconds instead of a number of visitors
                      --ramp=S                time-boxed mode: start the C visitors over S seconds (default: the think time)
                      --warmup=30             visitors before the measurement (JIT, caches; not counted)
                      --unload                end each visit with the unload beacon (closes the UI, as on pagehide)
                      --stop-on-errors=N      stop early once N requests have failed
                      --stop-file=PATH        stop early, with full measurements, once PATH exists
                                              (default target/bench/STOP); Ctrl-C stops without heap figures
                      --timeout=60            seconds before a request counts as failed
                      --progress=10           seconds between progress lines (0: none)
                      --scenario=browse       browse: What's on -> activity -> sessions; respond: a
                                              consultation's start page, then every question page
                                              answered (the draft saved on each), check your
                                              answers and send
                      --consultation=SLUG     respond: the consultation (default the demo GP one)
                      --answer-pages=N        respond: stop after N question pages and keep the UI
                                              (a respondent in the middle of the journey: heap per
                                              respondent); default: answer all and send
                                              book: a burst (bench/booking-burst.sh): --visitors people
                                              (--concurrency at a time) open the activity page, follow
                                              its link to book the session and answer every question
                                              (one place, a name, an email of their own, no needs) up
                                              to the check page; then all press "Confirm booking" at
                                              the same moment; whoever is told the session is full
                                              joins the waiting list from that page. No warm-up, no
                                              heap figures.
                      --session=ID            book: the session to book
                      --activity=SLUG         book: its activity (the page people start from)
                      --results=PATH          book: one line per person: number, email, outcome
                                              (BOOKED, WAITING or ERROR), reference, confirm ms, error;
                                              and PATH.figures: the figures as name=value lines
                    """);
        }
    }

    // ---------------------------------------------------------------------------- what is timed

    enum Kind {
        BOOTSTRAP("bootstrap  GET /en"),
        INIT("init       GET /?v-r=init"),
        NAV_HOME("navigate   What's on"),
        NAV_ACTIVITY("navigate   activity"),
        NAV_SESSIONS("navigate   sessions"),
        NAV_RESPOND("navigate   respond start"),
        NAV_QUESTION("navigate   1st question"),
        ANSWER("answer     (draft saved)"),
        SEND("send       response"),
        NAV_BOOK("navigate   booking 1st step"),
        BOOK_ANSWER("answer     booking step"),
        CONFIRM("confirm    booking (burst)"),
        WAITLIST("join       waiting list"),
        UNLOAD("unload     beacon");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean isNavigation() {
            return this == NAV_HOME || this == NAV_ACTIVITY || this == NAV_SESSIONS || this == NAV_RESPOND
                    || this == NAV_QUESTION || this == ANSWER || this == SEND || this == NAV_BOOK || this == BOOK_ANSWER
                    || this == CONFIRM || this == WAITLIST;
        }
    }

    /** Latencies (ns) of one kind of request, all of them and those since the last progress line. */
    static final class Stats {
        private long[] all = new long[4096];
        private int allCount;
        private long[] window = new long[1024];
        private int windowCount;
        final AtomicLong errors = new AtomicLong();
        final AtomicLong wireBytes = new AtomicLong();
        final AtomicLong jsonBytes = new AtomicLong();

        synchronized void add(long nanos) {
            if (allCount == all.length) {
                all = Arrays.copyOf(all, all.length * 2);
            }
            all[allCount++] = nanos;
            if (windowCount == window.length) {
                window = Arrays.copyOf(window, window.length * 2);
            }
            window[windowCount++] = nanos;
        }

        synchronized long[] all() {
            return Arrays.copyOf(all, allCount);
        }

        synchronized long[] drainWindow() {
            long[] w = Arrays.copyOf(window, windowCount);
            windowCount = 0;
            return w;
        }
    }

    record Response(int status, String contentType, String body, long wireBytes, long nanos) {}

    static class VisitFailed extends Exception {
        VisitFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** The run stopped while this visitor waited for an answer. */
    static final class VisitCut extends VisitFailed {
        VisitCut() {
            super("cut short");
        }
    }

    // ---------------------------------------------------------------------------------- state

    final Options o;
    final HttpClient http;
    final ObjectMapper json = JsonMapper.builder().build();
    final Map<Kind, Stats> stats = new EnumMap<>(Kind.class);
    final Stats firstPage = new Stats(); // bootstrap + init + first navigation, as one page view
    final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    final AtomicInteger errorSampleCount = new AtomicInteger();
    final AtomicLong errorCount = new AtomicLong();
    final AtomicLong visitsStarted = new AtomicLong();
    final AtomicLong visitsCompleted = new AtomicLong();
    final AtomicLong visitsFailed = new AtomicLong();
    final AtomicLong pageViews = new AtomicLong();
    final AtomicBoolean stop = new AtomicBoolean();
    volatile String stopReason = "";
    volatile boolean recording = false;
    final Set<String> activitiesWithSessions = ConcurrentHashMap.newKeySet();
    final List<String> errorTitles = new ArrayList<>();
    String checkTitle;
    String doneTitle;
    String bookCheckTitle;
    String bookedTitle;
    String fullTitle;
    String waitingTitle;
    String errorPrefix;
    volatile String loadBefore = "?";
    volatile long measureStartNanos;
    volatile long measureEndNanos;

    LoadGenerator(Options o) {
        this.o = o;
        for (Kind k : Kind.values()) {
            stats.put(k, new Stats());
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        loadErrorTitles();
    }

    /** The titles of the application's error pages: a navigation that ends there is an error. */
    void loadErrorTitles() {
        Path messages = Path.of("translations/messages.properties");
        Properties p = new Properties();
        if (Files.isRegularFile(messages)) {
            try (var in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                // fall back to the English texts below
            }
        }
        errorTitles.add(p.getProperty("common.problem.title", "Sorry, there is a problem with the service"));
        errorTitles.add(p.getProperty("common.not-found.title", "Page not found"));
        checkTitle = p.getProperty("consultation.respond.check.title", "Check your answers before sending your response");
        doneTitle = p.getProperty("consultation.respond.done.title", "Response sent");
        bookCheckTitle = p.getProperty("booking.check.title", "Check your answers before you book");
        bookedTitle = p.getProperty("booking.done.title", "Booking confirmed");
        fullTitle = p.getProperty("booking.full.title", "This session is now full");
        waitingTitle = p.getProperty("booking.done.title.waiting", "You are on the waiting list");
        String prefix = p.getProperty("common.error.title-prefix", "Error: {title}");
        errorPrefix = prefix.substring(0, Math.max(0, prefix.indexOf("{title}")));
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            Options.usage();
            System.exit(2);
            return;
        }
        System.exit(new LoadGenerator(o).run());
    }

    // ------------------------------------------------------------------------------------- run

    int run() throws Exception {
        Files.deleteIfExists(o.stopFile);
        long startupMs = waitForServer();
        if (startupMs == Long.MIN_VALUE) {
            return 1;
        }
        String springStartup = springStartup();
        if (o.scenario.equals("book")) {
            return new Burst().run();
        }

        if (o.scenario.equals("browse")) {
            System.out.printf("Finding activities with sessions ... ");
            probeActivities();
            System.out.println(activitiesWithSessions.isEmpty() ? "none found: visitors open any activity"
                    : activitiesWithSessions.size() + " found");
        }

        if (o.warmup > 0) {
            System.out.printf("Warming up with %d visitors ... ", o.warmup);
            long t = System.nanoTime();
            runVisitors(o.warmup, Math.min(o.concurrency, 4), 0, false);
            System.out.printf("%.1f s%n", (System.nanoTime() - t) / 1e9);
            resetStats();
        }

        Thread hook = new Thread(() -> {
            if (recording) {
                stop.set(true);
                stopReason = "interrupted";
                measureEndNanos = System.nanoTime();
                System.out.println();
                System.out.println("Interrupted: figures so far, without heap (the server may be stopping).");
                printLatencyTable();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);

        ServerProbe server = o.pid > 0 ? new ServerProbe(o.pid) : null;
        Long heapBeforeKb = null;
        ServerProbe.Cpu cpuBefore = null;
        Map<String, Long> gcBefore = Map.of();
        if (server != null) {
            System.out.print("Full GC and used heap before ... ");
            heapBeforeKb = server.usedHeapKbAfterGc();
            System.out.println(heapBeforeKb == null ? "unknown" : heapBeforeKb / 1024 + " MB");
            gcBefore = server.gcCounters();
            cpuBefore = server.cpu();
        }
        long clientCpuBefore = ServerProbe.selfCpuMs();

        loadBefore = loadAverage();
        recording = true;
        measureStartNanos = System.nanoTime();
        Thread progress = startProgress();
        if (o.durationS > 0) {
            System.out.printf("Time-boxed load: %d visitors at a time, think %d ms, for %d s (ramp %d s)%n",
                    o.concurrency, o.thinkMs, o.durationS, o.rampS);
            runTimeBoxed();
        } else {
            System.out.printf("Load: %d visitors, %d at a time, think %d ms%n", o.visitors, o.concurrency, o.thinkMs);
            runVisitors(o.visitors, o.concurrency, o.thinkMs, true);
        }
        measureEndNanos = System.nanoTime();
        recording = false;
        if (progress != null) {
            progress.interrupt();
        }
        long clientCpuMs = ServerProbe.selfCpuMs() - clientCpuBefore;

        ServerProbe.Cpu cpuAfter = null;
        Long heapAfterKb = null;
        Map<String, Long> gcAfter = Map.of();
        String heapInfo = "";
        if (server != null && server.alive()) {
            cpuAfter = server.cpu();
            gcAfter = server.gcCounters();
            System.out.print("Full GC and used heap after ... ");
            heapAfterKb = server.usedHeapKbAfterGc();
            heapInfo = server.lastHeapInfo;
            System.out.println(heapAfterKb == null ? "unknown" : heapAfterKb / 1024 + " MB");
        }
        Runtime.getRuntime().removeShutdownHook(hook);

        printReport(startupMs, springStartup, heapBeforeKb, heapAfterKb, heapInfo, cpuBefore, cpuAfter,
                gcBefore, gcAfter, clientCpuMs);
        return errorCount.get() == 0 ? 0 : 3;
    }

    /** Waits until GET /lang answers 200; returns ms since launch (or since now), MIN_VALUE if it never does. */
    long waitForServer() throws InterruptedException {
        long deadline = System.currentTimeMillis() + o.waitS * 1000;
        long began = o.launchedAt > 0 ? o.launchedAt : System.currentTimeMillis();
        System.out.printf("Waiting for %s/%s ", o.url, o.lang);
        int dots = 0;
        while (System.currentTimeMillis() < deadline) {
            if (o.pid > 0 && ProcessHandle.of(o.pid).map(ph -> !ph.isAlive()).orElse(true)) {
                System.out.println();
                System.out.println("The server (pid " + o.pid + ") stopped while starting; see its log.");
                return Long.MIN_VALUE;
            }
            try {
                // the respond scenario waits for its consultation: demo content loads after the server starts
                String path = o.scenario.equals("respond") ? "/" + o.lang + "/consultations/" + o.consultation + "/respond" : "/" + o.lang;
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(o.url + path))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    long ms = System.currentTimeMillis() - began;
                    System.out.printf(" up after %.1f s%n", ms / 1000.0);
                    return ms;
                }
            } catch (IOException e) {
                // not yet listening
            }
            if (++dots % 4 == 0) {
                System.out.print(".");
            }
            Thread.sleep(250);
        }
        System.out.println();
        System.out.println("The server did not answer within " + o.waitS + " s.");
        return Long.MIN_VALUE;
    }

    String springStartup() {
        if (o.serverLog == null || !Files.isRegularFile(o.serverLog)) {
            return null;
        }
        try {
            Matcher m = Pattern.compile("Started \\S+ in ([0-9.]+) seconds").matcher(Files.readString(o.serverLog));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    void resetStats() {
        for (Kind k : Kind.values()) {
            stats.put(k, new Stats());
        }
        errorCount.set(0);
        errorSamples.clear();
        errorSampleCount.set(0);
        visitsStarted.set(0);
        visitsCompleted.set(0);
        visitsFailed.set(0);
        pageViews.set(0);
    }

    /** N visitors, C at a time; each worker takes the next visitor until N have started. */
    void runVisitors(int n, int c, long thinkMs, boolean measured) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            workers.add(Thread.ofVirtual().unstarted(() -> {
                while (!stop.get() && next.getAndIncrement() < n) {
                    new Visitor(measured, thinkMs).visit();
                }
            }));
        }
        runWorkers(workers, Long.MAX_VALUE);
    }

    /**
     * C citizens for the duration, each thinking between any two pages; when a visit ends a new
     * visitor (new cookies, new session) takes the citizen's place after one more think time.
     */
    void runTimeBoxed() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.durationS);
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < o.concurrency; i++) {
            long delayMs = o.concurrency <= 1 ? 0 : o.rampS * 1000L * i / o.concurrency;
            users.add(Thread.ofVirtual().unstarted(() -> {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    return;
                }
                boolean first = true;
                while (!stop.get()) {
                    if (!first) {
                        think(o.thinkMs);
                        if (stop.get()) {
                            break;
                        }
                    }
                    first = false;
                    new Visitor(true, o.thinkMs).visit();
                }
            }));
        }
        runWorkers(users, end);
    }

    /**
     * Starts the workers and waits for them. At the deadline, or when asked to stop (stop file,
     * --stop-on-errors), it stops them: requests still waiting for an answer are abandoned and
     * counted as cut short, not as failed.
     */
    void runWorkers(List<Thread> workers, long endNanos) throws InterruptedException {
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!stop.get()) {
                    if (System.nanoTime() >= endNanos) {
                        stopReason = "time is up";
                        stop.set(true);
                        break;
                    }
                    checkStop();
                    Thread.sleep(100);
                }
                workers.forEach(Thread::interrupt);
            } catch (InterruptedException e) {
                // the workers finished first
            }
        });
        workers.forEach(Thread::start);
        for (Thread t : workers) {
            t.join();
        }
        watcher.interrupt();
        watcher.join();
    }

    void checkStop() {
        if (stop.get()) {
            return;
        }
        if (o.stopOnErrors >= 0 && errorCount.get() >= o.stopOnErrors && recording) {
            stopReason = errorCount.get() + " errors (--stop-on-errors=" + o.stopOnErrors + ")";
            stop.set(true);
        } else if (Files.exists(o.stopFile)) {
            stopReason = "stop file " + o.stopFile;
            stop.set(true);
        }
    }

    /** Sleeps about `think` ms (0.5x to 1.5x), waking early when the run stops. */
    void think(long thinkMs) {
        if (thinkMs <= 0) {
            return;
        }
        long ms = (long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble()));
        long until = System.currentTimeMillis() + ms;
        try {
            while (!stop.get()) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                Thread.sleep(Math.min(left, 500));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Thread startProgress() {
        if (o.progressS <= 0) {
            return null;
        }
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            long last = System.nanoTime();
            long lastPages = 0;
            try {
                while (true) {
                    Thread.sleep(o.progressS * 1000);
                    long now = System.nanoTime();
                    long pages = pageViews.get();
                    List<Long> window = new ArrayList<>();
                    for (Kind k : Kind.values()) {
                        if (k.isNavigation() || k == Kind.BOOTSTRAP || k == Kind.INIT) {
                            for (long v : stats.get(k).drainWindow()) {
                                window.add(v);
                            }
                        }
                    }
                    long[] w = window.stream().mapToLong(Long::longValue).sorted().toArray();
                    System.out.printf("  %5.0f s  visitors %d started, %d done, %d failed | %.1f page views/s"
                                    + " | requests p50 %s p95 %s ms | errors %d%n",
                            (now - measureStartNanos) / 1e9, visitsStarted.get(), visitsCompleted.get(),
                            visitsFailed.get(), (pages - lastPages) / ((now - last) / 1e9),
                            ms(percentile(w, 50)), ms(percentile(w, 95)), errorCount.get());
                    last = now;
                    lastPages = pages;
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        return t;
    }

    /** Opens What's on and every activity it links to, once, to learn which have sessions to book. */
    void probeActivities() {
        try {
            Visitor v = new Visitor(false, 0);
            v.open();
            Map<Integer, Map<String, JsonNode>> page = v.navigate(Kind.NAV_HOME, o.lang, "");
            List<String> all = new ArrayList<>(v.activityLinks(page).keySet());
            for (String href : all) {
                Map<Integer, Map<String, JsonNode>> activity = v.navigate(Kind.NAV_ACTIVITY, href, "link");
                if (v.allLinks(activity).keySet().stream().anyMatch(h -> h.contains("/book"))) {
                    activitiesWithSessions.add(href);
                }
            }
        } catch (VisitFailed | RuntimeException e) {
            System.out.print("(probe failed: " + e.getMessage() + ") ");
        }
    }

    void recordError(Kind kind, String message) {
        errorCount.incrementAndGet();
        if (kind != null) {
            stats.get(kind).errors.incrementAndGet();
        }
        if (errorSampleCount.incrementAndGet() <= 8) {
            errorSamples.add((kind == null ? "" : kind.name() + ": ") + message);
        }
    }


    // ----------------------------------------------------------------------------------- burst

    /**
     * The booking burst (--scenario=book): every person walks the journey to the check page (at
     * most --concurrency of them at a time), then waits; when all are there, all press "Confirm
     * booking" in the same instant. The session's row lock lets exactly as many book as there are
     * places; the others are shown that the session is now full, with the waiting list on offer,
     * and join it from that page.
     */
    final class Burst {
        final int people = o.visitors;
        final String[] outcome = new String[people];
        final String[] reference = new String[people];
        final String[] emails = new String[people];
        final long[] confirmNanos = new long[people];
        final String[] error = new String[people];
        final boolean[] sawFull = new boolean[people];
        final CountDownLatch ready = new CountDownLatch(people);
        final CountDownLatch go = new CountDownLatch(1);
        final Semaphore walking = new Semaphore(o.concurrency);
        final AtomicLong lastConfirmAnswer = new AtomicLong();
        final AtomicLong lastDone = new AtomicLong();

        int run() throws Exception {
            String tag = Long.toString(System.currentTimeMillis(), 36);
            System.out.printf("Booking burst: %d people, session %d (%s), %d walking the journey at a time%n",
                    people, o.session, o.activity, o.concurrency);
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            measureStartNanos = started;
            for (int i = 0; i < people; i++) {
                int person = i;
                emails[i] = "person-" + (i + 1) + "-" + tag + "@burst.test";
                threads.add(Thread.ofVirtual().start(() -> person(person)));
            }
            ready.await();
            long walked = System.nanoTime() - started;
            long atCheck = Arrays.stream(error).filter(e -> e == null).count();
            System.out.printf("%d of %d people at the check page after %.1f s; all press \"Confirm booking\" now%n",
                    atCheck, people, walked / 1e9);
            long burstStart = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            measureEndNanos = System.nanoTime();
            long confirmWall = lastConfirmAnswer.get() == 0 ? 0 : lastConfirmAnswer.get() - burstStart;
            long wall = lastDone.get() == 0 ? 0 : lastDone.get() - burstStart;
            return report(walked, confirmWall, wall);
        }

        void person(int i) {
            Visitor v = new Visitor(true, 0);
            Map<Integer, Map<String, JsonNode>> page = null;
            try {
                walking.acquire();
                try {
                    page = v.bookUpToCheck("Burst person " + (i + 1), emails[i]);
                } finally {
                    walking.release();
                }
            } catch (VisitFailed e) {
                error[i] = "on the way: " + e.getMessage();
            } catch (RuntimeException e) {
                recordError(Kind.BOOK_ANSWER, e.toString());
                error[i] = "on the way: " + e;
            } catch (InterruptedException e) {
                error[i] = "interrupted";
            } finally {
                ready.countDown();
            }
            if (page == null) {
                outcome[i] = "ERROR";
                return;
            }
            try {
                go.await();
                long t0 = System.nanoTime();
                try {
                    page = v.submit(Kind.CONFIRM, page, List.of());
                } finally {
                    confirmNanos[i] = System.nanoTime() - t0;
                    lastConfirmAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                }
                if (v.title.startsWith(bookedTitle)) {
                    outcome[i] = "BOOKED";
                } else if (v.title.startsWith(fullTitle)) {
                    sawFull[i] = true;
                    v.submit(Kind.WAITLIST, page, List.of());
                    if (!v.title.startsWith(waitingTitle)) {
                        v.fail(Kind.WAITLIST, "after joining the waiting list: \"" + v.title + "\"");
                    }
                    outcome[i] = "WAITING";
                } else {
                    v.fail(Kind.CONFIRM, "after confirming: \"" + v.title + "\"");
                }
                reference[i] = v.reference();
                if (reference[i] == null) {
                    v.fail(outcome[i].equals("BOOKED") ? Kind.CONFIRM : Kind.WAITLIST, "no booking reference on \"" + v.title + "\"");
                }
            } catch (VisitFailed e) {
                outcome[i] = "ERROR";
                error[i] = e.getMessage();
            } catch (RuntimeException e) {
                // a bug of this program, or an answer it cannot read: an error all the same
                recordError(Kind.CONFIRM, e.toString());
                outcome[i] = "ERROR";
                error[i] = e.toString();
            } catch (InterruptedException e) {
                outcome[i] = "ERROR";
                error[i] = "interrupted";
            } finally {
                lastDone.accumulateAndGet(System.nanoTime(), Math::max);
            }
        }

        int report(long walked, long confirmWall, long wall) throws IOException {
            long booked = Arrays.stream(outcome).filter("BOOKED"::equals).count();
            long waiting = Arrays.stream(outcome).filter("WAITING"::equals).count();
            long full = 0;
            for (boolean f : sawFull) {
                full += f ? 1 : 0;
            }
            long failed = Arrays.stream(outcome).filter("ERROR"::equals).count();
            long[] confirm = stats.get(Kind.CONFIRM).all();
            Arrays.sort(confirm);
            System.out.println();
            printLatencyTable();
            System.out.println();
            System.out.printf("seen by the people: %d booked (reference shown), %d told the session is full and then on the"
                    + " waiting list (reference shown), %d errors%n", booked, waiting, failed);
            System.out.printf(Locale.ROOT, "confirm requests: p50 %s, p95 %s, p99 %s, max %s ms; the last answered %.2f s after the"
                            + " press; the last person done (waiting list included) %.2f s after it%n",
                    ms(percentile(confirm, 50)), ms(percentile(confirm, 95)), ms(percentile(confirm, 99)),
                    ms(confirm.length == 0 ? -1 : confirm[confirm.length - 1]), confirmWall / 1e9, wall / 1e9);
            if (o.results != null) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < people; i++) {
                    lines.append(i + 1).append('\t').append(emails[i]).append('\t').append(outcome[i]).append('\t')
                            .append(reference[i] == null ? "-" : reference[i]).append('\t')
                            .append(confirmNanos[i] == 0 ? "-" : ms(confirmNanos[i])).append('\t')
                            .append(error[i] == null ? "-" : error[i].replaceAll("\\s+", " ")).append('\n');
                }
                Files.writeString(o.results, lines);
                String figures = String.join("\n",
                        "people=" + people, "booked_seen=" + booked, "waiting_seen=" + waiting, "full_seen=" + full,
                        "errors_seen=" + failed, "requests_failed=" + errorCount.get(),
                        "confirm_p50=" + ms(percentile(confirm, 50)), "confirm_p95=" + ms(percentile(confirm, 95)),
                        "confirm_p99=" + ms(percentile(confirm, 99)), "confirm_max=" + ms(confirm.length == 0 ? -1 : confirm[confirm.length - 1]),
                        String.format(Locale.ROOT, "walk_s=%.1f", walked / 1e9),
                        String.format(Locale.ROOT, "confirm_wall_s=%.2f", confirmWall / 1e9),
                        String.format(Locale.ROOT, "wall_s=%.2f", wall / 1e9)) + "\n";
                Files.writeString(Path.of(o.results + ".figures"), figures);
            }
            return failed == 0 && errorCount.get() == 0 ? 0 : 3;
        }
    }

    // --------------------------------------------------------------------------------- visitor

    /** One visitor: one cookie jar, so one HTTP session and one Vaadin UI. */
    final class Visitor {
        final boolean measured;
        final long thinkMs;
        final Map<String, String> cookies = new LinkedHashMap<>();
        int uiId;
        String securityKey;
        int syncId;
        int clientId;
        int historyIdx;
        String title = "";
        JsonNode lastUidl;

        Visitor(boolean measured, long thinkMs) {
            this.measured = measured;
            this.thinkMs = thinkMs;
        }

        /** Browse: What's on, an activity that has sessions, the sessions page. */
        void visit() {
            if (o.scenario.equals("respond")) {
                respond();
                return;
            }
            if (measured) {
                visitsStarted.incrementAndGet();
            }
            try {
                long t0 = System.nanoTime();
                open();
                Map<Integer, Map<String, JsonNode>> home = navigate(Kind.NAV_HOME, o.lang, "");
                if (measured) {
                    firstPage.add(System.nanoTime() - t0);
                }
                Map<String, String> links = activityLinks(home);
                if (links.isEmpty()) {
                    throw new VisitFailed("What's on has no link to an activity");
                }
                List<String> candidates = new ArrayList<>(links.keySet());
                candidates.retainAll(activitiesWithSessions);
                if (candidates.isEmpty()) {
                    candidates = new ArrayList<>(links.keySet());
                }
                String activity = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
                think(thinkMs);
                if (stop.get()) {
                    return;
                }
                navigate(Kind.NAV_ACTIVITY, activity, links.get(activity));
                think(thinkMs);
                if (stop.get()) {
                    return;
                }
                String sessions = o.lang + "/sessions";
                String trigger = linkTrigger(home, sessions);
                if (trigger == null) {
                    fail(Kind.NAV_SESSIONS, "What's on has no link to " + sessions);
                }
                navigate(Kind.NAV_SESSIONS, sessions, trigger);
                if (o.unload) {
                    unload();
                }
                if (measured) {
                    visitsCompleted.incrementAndGet();
                }
            } catch (VisitCut e) {
                // stopped: neither finished nor failed
            } catch (VisitFailed e) {
                if (measured) {
                    visitsFailed.incrementAndGet();
                }
            }
        }

        /**
         * Respond: the consultation's start page (a page load), its start button, then each question
         * page answered as a person would (the first radio or checkbox of each group, a position
         * for each option to rank, a date, a number or some words) and sent with the form's
         * "submit" event, as the browser sends it; the server saves the draft and shows the next
         * page. Then check your answers and send, unless --answer-pages stops the respondent half
         * way (their UI kept, as when someone puts their phone down mid-journey).
         */
        void respond() {
            if (measured) {
                visitsStarted.incrementAndGet();
            }
            try {
                long t0 = System.nanoTime();
                open();
                String start = o.lang + "/consultations/" + o.consultation + "/respond";
                Map<Integer, Map<String, JsonNode>> page = navigate(Kind.NAV_RESPOND, start, "");
                if (measured) {
                    firstPage.add(System.nanoTime() - t0);
                }
                String first = allLinks(page).keySet().stream().filter(h -> h.startsWith(start + "/")).findFirst()
                        .orElseThrow(() -> new VisitFailed("the start page has no link to the first question"));
                think(thinkMs);
                page = navigate(Kind.NAV_QUESTION, first, allLinks(page).get(first));
                int answered = 0;
                while (!title.startsWith(checkTitle)) {
                    if (stop.get()) {
                        return;
                    }
                    if (o.answerPages >= 0 && answered >= o.answerPages) {
                        if (measured) {
                            visitsCompleted.incrementAndGet();
                        }
                        return;
                    }
                    if (++answered > 60) {
                        fail(Kind.ANSWER, "more than 60 question pages: going round in circles");
                    }
                    think(thinkMs);
                    List<Object[]> given = answers(page);
                    Map<Integer, Map<String, JsonNode>> asked = page;
                    page = submit(Kind.ANSWER, page, given);
                    if (title.startsWith(errorPrefix)) {
                        fail(Kind.ANSWER, "the answer was refused: \"" + title + "\" (" + given.size() + " fields given"
                                + (System.getenv("BENCH_DEBUG") == null ? "" : "; " + given.stream().map(g -> asked.get((Integer) g[0]) + "." + g[1] + "=" + g[2]).toList()) + ")");
                    }
                }
                think(thinkMs);
                submit(Kind.SEND, page, List.of());
                if (!title.startsWith(doneTitle)) {
                    fail(Kind.SEND, "after sending: \"" + title + "\"");
                }
                if (measured) {
                    visitsCompleted.incrementAndGet();
                }
            } catch (VisitCut e) {
                // stopped: neither finished nor failed
            } catch (VisitFailed e) {
                if (measured) {
                    visitsFailed.incrementAndGet();
                }
            }
        }


        /**
         * Book, up to the check page: the activity page (a page load), its link to book the session,
         * then each question answered (see {@link #bookingAnswers}) and sent as the browser sends a
         * form. Returns the check page, whose form confirms the booking.
         */
        Map<Integer, Map<String, JsonNode>> bookUpToCheck(String name, String email) throws VisitFailed {
            open();
            Map<Integer, Map<String, JsonNode>> page = navigate(Kind.NAV_ACTIVITY, o.lang + "/activities/" + o.activity, "");
            String prefix = o.lang + "/book/" + o.session + "/";
            Map<String, String> links = allLinks(page);
            String first = links.keySet().stream().filter(h -> h.startsWith(prefix)).findFirst().orElse(null);
            if (first == null) {
                fail(Kind.NAV_ACTIVITY, "the activity page has no link to book session " + o.session + " (\"" + title + "\")");
            }
            page = navigate(Kind.NAV_BOOK, first, links.get(first));
            int steps = 0;
            while (!title.startsWith(bookCheckTitle)) {
                if (++steps > 8) {
                    fail(Kind.BOOK_ANSWER, "more than 8 booking steps: going round in circles (\"" + title + "\")");
                }
                page = submit(Kind.BOOK_ANSWER, page, bookingAnswers(page, name, email));
                if (title.startsWith(errorPrefix)) {
                    fail(Kind.BOOK_ANSWER, "the answer was refused: \"" + title + "\"");
                }
            }
            return page;
        }

        /**
         * What a person booking one place types, by field id: 1 in "places", a name, an email of
         * their own. Everything else keeps what the page shows (the page's language, standard
         * format, no needs ticked, no mobile).
         */
        List<Object[]> bookingAnswers(Map<Integer, Map<String, JsonNode>> page, String name, String email) {
            Map<String, String> typed = Map.of("places", "1", "name", name, "email", email);
            List<Object[]> syncs = new ArrayList<>();
            for (var e : new TreeMap<>(page).entrySet()) {
                String value = typed.get(text(e.getValue(), "id"));
                if (value != null && text(e.getValue(), "tag").equals("input")) {
                    syncs.add(new Object[] {e.getKey(), "value", value});
                }
            }
            return syncs;
        }

        /** The booking reference on the last page: the text of an {@code <em>} that looks like one. */
        String reference() {
            Map<Integer, String> tags = new HashMap<>();
            Map<Integer, String> texts = new HashMap<>();
            Map<Integer, List<Integer>> children = new HashMap<>();
            for (JsonNode change : lastUidl == null ? json.createArrayNode() : lastUidl.path("changes")) {
                int node = change.path("node").asInt();
                String type = change.path("type").asString("");
                if (type.equals("put") && change.path("key").asString("").equals("tag")) {
                    tags.put(node, change.path("value").asString(""));
                } else if (type.equals("put") && change.path("key").asString("").equals("text")) {
                    texts.put(node, change.path("value").asString(""));
                } else if (type.equals("splice") && change.has("addNodes")) {
                    // children added to an element ("add" is for values, such as a class list's names)
                    change.get("addNodes").forEach(c -> children.computeIfAbsent(node, k -> new ArrayList<>()).add(c.asInt()));
                }
            }
            for (var e : tags.entrySet()) {
                if (e.getValue().equals("em")) {
                    for (int child : children.getOrDefault(e.getKey(), List.of())) {
                        String t = texts.getOrDefault(child, "").strip();
                        if (REFERENCE.matcher(t).matches()) {
                            return t;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * What a person's browser would send for this page's fields, as property syncs (node,
         * property, value): the first choice of each radio or checkbox group, positions 1, 2, 3...
         * for drop-downs, a day, month and year, a number, or words; never the "Other, please say"
         * box (it is for the "Other" choice only).
         */
        List<Object[]> answers(Map<Integer, Map<String, JsonNode>> page) {
            List<Object[]> syncs = new ArrayList<>();
            // per group, a choice that reveals nothing (not "Other, please say") if there is one
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (var e : new TreeMap<>(page).entrySet()) {
                Map<String, JsonNode> node = e.getValue();
                String type = text(node, "type");
                if (text(node, "tag").equals("input") && (type.equals("radio") || type.equals("checkbox"))) {
                    Integer chosen = choices.get(text(node, "name"));
                    if (chosen == null || node.containsKey("aria-controls") == false && page.get(chosen).containsKey("aria-controls")) {
                        choices.put(text(node, "name"), e.getKey());
                    }
                }
            }
            choices.values().forEach(node -> syncs.add(new Object[] {node, "checked", Boolean.TRUE}));
            int position = 1;
            for (var e : new TreeMap<>(page).entrySet()) {
                Map<String, JsonNode> node = e.getValue();
                String tag = text(node, "tag");
                String type = text(node, "type");
                String id = text(node, "id");
                if (tag.equals("input") && (type.equals("radio") || type.equals("checkbox"))) {
                    continue;
                } else if (tag.equals("select")) {
                    syncs.add(new Object[] {e.getKey(), "value", String.valueOf(position++)});
                } else if (tag.equals("textarea")) {
                    syncs.add(new Object[] {e.getKey(), "value", "Evenings suit me.\nThe last bus is at 7pm."});
                } else if (tag.equals("input") && !id.contains("other")) {
                    String value = id.endsWith("-month") ? "5" : id.endsWith("-year") ? "2024"
                            : "numeric".equals(text(node, "inputmode")) ? "12"
                            : type.equals("email") || "email".equals(text(node, "autocomplete")) ? "respondent@example.org"
                            : "Llew Jones";
                    syncs.add(new Object[] {e.getKey(), "value", value});
                }
            }
            return syncs;
        }

        String text(Map<String, JsonNode> node, String key) {
            JsonNode v = node.get(key);
            return v == null || !v.isString() ? "" : v.stringValue();
        }

        /** Syncs the fields' values and fires "submit" on the page's form, in one request, as Flow's client does. */
        Map<Integer, Map<String, JsonNode>> submit(Kind kind, Map<Integer, Map<String, JsonNode>> page, List<Object[]> syncs)
                throws VisitFailed {
            Integer form = page.entrySet().stream().filter(e -> "form".equals(text(e.getValue(), "tag")))
                    .map(Map.Entry::getKey).max(Integer::compare).orElse(null);
            if (form == null) {
                fail(kind, "no form on the page \"" + title + "\"");
            }
            ObjectNode payload = json.createObjectNode();
            payload.put("csrfToken", securityKey);
            ArrayNode rpc = payload.putArray("rpc");
            for (Object[] sync : syncs) {
                ObjectNode m = rpc.addObject();
                m.put("type", "mSync");
                m.put("node", (Integer) sync[0]);
                m.put("feature", 1);
                m.put("property", (String) sync[1]);
                if (sync[2] instanceof Boolean b) {
                    m.put("value", b);
                } else {
                    m.put("value", (String) sync[2]);
                }
            }
            ObjectNode event = rpc.addObject();
            event.put("type", "event");
            event.put("node", form);
            event.put("event", "submit");
            event.putObject("data");
            payload.put("syncId", syncId);
            payload.put("clientId", clientId);
            return changes(kind, payload);
        }

        /** The bootstrap page, then the init request that creates the UI. */
        void open() throws VisitFailed {
            Response page = send(Kind.BOOTSTRAP, HttpRequest.newBuilder(uri("/" + o.lang))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
            if (!page.body().contains("id=\"outlet\"")) {
                fail(Kind.BOOTSTRAP, "bootstrap page without the outlet");
            }
            String query = "/?v-r=init&location=" + enc(o.lang) + "&query=" + browserDetails();
            Response init = send(Kind.INIT, HttpRequest.newBuilder(uri(query)).header("Accept", "*/*").GET());
            if (init.contentType() == null || !init.contentType().contains("application/json")) {
                fail(Kind.INIT, "init answered " + init.contentType() + " instead of JSON");
            }
            JsonNode appConfig = parse(Kind.INIT, init.body()).path("appConfig");
            JsonNode uidl = appConfig.path("uidl");
            if (!appConfig.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
                fail(Kind.INIT, "init without v-uiId or Vaadin-Security-Key: " + abbreviate(init.body()));
            }
            uiId = appConfig.path("v-uiId").asInt();
            securityKey = uidl.path("Vaadin-Security-Key").asString();
            syncId = uidl.path("syncId").asInt();
            clientId = uidl.path("clientId").asInt(0);
        }

        /** What Flow.ts sends when the router enters a server route: a "ui-navigate" event on node 1. */
        Map<Integer, Map<String, JsonNode>> navigate(Kind kind, String route, String trigger) throws VisitFailed {
            ObjectNode payload = json.createObjectNode();
            payload.put("csrfToken", securityKey);
            ArrayNode rpc = payload.putArray("rpc");
            ObjectNode event = rpc.addObject();
            event.put("type", "event");
            event.put("node", 1);
            event.put("event", "ui-navigate");
            ObjectNode data = event.putObject("data");
            data.put("route", route);
            data.put("query", "");
            data.put("appShellTitle", "");
            // history.state before the new entry is pushed: React Router's {usr, key, idx}
            ObjectNode state = data.putObject("historyState");
            state.putNull("usr");
            state.put("key", historyIdx == 0 ? "default" : Long.toString(ThreadLocalRandom.current().nextLong() >>> 24, 36));
            state.put("idx", historyIdx);
            data.put("trigger", trigger);
            payload.put("syncId", syncId);
            payload.put("clientId", clientId);
            historyIdx++;
            return changes(kind, payload);
        }

        /** Sends a UIDL request; returns what changed: node id to its new keys and values, the page title kept. */
        Map<Integer, Map<String, JsonNode>> changes(Kind kind, ObjectNode payload) throws VisitFailed {
            Response r = send(kind, uidlRequest(payload.toString(), "application/json; charset=UTF-8"));
            JsonNode uidl = checkUidl(kind, r);
            lastUidl = uidl;
            if (measured && kind.isNavigation()) {
                pageViews.incrementAndGet();
            }
            Map<Integer, Map<String, JsonNode>> changed = new HashMap<>();
            for (JsonNode change : uidl.path("changes")) {
                if ("put".equals(change.path("type").asString()) && change.has("key") && change.has("value")) {
                    changed.computeIfAbsent(change.path("node").asInt(), n -> new HashMap<>())
                            .put(change.path("key").asString(), change.get("value"));
                }
            }
            for (JsonNode call : uidl.path("execute")) {
                // [title, "...document.title = $0..."] is how the page title arrives
                if (call.isArray() && call.size() >= 2 && call.get(call.size() - 1).asString("").contains("document.title = $0")) {
                    title = call.get(0).asString("");
                }
            }
            for (String errorTitle : errorTitles) {
                if (title.startsWith(errorTitle)) {
                    fail(kind, "the application showed \"" + title + "\" after " + kind.label.trim());
                }
            }
            return changed;
        }

        /** The beacon Vaadin's client sends on "pagehide": no RPC, UNLOAD=true; closes the UI. */
        void unload() throws VisitFailed {
            ObjectNode payload = json.createObjectNode();
            payload.put("csrfToken", securityKey);
            payload.putArray("rpc");
            payload.put("UNLOAD", true);
            payload.put("syncId", syncId);
            payload.put("clientId", clientId++);
            // navigator.sendBeacon with a string sends text/plain
            send(Kind.UNLOAD, uidlRequest(payload.toString(), "text/plain;charset=UTF-8"));
        }

        /** Links to activity pages (href en/activities/slug) and the trigger a click would send. */
        Map<String, String> activityLinks(Map<Integer, Map<String, JsonNode>> nodes) {
            Pattern activity = Pattern.compile("^" + Pattern.quote(o.lang) + "/activities/[a-z0-9-]+$");
            Map<String, String> links = new LinkedHashMap<>();
            allLinks(nodes).forEach((h, trigger) -> {
                if (activity.matcher(h).matches()) {
                    links.putIfAbsent(h, trigger);
                }
            });
            return links;
        }

        /** The trigger a click on the link to href would send ("link" or "client"), null if no such link. */
        String linkTrigger(Map<Integer, Map<String, JsonNode>> nodes, String href) {
            return allLinks(nodes).get(href);
        }

        /**
         * Every link on the page, href to the trigger a click would send (Flow.ts: "link" for an
         * anchor with router-link, "client" for others): anchors that are nodes of their own, and
         * anchors inside blocks of static markup (an innerHTML property).
         */
        Map<String, String> allLinks(Map<Integer, Map<String, JsonNode>> nodes) {
            Map<String, String> links = new LinkedHashMap<>();
            for (Map<String, JsonNode> attrs : nodes.values()) {
                JsonNode href = attrs.get("href");
                if (href != null && href.isString()) {
                    links.putIfAbsent(href.stringValue().replaceFirst("^/", ""), attrs.containsKey("router-link") ? "link" : "client");
                }
                JsonNode inner = attrs.get("innerHTML");
                if (inner != null && inner.isString()) {
                    Matcher m = MARKUP_LINK.matcher(inner.stringValue());
                    while (m.find()) {
                        String h = m.group(1).replace("&amp;", "&").replaceFirst("^/", "");
                        links.putIfAbsent(h, m.group(0).contains("router-link") ? "link" : "client");
                    }
                }
            }
            return links;
        }

        HttpRequest.Builder uidlRequest(String body, String contentType) {
            // the client's service URL is "./" against <base href=".">: the servlet root
            return HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", contentType)
                    .header("Accept", "*/*")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        JsonNode checkUidl(Kind kind, Response r) throws VisitFailed {
            if (r.contentType() == null || !r.contentType().contains("application/json")) {
                fail(kind, "UIDL answered " + r.contentType());
            }
            JsonNode uidl = parse(kind, r.body());
            JsonNode meta = uidl.path("meta");
            if (meta.has("sessionExpired") || meta.has("appError")) {
                fail(kind, "meta " + abbreviate(meta.toString()));
            }
            if (uidl.has("resynchronize")) {
                fail(kind, "server asked to resynchronize");
            }
            if (r.body().contains("Internal error")) {
                fail(kind, "Internal error: " + abbreviate(r.body()));
            }
            if (!uidl.has("syncId")) {
                fail(kind, "UIDL without syncId: " + abbreviate(r.body()));
            }
            syncId = uidl.path("syncId").asInt();
            clientId++;
            if (uidl.has("clientId") && uidl.path("clientId").asInt() != clientId) {
                fail(kind, "server expects clientId " + uidl.path("clientId").asInt() + ", not " + clientId);
            }
            return uidl;
        }

        JsonNode parse(Kind kind, String body) throws VisitFailed {
            try {
                return json.readTree(body);
            } catch (RuntimeException e) {
                fail(kind, "not JSON: " + abbreviate(body));
                return null;
            }
        }

        Response send(Kind kind, HttpRequest.Builder builder) throws VisitFailed {
            builder.timeout(Duration.ofSeconds(o.timeoutS))
                    .header("Accept-Encoding", "gzip")
                    .header("Accept-Language", "en-GB,en;q=0.9")
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/140.0.0.0 Safari/537.36 TakingPartBench/1");
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                builder.header("Cookie", c.toString());
            }
            HttpRequest request = builder.build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response;
            var pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
            try {
                response = pending.get();
            } catch (ExecutionException e) {
                // a time-out or a broken connection: it counts, with the time it took
                if (measured) {
                    stats.get(kind).add(System.nanoTime() - t0);
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                fail(kind, cause.getClass().getSimpleName() + " " + cause.getMessage());
                return null;
            } catch (InterruptedException e) {
                // the run is over: abandon the request, neither a success nor a failure
                pending.cancel(true);
                throw new VisitCut();
            }
            long nanos = System.nanoTime() - t0;
            for (String setCookie : response.headers().allValues("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    if (setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, pair.substring(eq + 1).trim());
                    }
                }
            }
            byte[] bytes = response.body();
            long wire = bytes.length;
            if (response.headers().firstValue("content-encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false)) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    fail(kind, "bad gzip body");
                }
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            if (measured) {
                Stats s = stats.get(kind);
                s.add(nanos);
                s.wireBytes.addAndGet(wire);
                s.jsonBytes.addAndGet(bytes.length);
            }
            if (response.statusCode() != 200) {
                fail(kind, "HTTP " + response.statusCode() + " " + request.uri().getRawPath() + " " + abbreviate(body));
            }
            return new Response(response.statusCode(), response.headers().firstValue("content-type").orElse(null),
                    body, wire, nanos);
        }

        void fail(Kind kind, String message) throws VisitFailed {
            if (measured) {
                recordError(kind, message);
            }
            throw new VisitFailed(message);
        }

        URI uri(String pathAndQuery) {
            return URI.create(o.url + pathAndQuery);
        }

        /** The parameters Flow.ts collectBrowserDetails() adds to the init request (a 1280x800 desktop). */
        String browserDetails() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("v-sh", "800");
            p.put("v-sw", "1280");
            p.put("v-wh", "720");
            p.put("v-ww", "1280");
            p.put("v-bh", "720");
            p.put("v-bw", "1280");
            p.put("v-curdate", Long.toString(System.currentTimeMillis()));
            p.put("v-tzo", "0");
            p.put("v-dstd", "60");
            p.put("v-rtzo", "0");
            p.put("v-dston", "false");
            p.put("v-tzid", "Europe/London");
            p.put("v-wn", "v-" + ThreadLocalRandom.current().nextDouble());
            p.put("v-td", "false");
            p.put("v-pr", "1");
            p.put("v-np", "Linux x86_64");
            p.put("v-cs", "");
            p.put("v-pv", "visible");
            p.put("v-fs", "");
            p.put("v-so", "landscape-primary");
            p.put("v-soa", "0");
            p.put("v-tn", "lumo");
            p.put("v-ws", "false");
            StringBuilder sb = new StringBuilder();
            p.forEach((k, v) -> sb.append('&').append(k).append('=').append(enc(v)));
            return sb.toString();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    // --------------------------------------------------------------------- server measurements

    /** The server's heap (jcmd) and CPU (/proc/PID/stat), and those of its child processes (MariaDB). */
    static final class ServerProbe {
        final long pid;
        final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        final long ticksPerSecond = clockTicks();
        String lastHeapInfo = "";

        /** CPU ms of the server process, of its children (MariaDB), and of each live server thread. */
        record Cpu(long serverMs, long childrenMs, Map<Long, ThreadCpu> threads) {}

        record ThreadCpu(String name, long ms) {}

        /** What a server thread is for, from its name in /proc/PID/task/TID/stat. */
        static String threadGroup(String name) {
            if (name.startsWith("http-nio") || name.startsWith("https-") || name.contains("-exec-")) {
                return "request threads";
            }
            if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                return "JIT compiler";
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
                return "GC and VM";
            }
            return "other threads";
        }

        ServerProbe(long pid) {
            this.pid = pid;
        }

        boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        /** Runs a full GC twice, then reads "used NK" from GC.heap_info. */
        Long usedHeapKbAfterGc() {
            jcmd("GC.run");
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            lastHeapInfo = info;
            Matcher m = Pattern.compile("used (\\d+)([KMG])").matcher(info);
            if (!m.find()) {
                return null;
            }
            long v = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "M" -> v * 1024;
                case "G" -> v * 1024 * 1024;
                default -> v;
            };
        }

        /** Garbage collector counters (PerfCounter.print): pause time and count. */
        Map<String, Long> gcCounters() {
            Map<String, Long> c = new HashMap<>();
            String out = jcmd("PerfCounter.print");
            long freq = 1;
            long time = 0;
            long count = 0;
            Matcher m = Pattern.compile("(?m)^(sun\\.gc\\.collector\\.\\d+\\.(time|invocations)|sun\\.os\\.hrt\\.frequency)=(\\d+)").matcher(out);
            while (m.find()) {
                long v = Long.parseLong(m.group(3));
                if (m.group(1).equals("sun.os.hrt.frequency")) {
                    freq = v;
                } else if ("time".equals(m.group(2))) {
                    time += v;
                } else {
                    count += v;
                }
            }
            c.put("gcMs", freq > 0 ? time * 1000 / freq : 0);
            c.put("gcCount", count);
            return c;
        }

        Cpu cpu() {
            long children = ProcessHandle.of(pid).map(ph -> ph.descendants()
                    .mapToLong(d -> procCpuMs(d.pid(), ticksPerSecond)).sum()).orElse(0L);
            Map<Long, ThreadCpu> threads = new HashMap<>();
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                tasks.forEach(t -> {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        long tid = Long.parseLong(t.getFileName().toString());
                        threads.put(tid, new ThreadCpu(name, procCpuMs(stat, ticksPerSecond)));
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                });
            } catch (IOException e) {
                // no per-thread figures
            }
            return new Cpu(procCpuMs(pid, ticksPerSecond), children, threads);
        }

        static long selfCpuMs() {
            return procCpuMs(ProcessHandle.current().pid(), clockTicks());
        }

        /** utime + stime (fields 14 and 15 of /proc/PID/stat), in ms. */
        static long procCpuMs(long pid, long ticksPerSecond) {
            try {
                return procCpuMs(Files.readString(Path.of("/proc/" + pid + "/stat")), ticksPerSecond);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long procCpuMs(String stat, long ticksPerSecond) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1000 / ticksPerSecond;
        }

        static long clockTicks() {
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).trim();
                p.waitFor(5, TimeUnit.SECONDS);
                return Long.parseLong(out);
            } catch (IOException | InterruptedException | NumberFormatException e) {
                return 100;
            }
        }

        String jcmd(String command) {
            try {
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                        .redirectErrorStream(true).start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroy();
                }
                return new String(out, StandardCharsets.UTF_8);
            } catch (IOException | InterruptedException e) {
                return "";
            }
        }
    }

    // ---------------------------------------------------------------------------------- report

    /** The 1-minute load average (/proc/loadavg): other work on the machine skews every figure. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    void printLatencyTable() {
        double seconds = (measureEndNanos - measureStartNanos) / 1e9;
        System.out.printf("%-26s %7s %6s %8s %8s %8s %8s %8s %13s%n", "request", "count", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "per s", "KB wire/json");
        List<long[]> navs = new ArrayList<>();
        long navErrors = 0;
        long navWire = 0;
        long navJson = 0;
        for (Kind k : Kind.values()) {
            Stats s = stats.get(k);
            long[] v = s.all();
            if (v.length == 0 && s.errors.get() == 0 && (k == Kind.UNLOAD || k.isNavigation())) {
                continue;
            }
            row(k.label, v, s.errors.get(), s.wireBytes.get(), s.jsonBytes.get(), seconds);
            if (k.isNavigation()) {
                navs.add(v);
                navErrors += s.errors.get();
                navWire += s.wireBytes.get();
                navJson += s.jsonBytes.get();
            }
        }
        long[] allNavs = navs.stream().flatMapToLong(Arrays::stream).toArray();
        row("navigate   (all uidl)", allNavs, navErrors, navWire, navJson, seconds);
        long[] first = firstPage.all();
        if (first.length > 0) {
            row("page: first (3 requests)", first, 0, -1, -1, seconds);
        }
        if (o.scenario.equals("browse")) {
            printBrowsePages(first, navs, seconds);
        }
        if (!errorSamples.isEmpty()) {
            System.out.println("first errors:");
            errorSamples.forEach(e -> System.out.println("  " + e));
        }
    }

    void printBrowsePages(long[] first, List<long[]> navs, double seconds) {
        long[] pages = new long[first.length + navs.get(1).length + navs.get(2).length];
        System.arraycopy(first, 0, pages, 0, first.length);
        System.arraycopy(navs.get(1), 0, pages, first.length, navs.get(1).length);
        System.arraycopy(navs.get(2), 0, pages, first.length + navs.get(1).length, navs.get(2).length);
        row("page: any of the 3 views", pages, -1, -1, -1, seconds);
    }

    static void row(String label, long[] values, long errors, long wire, long jsonBytes, double seconds) {
        long[] v = values.clone();
        Arrays.sort(v);
        String kb = wire < 0 || v.length == 0 ? "" : String.format(Locale.ROOT, "%.1f/%.1f",
                wire / 1024.0 / v.length, jsonBytes / 1024.0 / v.length);
        System.out.printf(Locale.ROOT, "%-26s %7d %6s %8s %8s %8s %8s %8.1f %13s%n", label, v.length,
                errors < 0 ? "" : Long.toString(errors), ms(percentile(v, 50)), ms(percentile(v, 95)),
                ms(percentile(v, 99)), ms(v.length == 0 ? -1 : v[v.length - 1]), v.length / seconds, kb);
    }

    void printReport(long startupMs, String springStartup, Long heapBeforeKb, Long heapAfterKb, String heapInfo,
            ServerProbe.Cpu cpuBefore, ServerProbe.Cpu cpuAfter, Map<String, Long> gcBefore,
            Map<String, Long> gcAfter, long clientCpuMs) {
        double seconds = (measureEndNanos - measureStartNanos) / 1e9;
        long started = visitsStarted.get();
        long views = pageViews.get();
        System.out.println();
        System.out.println("=".repeat(110));
        System.out.printf("Taking Part benchmark, scenario %s, %s%n", o.scenario.equals("browse")
                        ? "\"browse\" (What's on -> activity -> sessions)"
                        : "\"respond\" (" + o.consultation + ": start page, " + (o.answerPages >= 0
                                ? o.answerPages + " question pages answered, then left open)"
                                : "every question page answered, check your answers, send)"),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        System.out.printf("server:  %s%s%n", o.serverDescription.isEmpty() ? o.url : o.serverDescription,
                o.pid > 0 ? " (pid " + o.pid + ")" : "");
        System.out.printf("startup: %s until it answered%s%n", String.format(Locale.ROOT, "%.1f s", startupMs / 1000.0),
                springStartup == null ? "" : " (Spring Boot: \"Started in " + springStartup + " s\")");
        System.out.printf("load:    %s, %d at a time, think %d ms%s%s; %.1f s%n",
                o.durationS > 0 ? "time-boxed " + o.durationS + " s" : o.visitors + " visitors",
                o.concurrency, o.thinkMs, o.unload ? ", unload beacon at the end" : "",
                stopReason.isEmpty() || stopReason.equals("time is up") ? "" : ", stopped early: " + stopReason, seconds);
        System.out.printf("machine: load average %s at the start, %s at the end (%d cores; the server, MariaDB and this"
                + " generator share them)%n", loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors());
        long cut = started - visitsCompleted.get() - visitsFailed.get();
        System.out.printf("visitors: %d started, %d finished, %d failed, %d cut short by the end; %d page views served"
                        + " (%.1f/s); %d errors%n",
                started, visitsCompleted.get(), visitsFailed.get(), cut, views, views / seconds, errorCount.get());
        System.out.println();
        printLatencyTable();
        System.out.println();
        System.out.println("per visitor / page view                      value");
        if (heapBeforeKb != null && heapAfterKb != null && started > 0) {
            System.out.printf(Locale.ROOT, "heap retained per visitor (sessions live)  %8.0f KB   (used heap after full GC: %d MB before, %d MB after, %d visitors)%n",
                    (heapAfterKb - heapBeforeKb) / (double) started, heapBeforeKb / 1024, heapAfterKb / 1024, started);
            if (visitsCompleted.get() < started) {
                System.out.println("   (not every visitor saw all three pages: compare this figure only with runs where all did)");
            }
        } else {
            System.out.println("heap retained per visitor                        -   (no --pid, or the server did not answer jcmd)");
        }
        if (cpuBefore != null && cpuAfter != null && views > 0) {
            long server = cpuAfter.serverMs() - cpuBefore.serverMs();
            long children = cpuAfter.childrenMs() - cpuBefore.childrenMs();
            System.out.printf(Locale.ROOT, "server CPU per page view (app JVM)         %8.1f ms   (%.1f s CPU in %.1f s = %.2f cores)%n",
                    server / (double) views, server / 1000.0, seconds, server / 1000.0 / seconds);
            // where the server's CPU went: threads alive at the end, by name; what ended meanwhile is "other"
            Map<String, Long> groups = new LinkedHashMap<>();
            for (String g : List.of("request threads", "GC and VM", "JIT compiler", "other threads")) {
                groups.put(g, 0L);
            }
            long counted = 0;
            for (var e : cpuAfter.threads().entrySet()) {
                ServerProbe.ThreadCpu before = cpuBefore.threads().get(e.getKey());
                long delta = e.getValue().ms() - (before == null ? 0 : before.ms());
                groups.merge(ServerProbe.threadGroup(e.getValue().name()), delta, Long::sum);
                counted += delta;
            }
            groups.merge("other threads", Math.max(0, server - counted), Long::sum);
            StringBuilder split = new StringBuilder();
            groups.forEach((g, msTotal) -> split.append(split.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f", g, msTotal / (double) views)));
            System.out.println("   of which, ms per page view: " + split);
            System.out.printf(Locale.ROOT, "database CPU per page view (MariaDB)       %8.1f ms%n", children / (double) views);
            System.out.printf(Locale.ROOT, "load generator CPU per page view           %8.1f ms   (same machine: it competes with the server)%n",
                    clientCpuMs / (double) views);
        }
        if (gcAfter.containsKey("gcMs") && gcBefore.containsKey("gcMs")) {
            System.out.printf(Locale.ROOT, "server GC pauses during the load           %8d ms   (%d collections)%n",
                    gcAfter.get("gcMs") - gcBefore.get("gcMs"), gcAfter.get("gcCount") - gcBefore.get("gcCount"));
        }
        Matcher heapLine = Pattern.compile("(?m)^\\s*(garbage-first heap|def new generation|PSYoungGen|ZHeap|Shenandoah).*$").matcher(heapInfo);
        if (heapLine.find()) {
            System.out.println("heap after: " + heapLine.group().trim());
        }
        System.out.println("=".repeat(110));
    }
}
