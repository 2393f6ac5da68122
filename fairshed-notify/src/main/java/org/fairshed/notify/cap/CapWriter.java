package org.fairshed.notify.cap;

import java.util.List;

/** Writes one CAP 1.2 {@code alert} in the schema's element order, XML-escaped; status Actual, scope Public. */
final class CapWriter {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    private final StringBuilder b = new StringBuilder(4096);

    void header(String identifier, String sender, String sent, String msgType, List<String> references) {
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert xmlns=\"").append(NAMESPACE).append("\">\n");
        element(1, "identifier", identifier);
        element(1, "sender", sender);
        element(1, "sent", sent);
        element(1, "status", "Actual");
        element(1, "msgType", msgType);
        element(1, "scope", "Public");
        if (!references.isEmpty()) {
            element(1, "references", String.join(" ", references));
        }
    }

    void info(String language, String event, String urgency, String severity, String certainty, String onset,
              String expires, String senderName, String headline, String description, String instruction, String web,
              String areaDesc) {
        b.append("  <info>\n");
        element(2, "language", language);
        element(2, "category", "Infra");
        element(2, "event", event);
        element(2, "responseType", "Prepare");
        element(2, "urgency", urgency);
        element(2, "severity", severity);
        element(2, "certainty", certainty);
        if (onset != null) {
            element(2, "onset", onset);
        }
        element(2, "expires", expires);
        element(2, "senderName", senderName);
        element(2, "headline", headline);
        if (description != null && !description.isBlank()) {
            element(2, "description", description);
        }
        element(2, "instruction", instruction);
        element(2, "web", web);
        b.append("    <area>\n");
        element(3, "areaDesc", areaDesc);
        b.append("    </area>\n  </info>\n");
    }

    String finish() {
        return b.append("</alert>\n").toString();
    }

    private void element(int depth, String name, String text) {
        b.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(text)).append("</")
                .append(name).append(">\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
