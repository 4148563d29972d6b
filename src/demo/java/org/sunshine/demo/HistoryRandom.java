package org.sunshine.demo;

import java.util.SplittableRandom;

/**
 * The draws of the generated history: seeds mixed per thing (a complaint, a day, a department) so that each is drawn
 * from a generator of its own, weighted choices, a normal and a Poisson variate, and the random strings (query code
 * hash and salt, tracking code digits). Static helpers only.
 */
final class HistoryRandom {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HistoryRandom() {
    }

    /** A seed for one thing (a complaint, a day, a department) of one generation. */
    static long mix(long seed, long kind, long n) {
        long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + n * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An index drawn with the given weights (in any unit). */
    static int pick(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }


    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    static int poisson(double mean, SplittableRandom r) {
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    static String sixDigits(long n) {
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--) {
            digits[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new String(digits);
    }

    static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    static String hex(SplittableRandom r, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i += 16) {
            long bits = r.nextLong();
            for (int j = 0; j < 16 && i + j < length; j++) {
                chars[i + j] = HEX[(int) (bits >>> (4 * j)) & 0xF];
            }
        }
        return new String(chars);
    }
}
