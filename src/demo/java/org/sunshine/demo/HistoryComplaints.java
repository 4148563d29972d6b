package org.sunshine.demo;

import org.sunshine.base.i18n.Messages;
import org.sunshine.demo.HistoryGenerator.Spec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import static org.sunshine.demo.HistoryGenerator.ROWS_PER_STATEMENT;
import static org.sunshine.demo.HistoryRandom.mix;
import static org.sunshine.demo.HistoryRandom.sixDigits;
import static org.sunshine.demo.HistoryTime.workSecond;

/**
 * The complaints of a history, day by day: how many on each day (weekdays and the season weigh), when each was
 * submitted, and its tracking code — per day, the next free one in a fixed permutation of the six digits, skipping the
 * codes already in the table. Each complaint is played through by {@link ComplaintPlayer} in a thread of its own
 * while this one writes the batches with {@link ComplaintWriter}.
 */
final class HistoryComplaints {

    /** Coprime with 10^6: k -> (STEP * k + start) mod 10^6 visits every six-digit number once. */
    private static final long TRACKING_STEP = 740_773;
    private static final int MILLION = 1_000_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Spec spec;
    private final Connection c;
    private final HistoryTime time;
    private final ComplaintPlayer player;
    private final HistoryReviews supervision;
    private final Messages messages;
    private final HistoryTally tally;
    private final long[] takenCodes;

    /** Reads the tracking codes of the spec's days already taken. */
    HistoryComplaints(Spec spec, Connection c, HistoryTime time, ComplaintPlayer player, HistoryReviews supervision,
                      Messages messages, HistoryTally tally) throws SQLException {
        this.spec = spec;
        this.c = c;
        this.time = time;
        this.player = player;
        this.supervision = supervision;
        this.messages = messages;
        this.tally = tally;
        this.takenCodes = takenCodes();
    }

    /** The codes of the range's days already in the table, as yyyyMMdd × 10^6 + the six digits, sorted. */
    private long[] takenCodes() throws SQLException {
        long[] codes = new long[1024];
        int n = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT tracking_code FROM complaint WHERE tracking_code >= ? AND tracking_code <= ?")) {
            s.setString(1, spec.from().format(DAY) + "-000000");
            s.setString(2, spec.to().format(DAY) + "-999999");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString(1);
                    if (code.length() == 15 && code.charAt(8) == '-') {
                        if (n == codes.length) {
                            codes = Arrays.copyOf(codes, n * 2);
                        }
                        codes[n++] = Long.parseLong(code.substring(0, 8)) * MILLION + Long.parseLong(code.substring(9));
                    }
                }
            }
        }
        long[] sorted = Arrays.copyOf(codes, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Plays the complaints day by day in a thread of its own while this one writes the batches it hands over
     * (on two cores, the database and the generation overlap).
     */
    void write() throws SQLException {
        BlockingQueue<List<ComplaintRow>> queue = new ArrayBlockingQueue<>(4);
        List<ComplaintRow> end = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread producer = new Thread(() -> {
            try {
                produce(queue);
            } catch (InterruptedException stopped) {
                return;
            } catch (Throwable t) {
                failure[0] = t;
            }
            try {
                queue.put(end);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "history-generator");
        producer.setDaemon(true);
        producer.start();
        boolean done = false;
        try (ComplaintWriter writer = new ComplaintWriter(c, spec, supervision, messages, tally)) {
            while (true) {
                List<ComplaintRow> batch = queue.take();
                if (batch == end) {
                    break;
                }
                writer.write(batch);
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the history", e);
        } finally {
            if (!done) {
                producer.interrupt();
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("Generating the history failed", failure[0]);
        }
    }

    private void produce(BlockingQueue<List<ComplaintRow>> queue) throws InterruptedException {
        List<LocalDate> days = spec.from().datesUntil(spec.to().plusDays(1)).toList();
        int[] perDay = perDay(days);
        List<ComplaintRow> batch = new ArrayList<>(ROWS_PER_STATEMENT);
        int index = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            if (perDay[d] == 0) {
                continue;
            }
            SplittableRandom dayRandom = new SplittableRandom(mix(spec.seed(), 0xDA7L, day.toEpochDay()));
            int[] seconds = new int[perDay[d]];
            boolean working = time.isWorkingDay(day);
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = submissionSecond(working, dayRandom);
            }
            Arrays.sort(seconds);
            String prefix = day.format(DAY) + "-";
            long dayCode = Long.parseLong(day.format(DAY));
            long next = Math.floorMod(mix(spec.seed(), 0xC0DEL, day.toEpochDay()), (long) MILLION);
            for (int second : seconds) {
                ComplaintRow row = new ComplaintRow(new SplittableRandom(mix(spec.seed(), 0xC0A1L, index++)));
                // the next free code of the day in the permutation
                while (Arrays.binarySearch(takenCodes, dayCode * MILLION + next) >= 0) {
                    next = (next + TRACKING_STEP) % MILLION;
                }
                row.code = prefix + sixDigits(next);
                next = (next + TRACKING_STEP) % MILLION;
                player.play(row, day, second, working);
                batch.add(row);
                if (batch.size() == ROWS_PER_STATEMENT) {
                    queue.put(batch);
                    batch = new ArrayList<>(ROWS_PER_STATEMENT);
                }
            }
        }
        if (!batch.isEmpty()) {
            queue.put(batch);
        }
    }

    /** Complaints per day: weekdays and the season weigh, rounded so that they add up to the number asked. */
    private int[] perDay(List<LocalDate> days) {
        double[] weights = new double[days.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            LocalDate day = days.get(i);
            double season = 1 + 0.15 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 45) / 365.0);
            weights[i] = (time.isWorkingDay(day) ? 1.0 : 0.3) * season;
            sum += weights[i];
        }
        int[] counts = new int[days.size()];
        Integer[] order = new Integer[days.size()];
        double[] rest = new double[days.size()];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = spec.complaints() * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            rest[i] = exact - counts[i];
            total += counts[i];
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -rest[i]).thenComparingInt(i -> i));
        for (int i = 0; total < spec.complaints(); i++, total++) {
            counts[order[i % order.length]]++;
        }
        return counts;
    }

    private int submissionSecond(boolean working, SplittableRandom r) {
        if (!working) {
            return 8 * 3600 + r.nextInt(14 * 3600);
        }
        if (r.nextInt(100) < 80) {
            return workSecond(r);
        }
        return r.nextBoolean() ? 7 * 3600 + r.nextInt(5400) : 18 * 3600 + r.nextInt(5 * 3600);
    }
}
