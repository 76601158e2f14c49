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
 * with a BOM is honoured; anything else is guessed with ICU's
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
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match != null && match.getConfidence() >= 30 && Charset.isSupported(match.getName())
                    && !match.getName().equals("UTF-8")) {
                return new Decoded(new String(bytes, Charset.forName(match.getName())), match.getName(),
                        match.getConfidence() / 100.0);
            }
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252", 0.3);
        }
    }
}
