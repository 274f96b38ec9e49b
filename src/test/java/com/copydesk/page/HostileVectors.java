package com.copydesk.page;

import java.util.List;

/**
 * Text an attacker, a careless paste or a broken import might put into any field: markup,
 * script, URLs with dangerous schemes, CSS that fetches or runs code, entity tricks, characters
 * HTML cannot carry, and direction overrides. None holds a line break, so every field accepts it.
 */
final class HostileVectors {

    private HostileVectors() {
    }

    static List<String> all() {
        return List.of(
                "<script>alert(1)</script>",
                "</title><script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "'><img src=x onerror=alert(1)>",
                "javascript:alert(1)",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"http://127.0.0.1:9/steal\">link</a>",
                "<div style=\"width: expression(alert(1))\">css expression</div>",
                "<p style=\"background:url(http://127.0.0.1:9/x.png)\">styled</p>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"http://127.0.0.1:9/\"></iframe>",
                "<object data=\"http://127.0.0.1:9/x.swf\"></object>",
                "<embed src=\"http://127.0.0.1:9/x\">",
                "<link rel=stylesheet href=\"http://127.0.0.1:9/x.css\">",
                "<style>@import url(http://127.0.0.1:9/x.css);</style>",
                "<style>body{background:url(//127.0.0.1:9/x)}</style>",
                "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\">",
                "<base href=\"http://127.0.0.1:9/\">",
                "<form action=\"http://127.0.0.1:9/\"><input type=submit></form>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&#60;script&#62;alert(1)&#60;/script&#62;",
                "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
                "<scr<script>ipt>alert(1)</script>",
                "<SCRIPT SRC=http://127.0.0.1:9/x.js></SCRIPT>",
                "<IMG SRC=JaVaScRiPt:alert(1)>",
                "<img src=`javascript:alert(1)`>",
                "\u0000<script>alert(1)</script>",
                "\u202Egnp.exe \u202Dcheck",
                "\u202Bעברית\u202C <b>bold</b> \u200F\u2066isolate\u2069",
                "{{title}} {{style}} {{body}}",
                "--></style><script>alert(1)</script>",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "\"'`<>&;",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "<a href=\"&#106;avascript:alert(1)\">entity scheme</a>",
                "vbscript:msgbox(1)",
                "data:text/html,<script>alert(1)</script>",
                "expression(alert(1))",
                "url(http://127.0.0.1:9/x)",
                "controls \u0001\u0008\u000B\u007F\u0085\uFFFE\uD800 end",
                "<xss style=\"behavior:url(x.htc)\">behavior</xss>",
                "<input onfocus=alert(1) autofocus>",
                "</textarea><script>alert(1)</script>",
                "\uFEFF<script>alert(1)</script>",
                "<p data-block=\"0\" id=\"story-body\" class=\"headline\">fake block</p>",
                "]]><![CDATA[ \\u003cscript\\u003e \\\" \\x3cscript\\x3e");
    }
}
