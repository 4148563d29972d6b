package org.sunshine.base.captcha;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * Draws a challenge as a PNG, on the server and without any network service: each character slightly turned and
 * moved, over a few lines of noise. Only digits and signs, so no Chinese font is needed.
 */
public final class ChallengeImage {

    private static final int WIDTH = 160;
    private static final int HEIGHT = 48;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChallengeImage() {
    }

    public static byte[] png(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(250, 247, 242));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setStroke(new BasicStroke(1.2f));
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80)));
                g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            int x = 10;
            for (char c : text.toCharArray()) {
                if (c == ' ') {
                    x += 6;
                    continue;
                }
                AffineTransform saved = g.getTransform();
                int y = 32 + RANDOM.nextInt(7) - 3;
                g.rotate(Math.toRadians(RANDOM.nextInt(31) - 15), x + 7, y - 8);
                g.setColor(new Color(40 + RANDOM.nextInt(90), 30 + RANDOM.nextInt(60), 30 + RANDOM.nextInt(60)));
                g.drawString(String.valueOf(c), x, y);
                g.setTransform(saved);
                x += 17;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
