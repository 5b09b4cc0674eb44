package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede serve} says what kept it from listening, instead of calling every failure "port in use". */
class BindFailureTest {

    @TempDir
    Path indexDir;

    private final StringWriter err = new StringWriter();

    @Test
    void aPortAnotherProgramHoldsIsReportedAsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertEquals(1, serve("--host", "127.0.0.1", "--port", Integer.toString(port)));
            assertEquals(
                    "lede: port " + port + " on 127.0.0.1 is already in use by another program; "
                            + "choose another with --port",
                    err.toString().strip());
        }
    }

    @Test
    void aHostNameThatDoesNotResolveIsReportedAsSuch() {
        assertEquals(1, serve("--host", "no-such-host.invalid", "--port", "0"));
        assertEquals(
                "lede: cannot serve on host 'no-such-host.invalid': no such host name or address",
                err.toString().strip());
    }

    @Test
    void anAddressOfAnotherMachineIsReportedAsNotLocal() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine.
        assertEquals(1, serve("--host", "192.0.2.1", "--port", "0"));
        assertEquals(
                "lede: '192.0.2.1' is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its addresses",
                err.toString().strip());
    }

    private int serve(String... options) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--index";
        args[2] = indexDir.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        // A wrong expectation must fail, not leave a server running forever.
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> commandLine.execute(args));
    }
}
