package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JaVaScRiPt:alert(document.domain)",
                " javascript:alert(1)",
                "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox",
                "file:///etc/passwd",
                "//evil.example/x",
                "/relative/path",
                "http:/no-host",
                "https://exa mple.com/",
                "http://example.com/\u0000",
                ""
            })
    void anythingButAnAbsoluteHttpUrlWithAHostIsDropped(String url) {
        assertNull(WebLink.httpOrNull(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=c#d", "http://news.example:8080/x", "HTTPS://EXAMPLE.COM/"})
    void anHttpOrHttpsUrlIsKept(String url) {
        assertEquals(url, WebLink.httpOrNull(" " + url + " "));
    }
}
