package org.copydesk.stage.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. Valid UTF-8 (with or without BOM) is taken as is; UTF-16
 * with a BOM is honoured; UTF-8 with a few stray single bytes keeps its UTF-8
 * and reads the strays as Windows-1252; anything else is guessed with ICU's
 * {@link CharsetDetector}, falling back to Windows-1252, which maps every byte.
 */
public final class TextDecoder {
    /** The decoded text and how it was decoded. */
    public record Decoded(String text, String charset, double confidence) {
    }

    private TextDecoder() {
    }

    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        boolean utf16 = n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", 1.0);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", 1.0);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8", 1.0);
        } catch (CharacterCodingException notUtf8) {
            int[] counts = utf8Counts(bytes);
            if (counts[0] >= 2 && counts[1] * 4 <= counts[0]) {
                // mostly UTF-8 with a few stray single bytes (pasted or concatenated text): keep both
                return new Decoded(decodeMixed(bytes), "UTF-8+windows-1252", 0.8);
            }
            return guess(bytes);
        }
    }

    /** ICU's guess among the charsets Java can decode; ISO-8859-1 is read as its superset Windows-1252. */
    private static Decoded guess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (match.getConfidence() < 20 || name.startsWith("UTF") || !Charset.isSupported(name)) {
                continue;
            }
            if (name.equals("ISO-8859-1")) {
                name = "windows-1252";
            }
            return new Decoded(new String(bytes, Charset.forName(name)), name, match.getConfidence() / 100.0);
        }
        return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252", 0.3);
    }

    /** Valid multi-byte UTF-8 sequences and invalid bytes, as {valid, invalid}. */
    private static int[] utf8Counts(byte[] b) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < b.length; ) {
            int n = sequenceLength(b, i);
            if (n > 1) {
                valid++;
            } else if (n == 0) {
                invalid++;
                n = 1;
            }
            i += n;
        }
        return new int[] {valid, invalid};
    }

    /** Length of the valid UTF-8 sequence at {@code i}: 1 for ASCII, 0 if invalid. */
    private static int sequenceLength(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int need = b0 >= 0xC2 && b0 <= 0xDF ? 1 : b0 >= 0xE0 && b0 <= 0xEF ? 2 : b0 >= 0xF0 && b0 <= 0xF4 ? 3 : -1;
        if (need < 0 || i + need >= b.length) {
            return 0;
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        int b1 = b[i + 1] & 0xFF;
        if (b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 > 0x9F || b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 > 0x8F) {
            return 0;
        }
        return need + 1;
    }

    private static String decodeMixed(byte[] b) {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; ) {
            int n = sequenceLength(b, i);
            if (n == 0) {
                sb.append(new String(b, i, 1, cp1252));
                i++;
            } else {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            }
        }
        return sb.toString();
    }
}
